/**
 * Constants of the raw event format, version 1 (docs/raw-format.md is the specification; the
 * offsets here are those of its tables).
 */

/** The magic at the start of a raw file: ASCII `EMISSRAW`. */
export const RAW_MAGIC = 'EMISSRAW';
/** The format version this code writes and the newest it reads. */
export const RAW_FORMAT_VERSION = 1;
/** The sync word that starts every record: bytes `45 56 4E 54` (ASCII `EVNT`) as a little-endian u32. */
export const RAW_SYNC = 0x544e5645;
/** Bytes of the file header before the setup name (the name follows, then padding and the CRC). */
export const RAW_HEADER_FIXED_BYTES = 68;
/** Upper bound on the setup name [bytes]. */
export const RAW_MAX_SETUP_NAME_BYTES = 65536;
/** Bytes a record adds around its body: sync word and length before, reserved word and CRC after. */
export const RAW_RECORD_OVERHEAD = 16;
/** Bytes of the event header at the start of a record body. */
export const RAW_EVENT_HEADER_BYTES = 32;
/** Default upper bound on a record body [bytes] (64 MiB); a larger length is damage. */
export const RAW_DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** Block type: SADC waveforms. */
export const BLOCK_SADC = 1;
/** Block type: straw hits. */
export const BLOCK_STRAW = 2;
/** Block type: strip hits. */
export const BLOCK_STRIP = 3;

/** `x` rounded up to a multiple of 4. */
export function align4(x: number): number {
  return Math.ceil(x / 4) * 4;
}

/** `x` rounded up to a multiple of 8. */
export function align8(x: number): number {
  return Math.ceil(x / 8) * 8;
}

/** Payload bytes of a SADC block of `nChannels` channels × `nSamples` samples. */
export function sadcPayloadBytes(nChannels: number, nSamples: number): number {
  return align8(8 + align4(2 * nChannels) + 2 * nChannels * nSamples);
}

/** Payload bytes of a straw block of `n` hits. */
export function strawPayloadBytes(n: number): number {
  return align8(4 + 8 * n);
}

/** Payload bytes of a strip block of `n` hits. */
export function stripPayloadBytes(n: number): number {
  return align8(4 + 10 * n);
}
