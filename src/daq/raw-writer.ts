/**
 * Serializing raw files: the file header and one record per event (docs/raw-format.md).
 * Writing the bytes is the caller's job (a Node stream in cli/store, a WebSocket in the
 * monitor); the encoder reuses one buffer, so encoding allocates nothing per event beyond
 * the returned view.
 */
import { EmissError } from '../core/index.js';
import { copyToLittleEndian } from './copy-le.js';
import { crc32c } from './crc32c.js';
import type { RawEvent } from './raw-event.js';
import type { RawFileHeaderInfo } from './raw-file-header.js';
import {
  BLOCK_SADC,
  BLOCK_STRAW,
  BLOCK_STRIP,
  RAW_EVENT_HEADER_BYTES,
  RAW_FORMAT_VERSION,
  RAW_HEADER_FIXED_BYTES,
  RAW_MAGIC,
  RAW_MAX_SETUP_NAME_BYTES,
  RAW_RECORD_OVERHEAD,
  RAW_SYNC,
  align4,
  align8,
  sadcPayloadBytes,
  strawPayloadBytes,
  stripPayloadBytes,
} from './raw-format.js';

const UTF8 = new TextEncoder();

/** The file header for `info` (docs/raw-format.md, "File header"): a new Uint8Array, a multiple of 8 bytes. */
export function encodeFileHeader(info: RawFileHeaderInfo): Uint8Array {
  const spc = info.samplesPerChannel ?? 32;
  checkU32(info.run, 'run');
  if (!(Number.isInteger(spc) && spc >= 1 && spc <= 0xffff)) throw new EmissError('BAD_OPTION', 'samplesPerChannel', `${spc} is not a valid number of samples`, '1 … 65535');
  if (!(info.setupHash instanceof Uint8Array) || info.setupHash.length !== 32) {
    throw new EmissError('BAD_OPTION', 'setupHash', `needs exactly 32 bytes, got ${info.setupHash?.length}`, 'e.g. a SHA-256 digest');
  }
  if (!Number.isFinite(info.createdMs)) throw new EmissError('BAD_OPTION', 'createdMs', `${info.createdMs} is not a time`, 'ms since 1970');
  const name = UTF8.encode(info.setupName);
  if (name.length > RAW_MAX_SETUP_NAME_BYTES) throw new EmissError('BAD_OPTION', 'setupName', `${name.length} bytes is too long`, `≤ ${RAW_MAX_SETUP_NAME_BYTES} bytes`);
  const n = align8(RAW_HEADER_FIXED_BYTES + name.length + 4);
  const out = new Uint8Array(n);
  const dv = new DataView(out.buffer);
  out.set(UTF8.encode(RAW_MAGIC), 0);
  dv.setUint16(8, RAW_FORMAT_VERSION, true);
  dv.setUint32(12, n, true);
  dv.setUint32(16, info.run, true);
  dv.setUint16(20, spc, true);
  dv.setFloat64(24, info.createdMs, true);
  out.set(info.setupHash, 32);
  dv.setUint32(64, name.length, true);
  out.set(name, RAW_HEADER_FIXED_BYTES);
  dv.setUint32(n - 4, crc32c(out, 0, n - 4), true);
  return out;
}

/** Encodes events into one reusable buffer. */
export class RawEncoder {
  private buf = new Uint8Array(64 * 1024);
  private dv = new DataView(this.buf.buffer);

  /**
   * The record of `ev` (docs/raw-format.md, "Record"): a view into the encoder's buffer, valid
   * until the next call. Throws `BAD_OPTION` naming the field when a header field is out of
   * its range or the samples do not match nAdc × samplesPerChannel.
   */
  encode(ev: RawEvent): Uint8Array {
    checkU32(ev.run, 'RawEvent.run');
    checkU32(ev.spill, 'RawEvent.spill');
    checkU32(ev.eventInSpill, 'RawEvent.eventInSpill');
    checkU32(ev.triggerBits, 'RawEvent.triggerBits');
    const num = ev.eventNumber;
    if (!(Number.isInteger(num) && num >= 0 && num <= Number.MAX_SAFE_INTEGER)) {
      throw new EmissError('BAD_OPTION', 'RawEvent.eventNumber', `${num} is not an event number`, 'an integer 0 … 2^53 − 1');
    }
    const s = ev.samplesPerChannel;
    if (!(Number.isInteger(s) && s >= 1 && s <= 0xffff)) throw new EmissError('BAD_OPTION', 'RawEvent.samplesPerChannel', `${s} is not a valid number of samples`, '1 … 65535');
    const nAdc = ev.nAdc;
    const nStraw = ev.nStraw;
    const nStrip = ev.nStrip;
    if (nAdc * s > ev.adcSamples.length) {
      throw new EmissError('BAD_OPTION', 'RawEvent.samplesPerChannel', `${nAdc} channels × ${s} samples exceed the ${ev.adcSamples.length} samples stored (was samplesPerChannel changed after addAdc?)`);
    }
    const sadc = sadcPayloadBytes(nAdc, s);
    const straw = strawPayloadBytes(nStraw);
    const strip = stripPayloadBytes(nStrip);
    const body = RAW_EVENT_HEADER_BYTES + 24 + sadc + straw + strip;
    const total = body + RAW_RECORD_OVERHEAD;
    this.reserve(total);
    const buf = this.buf;
    const dv = this.dv;
    buf.fill(0, 0, total);
    dv.setUint32(0, RAW_SYNC, true);
    dv.setUint32(4, body, true);
    // Event header at body offset 0 (record offset 8).
    dv.setUint32(8, num % 4294967296, true);
    dv.setUint32(12, Math.floor(num / 4294967296), true);
    dv.setUint32(16, ev.run, true);
    dv.setUint32(20, ev.spill, true);
    dv.setUint32(24, ev.eventInSpill, true);
    dv.setUint32(28, ev.triggerBits, true);
    dv.setFloat64(32, ev.timestampNs, true);
    let o = 8 + RAW_EVENT_HEADER_BYTES;
    // Block 1: SADC waveforms.
    o = blockHeader(dv, o, BLOCK_SADC, sadc);
    dv.setUint16(o, s, true);
    dv.setUint32(o + 4, nAdc, true);
    copyToLittleEndian(buf, o + 8, ev.adcChannel, 0, nAdc);
    copyToLittleEndian(buf, o + 8 + align4(2 * nAdc), ev.adcSamples, 0, nAdc * s);
    o += sadc;
    // Block 2: straw hits.
    o = blockHeader(dv, o, BLOCK_STRAW, straw);
    dv.setUint32(o, nStraw, true);
    copyToLittleEndian(buf, o + 4, ev.strawChannel, 0, nStraw);
    copyToLittleEndian(buf, o + 4 + 4 * nStraw, ev.strawTimeNs, 0, nStraw);
    o += straw;
    // Block 3: strip hits.
    o = blockHeader(dv, o, BLOCK_STRIP, strip);
    dv.setUint32(o, nStrip, true);
    copyToLittleEndian(buf, o + 4, ev.stripChannel, 0, nStrip);
    copyToLittleEndian(buf, o + 4 + 4 * nStrip, ev.stripTimeNs, 0, nStrip);
    copyToLittleEndian(buf, o + 4 + 8 * nStrip, ev.stripCharge, 0, nStrip);
    // Reserved word (zero), then the CRC of everything before it.
    dv.setUint32(total - 4, crc32c(buf, 0, total - 4), true);
    return buf.subarray(0, total);
  }

  private reserve(n: number): void {
    if (n <= this.buf.length) return;
    this.buf = new Uint8Array(Math.max(n, 2 * this.buf.length));
    this.dv = new DataView(this.buf.buffer);
  }
}

/**
 * The record of `ev`: with a `scratch` encoder, a view into its buffer valid until its next
 * use; without, a new array.
 */
export function encodeEvent(ev: RawEvent, scratch?: RawEncoder): Uint8Array {
  return scratch ? scratch.encode(ev) : new RawEncoder().encode(ev).slice();
}

function blockHeader(dv: DataView, o: number, type: number, payload: number): number {
  dv.setUint16(o, type, true);
  dv.setUint32(o + 4, payload, true);
  return o + 8;
}

function checkU32(v: number, where: string): void {
  if (!(Number.isInteger(v) && v >= 0 && v <= 0xffffffff)) throw new EmissError('BAD_OPTION', where, `${v} does not fit in 32 bits`, 'an integer 0 … 4294967295');
}
