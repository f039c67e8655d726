/**
 * Decoding record bodies into a batch under construction: the checks that make a record
 * "well formed" (docs/raw-format.md, "Damage") and the copy of its columns. Internal to the
 * reader; columns grow by doubling and are reused from batch to batch.
 */
import { copyFromLittleEndian } from './copy-le.js';
import type { RawEventBatch } from './raw-event-batch.js';
import { BLOCK_SADC, BLOCK_STRAW, BLOCK_STRIP, RAW_EVENT_HEADER_BYTES, align4, sadcPayloadBytes, strawPayloadBytes, stripPayloadBytes } from './raw-format.js';

/** Builds batches of up to `batchSize` events and hands each full one to `onBatch`. */
export class RawBatchBuilder {
  /** Samples per channel of an event without a SADC block (the file header's). */
  defaultSamplesPerChannel = 32;
  private n = 0;
  private spc = 32;
  private readonly eventNumber: Float64Array;
  private readonly run: Uint32Array;
  private readonly spill: Uint32Array;
  private readonly eventInSpill: Uint32Array;
  private readonly triggerBits: Uint32Array;
  private readonly timestampNs: Float64Array;
  private readonly fileOffset: Float64Array;
  private readonly adcOffset: Uint32Array;
  private readonly strawOffset: Uint32Array;
  private readonly stripOffset: Uint32Array;
  private adcChannel = new Uint16Array(1024);
  private adcSamples = new Uint16Array(32 * 1024);
  private strawChannel = new Uint32Array(1024);
  private strawTimeNs = new Float32Array(1024);
  private stripChannel = new Uint32Array(1024);
  private stripCharge = new Uint16Array(1024);
  private stripTimeNs = new Float32Array(1024);

  constructor(
    private readonly batchSize: number,
    private readonly onBatch: (batch: RawEventBatch) => void,
  ) {
    this.eventNumber = new Float64Array(batchSize);
    this.run = new Uint32Array(batchSize);
    this.spill = new Uint32Array(batchSize);
    this.eventInSpill = new Uint32Array(batchSize);
    this.triggerBits = new Uint32Array(batchSize);
    this.timestampNs = new Float64Array(batchSize);
    this.fileOffset = new Float64Array(batchSize);
    this.adcOffset = new Uint32Array(batchSize + 1);
    this.strawOffset = new Uint32Array(batchSize + 1);
    this.stripOffset = new Uint32Array(batchSize + 1);
  }

  /**
   * Checks the body `bytes[b … b + len)` (CRC already verified, `len` a multiple of 8 ≥ 32) and
   * appends its event; returns null, or the reason the body is malformed (nothing appended).
   * `dv` views the same bytes as `bytes`, from the same origin.
   */
  append(bytes: Uint8Array, dv: DataView, b: number, len: number, fileOffset: number): string | null {
    const hi = dv.getUint32(b + 4, true);
    if (hi >= 0x200000) return `event number high word ${hi} puts it at or above 2^53`;
    let sadc = -1;
    let straw = -1;
    let strip = -1;
    let nS = this.defaultSamplesPerChannel;
    let nAdc = 0;
    let nStraw = 0;
    let nStrip = 0;
    const end = b + len;
    let o = b + RAW_EVENT_HEADER_BYTES;
    while (o < end) {
      if (o + 8 > end) return `block header at body offset ${o - b} runs past the end of the body`;
      const type = dv.getUint16(o, true);
      const p = dv.getUint32(o + 4, true);
      if (p % 8 !== 0 || o + 8 + p > end) return `block of type ${type} at body offset ${o - b} has an impossible length ${p}`;
      const q = o + 8;
      if (type === BLOCK_SADC) {
        if (sadc >= 0) return 'two SADC blocks in one event';
        nS = dv.getUint16(q, true);
        nAdc = dv.getUint32(q + 4, true);
        if (nS === 0) return 'SADC block with 0 samples per channel';
        if (p !== sadcPayloadBytes(nAdc, nS)) return `SADC block length ${p} does not match ${nAdc} channels × ${nS} samples`;
        sadc = q;
      } else if (type === BLOCK_STRAW) {
        if (straw >= 0) return 'two straw blocks in one event';
        nStraw = dv.getUint32(q, true);
        if (p !== strawPayloadBytes(nStraw)) return `straw block length ${p} does not match ${nStraw} hits`;
        straw = q;
      } else if (type === BLOCK_STRIP) {
        if (strip >= 0) return 'two strip blocks in one event';
        nStrip = dv.getUint32(q, true);
        if (p !== stripPayloadBytes(nStrip)) return `strip block length ${p} does not match ${nStrip} hits`;
        strip = q;
      } else return `unknown block type ${type} at body offset ${o - b}`;
      o = q + p;
    }

    if (this.n > 0 && nS !== this.spc) this.flush();
    if (this.n === 0) this.spc = nS;
    const i = this.n;
    this.eventNumber[i] = dv.getUint32(b, true) + hi * 4294967296;
    this.run[i] = dv.getUint32(b + 8, true);
    this.spill[i] = dv.getUint32(b + 12, true);
    this.eventInSpill[i] = dv.getUint32(b + 16, true);
    this.triggerBits[i] = dv.getUint32(b + 20, true);
    this.timestampNs[i] = dv.getFloat64(b + 24, true);
    this.fileOffset[i] = fileOffset;
    const a0 = this.adcOffset[i];
    const s0 = this.strawOffset[i];
    const t0 = this.stripOffset[i];
    this.reserve(a0 + nAdc, s0 + nStraw, t0 + nStrip);
    if (nAdc > 0) {
      copyFromLittleEndian(this.adcChannel, a0, bytes, sadc + 8, nAdc);
      copyFromLittleEndian(this.adcSamples, a0 * nS, bytes, sadc + 8 + align4(2 * nAdc), nAdc * nS);
    }
    if (nStraw > 0) {
      copyFromLittleEndian(this.strawChannel, s0, bytes, straw + 4, nStraw);
      copyFromLittleEndian(this.strawTimeNs, s0, bytes, straw + 4 + 4 * nStraw, nStraw);
    }
    if (nStrip > 0) {
      copyFromLittleEndian(this.stripChannel, t0, bytes, strip + 4, nStrip);
      copyFromLittleEndian(this.stripTimeNs, t0, bytes, strip + 4 + 4 * nStrip, nStrip);
      copyFromLittleEndian(this.stripCharge, t0, bytes, strip + 4 + 8 * nStrip, nStrip);
    }
    this.adcOffset[i + 1] = a0 + nAdc;
    this.strawOffset[i + 1] = s0 + nStraw;
    this.stripOffset[i + 1] = t0 + nStrip;
    this.n = i + 1;
    if (this.n === this.batchSize) this.flush();
    return null;
  }

  /** Hands the events gathered so far (if any) to `onBatch` as views valid during the call. */
  flush(): void {
    const n = this.n;
    if (n === 0) return;
    const nAdc = this.adcOffset[n];
    const nStraw = this.strawOffset[n];
    const nStrip = this.stripOffset[n];
    const batch: RawEventBatch = {
      n,
      samplesPerChannel: this.spc,
      eventNumber: this.eventNumber.subarray(0, n),
      run: this.run.subarray(0, n),
      spill: this.spill.subarray(0, n),
      eventInSpill: this.eventInSpill.subarray(0, n),
      triggerBits: this.triggerBits.subarray(0, n),
      timestampNs: this.timestampNs.subarray(0, n),
      fileOffset: this.fileOffset.subarray(0, n),
      adcOffset: this.adcOffset.subarray(0, n + 1),
      adcChannel: this.adcChannel.subarray(0, nAdc),
      adcSamples: this.adcSamples.subarray(0, nAdc * this.spc),
      strawOffset: this.strawOffset.subarray(0, n + 1),
      strawChannel: this.strawChannel.subarray(0, nStraw),
      strawTimeNs: this.strawTimeNs.subarray(0, nStraw),
      stripOffset: this.stripOffset.subarray(0, n + 1),
      stripChannel: this.stripChannel.subarray(0, nStrip),
      stripCharge: this.stripCharge.subarray(0, nStrip),
      stripTimeNs: this.stripTimeNs.subarray(0, nStrip),
    };
    this.n = 0;
    this.adcOffset[0] = 0;
    this.strawOffset[0] = 0;
    this.stripOffset[0] = 0;
    this.onBatch(batch);
  }

  private reserve(nAdc: number, nStraw: number, nStrip: number): void {
    if (nAdc > this.adcChannel.length) this.adcChannel = grown(this.adcChannel, nAdc);
    if (nAdc * this.spc > this.adcSamples.length) this.adcSamples = grown(this.adcSamples, nAdc * this.spc);
    if (nStraw > this.strawChannel.length) {
      this.strawChannel = grown(this.strawChannel, nStraw);
      this.strawTimeNs = grown(this.strawTimeNs, nStraw);
    }
    if (nStrip > this.stripChannel.length) {
      this.stripChannel = grown(this.stripChannel, nStrip);
      this.stripCharge = grown(this.stripCharge, nStrip);
      this.stripTimeNs = grown(this.stripTimeNs, nStrip);
    }
  }
}

/** A copy of `a` with room for at least `need` elements (doubling). */
function grown<T extends Uint16Array | Uint32Array | Float32Array>(a: T, need: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, 2 * a.length));
  b.set(a);
  return b;
}
