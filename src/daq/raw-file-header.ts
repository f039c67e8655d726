/**
 * The file header of a raw file: what it holds, and its decoding (the encoding is
 * `encodeFileHeader` in raw-writer.ts). Layout in docs/raw-format.md, "File header".
 */
import { EmissError } from '../core/index.js';
import { crc32c } from './crc32c.js';
import { RAW_FORMAT_VERSION, RAW_HEADER_FIXED_BYTES, RAW_MAGIC, RAW_MAX_SETUP_NAME_BYTES, align8 } from './raw-format.js';

/** What the writer puts in a file header. */
export interface RawFileHeaderInfo {
  /** Run number (u32). */
  run: number;
  /** Name of the setup (UTF-8, at most 65 536 bytes). */
  setupName: string;
  /** 32 bytes identifying the setup, e.g. SHA-256 of the setup file's text (computed by the caller). */
  setupHash: Uint8Array;
  /** Creation time [ms since 1970, UTC]. */
  createdMs: number;
  /** Default SADC samples per channel (1 … 65535); default 32. */
  samplesPerChannel?: number;
}

/** A decoded file header. */
export interface RawFileHeader extends Required<RawFileHeaderInfo> {
  /** Format version of the file. */
  version: number;
  /** Length of the header [bytes]; the first record starts there. */
  headerBytes: number;
  /** Whether the header's CRC matched (if not, every field may be damaged). */
  intact: boolean;
}

/** Outcome of {@link decodeFileHeader} on the first bytes of a stream. */
export type FileHeaderDecode =
  | { kind: 'incomplete'; needBytes: number }
  | { kind: 'header'; header: RawFileHeader }
  | { kind: 'damaged'; reason: string };

/** Largest possible header [bytes]. */
export const RAW_MAX_HEADER_BYTES = align8(RAW_HEADER_FIXED_BYTES + RAW_MAX_SETUP_NAME_BYTES + 4);

const MAGIC_BYTES = new TextEncoder().encode(RAW_MAGIC);
const UTF8 = new TextDecoder('utf-8');

/** Whether `bytes` begins with the magic `EMISSRAW` (or with a prefix of it, when shorter). */
export function startsWithRawMagic(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, MAGIC_BYTES.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== MAGIC_BYTES[i]) return false;
  return true;
}

/**
 * Decodes the file header from the first bytes of a file (`bytes` starts at file offset 0 and
 * may hold more than the header). Returns `incomplete` with the number of bytes needed, the
 * header (with `intact: false` if its CRC fails), or `damaged` when its length field is
 * impossible. Throws `BAD_FILE`, naming `source`, when the bytes are not a raw file or the
 * version is newer than {@link RAW_FORMAT_VERSION}.
 */
export function decodeFileHeader(bytes: Uint8Array, source = 'raw file'): FileHeaderDecode {
  if (!startsWithRawMagic(bytes)) {
    throw new EmissError('BAD_FILE', source, `not an emiss raw file (it does not begin with '${RAW_MAGIC}')`);
  }
  if (bytes.length < 16) return { kind: 'incomplete', needBytes: 16 };
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const headerBytes = dv.getUint32(12, true);
  if (headerBytes < RAW_HEADER_FIXED_BYTES + 4 || headerBytes % 8 !== 0 || headerBytes > RAW_MAX_HEADER_BYTES) {
    return { kind: 'damaged', reason: `file header length ${headerBytes} is impossible` };
  }
  if (bytes.length < headerBytes) return { kind: 'incomplete', needBytes: headerBytes };
  const intact = crc32c(bytes, 0, headerBytes - 4) === dv.getUint32(headerBytes - 4, true);
  const version = dv.getUint16(8, true);
  if (intact && version > RAW_FORMAT_VERSION) {
    throw new EmissError('BAD_FILE', source, `format version ${version} is newer than this reader (reads ${RAW_FORMAT_VERSION})`, 'update emiss');
  }
  if (intact && version === 0) throw new EmissError('BAD_FILE', source, 'format version 0 does not exist', `1 … ${RAW_FORMAT_VERSION}`);
  const nameBytes = Math.min(dv.getUint32(64, true), headerBytes - RAW_HEADER_FIXED_BYTES - 4);
  if (intact && nameBytes !== dv.getUint32(64, true)) return { kind: 'damaged', reason: 'setup name runs past the file header' };
  const header: RawFileHeader = {
    version,
    headerBytes,
    run: dv.getUint32(16, true),
    samplesPerChannel: dv.getUint16(20, true),
    createdMs: dv.getFloat64(24, true),
    setupHash: bytes.slice(32, 64),
    setupName: UTF8.decode(bytes.subarray(RAW_HEADER_FIXED_BYTES, RAW_HEADER_FIXED_BYTES + nameBytes)),
    intact,
  };
  return { kind: 'header', header };
}
