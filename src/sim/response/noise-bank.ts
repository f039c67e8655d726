/**
 * A bank of standard-normal numbers for the electronic noise of the sampling ADCs. A 12-bit
 * waveform of an NA64e event has ~4 000 samples; one RandomStream normal per sample costs
 * ~8 ns (normalFast) — 32 µs, more than the whole digitization budget (25 µs per event). So the
 * noise of an event is read from this fixed bank of 2^18 values along an arithmetic progression
 * idx_k = offset + k·stride, whose stride (1, 3, 5 or 7) and offset (below 2^18 − stride·K for
 * K samples) come from one 32-bit draw of the event's stream: the samples of an event are
 * distinct, independent N(0, 1) values, and the event's noise is a pure function of
 * (seed, event). Values recur between events (each about once per 65 events, elsewhere in the
 * waveform); ~10^6 (offset, stride) pairs exist, so in a sample of millions of events some
 * share their whole noise pattern — harmless for every use in emiss (nothing correlates the
 * noise of different events sample by sample); the digitizer's `noise: 'stream'` option
 * draws every sample afresh for a check.
 */
import { RandomStream } from '../../core/index.js';

/** log₂ of the bank size. */
export const NOISE_BANK_BITS = 18;
/** Bank size (2^18 = 262 144 values). */
export const NOISE_BANK_SIZE = 1 << NOISE_BANK_BITS;
/** The mask reducing an index modulo the bank size. */
export const NOISE_BANK_MASK = NOISE_BANK_SIZE - 1;

let BANK: Float32Array | undefined;

/**
 * The bank (created once per process, ~10 ms): Box–Muller normals of a fixed stream, shifted and
 * scaled so that the bank's mean is exactly 0 and its variance exactly 1.
 */
export function noiseBank(): Float32Array {
  if (!BANK) {
    const r = new RandomStream(0x4e4f4953 /* "NOIS" */, 0, 0);
    const x = new Float64Array(NOISE_BANK_SIZE);
    let sum = 0;
    for (let i = 0; i < NOISE_BANK_SIZE; i++) {
      x[i] = r.normal();
      sum += x[i];
    }
    const mean = sum / NOISE_BANK_SIZE;
    let ss = 0;
    for (let i = 0; i < NOISE_BANK_SIZE; i++) ss += (x[i] - mean) ** 2;
    const scale = 1 / Math.sqrt(ss / NOISE_BANK_SIZE);
    BANK = new Float32Array(NOISE_BANK_SIZE);
    for (let i = 0; i < NOISE_BANK_SIZE; i++) BANK[i] = (x[i] - mean) * scale;
  }
  return BANK;
}
