/**
 * Digitization of the calorimeter cells and counters: per ADC channel the measured energy
 * (calorimeter-response.ts), the pulse time, and the sampling-ADC waveform
 *
 *   s_k = round(pedestal + A·f(t_k − T) + σ_n·n_k),  clipped to 0 … adcMax (4095, 12 bits),
 *
 * t_k = k·Δ (Δ = adcSampleNs), A = gain·E_meas, f the unit-peak pulse (pulse-shape.ts), n_k
 * N(0, 1) noise and T the pulse onset
 *
 *   T = triggerTimeNs + (t_cell − t_ref) + timeOffset + jitter,
 *
 * t_cell = Σ E·t / Σ E the energy-weighted deposit time of the cell (one pulse per cell, and a
 * second one for the deposits of pile-up particles at their own time), t_ref
 * = (z_section − z_start)/c the arrival time of an in-time beam particle at the cell's section
 * (the cable delays of a real experiment align in-time signals; so does t_ref), and a jitter of
 * σ_t = c_t ⊕ s_t/√N_pe. f is read from a table (step ≈ 1/32 ns, linear interpolation, error
 * < 1e-5 of the peak) over its support, up to where A·f < 0.01 ADC counts. The noise comes from
 * the noise bank (noise-bank.ts). Saturation: a pulse above adcMax − pedestal is flat-topped at adcMax,
 * as in the 12-bit MSADC; the energy of a saturated channel is lost to a plain amplitude fit.
 * Cells in a calorimeter's hole are not read out; channels of an element with zero suppression
 * (zeroSuppressionGeV > 0) whose true deposit is below it are skipped; all others are written
 * every event.
 */
import { SPEED_OF_LIGHT } from '../../core/index.js';
import type { RandomStream } from '../../core/index.js';
import type { RawEvent } from '../../daq/index.js';
import type { EventDeposits } from '../event-deposits.js';
import { ElementKind } from '../sim-geometry.js';
import type { SimGeometry } from '../sim-geometry.js';
import { measuredCellEnergy } from './calorimeter-response.js';
import { NOISE_BANK_SIZE, noiseBank } from './noise-bank.js';
import { tabulatePulseShape } from './pulse-shape.js';
import type { PulseShapeParameters } from './pulse-shape.js';
import type { TrueCalibration } from './true-calibration.js';

/** Electronic noise: from the noise bank (default), a fresh normalFast per sample, or none. */
export type NoiseMode = 'bank' | 'stream' | 'off';

/** Settings of the ADC digitization (resolved defaults). */
export interface AdcSettings {
  /** Samples per waveform and their spacing [ns]. */
  samples: number;
  sampleNs: number;
  /** Time of the trigger in the window [ns]: the onset of an in-time pulse. */
  triggerTimeNs: number;
  /** z where the beam particle starts at t = 0 [cm]. */
  startZCm: number;
  /** Sampling and photo-statistics fluctuations and time jitter. */
  fluctuations: boolean;
  noise: NoiseMode;
  pulseShape: PulseShapeParameters;
  /** Largest ADC value (4095). */
  adcMax: number;
  /** Time jitter σ_t = c ⊕ s/√N_pe: constant c [ns] and stochastic s [ns]. */
  timeJitterConstantNs: number;
  timeJitterStochasticNs: number;
}

/** The per-channel state of the ADC digitization, built once per run. */
export class AdcDigitizer {
  /** Channels written every event (holes excluded), in channel order. */
  readonly readout: Int32Array;
  private readonly element: Int32Array;
  private readonly gain: Float64Array;
  private readonly pedestal: Float64Array;
  private readonly noise: Float64Array;
  /** triggerTime + timeOffset − t_ref per channel [ns]. */
  private readonly onsetBase: Float64Array;
  private readonly pe: Float64Array;
  private readonly stochastic: Float64Array;
  private readonly zeroSuppression: Float64Array;
  private readonly invAdcPerGeV: Float64Array;
  /** Per element: σ of the analog-sum noise [GeV] (√N_channels·noise/adcPerGeV). */
  readonly sumNoiseGeV: Float64Array;
  /** The pulse shape on a grid of M = stepsPerSample points per sample spacing (2 zeros of padding). */
  private readonly table: Float64Array;
  private readonly tableInvStep: number;
  private readonly stepsPerSample: number;
  /** supportNs[j]: time after which f < 0.01/2^j, so that a pulse of amplitude < 2^j adds < 0.01 ADC counts beyond it [ns]. */
  private readonly supportNs: Float64Array;
  /** Noise source (the bank, a per-event buffer for 'stream', a single 0 for 'off'), the largest |value| in it, and the mode in force. */
  private readonly noiseSource: Float32Array;
  private readonly noiseBound: number;
  private readonly noiseMode: NoiseMode;
  /** Largest odd stride of the walk through the bank. */
  private readonly maxStride: number;

  constructor(
    g: SimGeometry,
    cal: TrueCalibration,
    private readonly s: AdcSettings,
  ) {
    const n = g.nCells;
    const read: number[] = [];
    this.element = Int32Array.from(g.cellElement);
    this.gain = Float64Array.from(cal.adc.gain);
    this.pedestal = Float64Array.from(cal.adc.pedestal);
    this.noise = Float64Array.from(cal.adc.noise);
    this.onsetBase = new Float64Array(n);
    this.pe = new Float64Array(n);
    this.stochastic = new Float64Array(n);
    this.zeroSuppression = new Float64Array(n);
    this.invAdcPerGeV = new Float64Array(n);
    const nRead = new Float64Array(g.elements.length);
    for (let c = 0; c < n; c++) {
      const el = g.elements[g.cellElement[c]];
      const r = el.response;
      if (!r) continue;
      if (el.kind === ElementKind.Calorimeter && el.hole[g.cellIy[c] * el.nx + g.cellIx[c]]) continue;
      read.push(c);
      nRead[el.index]++;
      const tRef = (el.sectionZ0[g.cellSection[c]] - s.startZCm) / SPEED_OF_LIGHT;
      this.onsetBase[c] = s.triggerTimeNs + cal.adc.timeOffsetNs[c] - tRef;
      this.pe[c] = r.photoelectronsPerGeV;
      this.stochastic[c] = r.samplingStochastic;
      this.zeroSuppression[c] = r.zeroSuppressionGeV;
      this.invAdcPerGeV[c] = 1 / r.adcPerGeV;
    }
    this.readout = Int32Array.from(read);
    this.sumNoiseGeV = Float64Array.from(g.elements, (el) => (el.response ? (Math.sqrt(nRead[el.index]) * el.response.noiseAdc) / el.response.adcPerGeV : 0));
    // Grid step dt/M (≈ 1/32 ns) so that consecutive samples are M grid points apart and the
    // interpolation weight is the same for all samples of a pulse.
    this.stepsPerSample = Math.max(1, Math.round(s.sampleNs * 32));
    const t = tabulatePulseShape(s.pulseShape, s.sampleNs / this.stepsPerSample);
    this.table = new Float64Array(t.values.length + 2);
    this.table.set(t.values);
    this.tableInvStep = 1 / t.stepNs;
    this.supportNs = new Float64Array(32);
    for (let j = 0; j < 32; j++) {
      const eps = 0.01 / 2 ** j;
      let i = t.values.length - 1;
      while (i > 0 && t.values[i] < eps) i--;
      this.supportNs[j] = Math.min((i + 1) * t.stepNs, t.lengthNs);
    }
    // Noise source. The bank is read along an arithmetic progression that never wraps: stride
    // 1, 3, 5 or 7 and an offset below SIZE − stride·(samples of an event). Beyond 2^17 samples
    // per event (4096 channels of 32 samples) the bank is too small and noise is drawn per sample.
    const perEvent = this.readout.length * s.samples;
    this.noiseMode = s.noise === 'bank' && perEvent > NOISE_BANK_SIZE / 2 ? 'stream' : s.noise;
    this.maxStride = 1;
    while (this.maxStride + 2 <= 7 && (this.maxStride + 2) * perEvent <= NOISE_BANK_SIZE / 2) this.maxStride += 2;
    if (this.noiseMode === 'bank') {
      this.noiseSource = noiseBank();
      let m = 0;
      for (let i = 0; i < this.noiseSource.length; i++) m = Math.max(m, Math.abs(this.noiseSource[i]));
      this.noiseBound = m;
    } else if (this.noiseMode === 'stream') {
      this.noiseSource = new Float32Array(perEvent);
      this.noiseBound = 4.5; // normalFast's table ends at ±4.4σ
    } else {
      this.noiseSource = new Float32Array(1);
      this.noiseBound = 0;
    }
  }

  /**
   * Writes the waveforms of one event to out and adds, per element, the measured energy to
   * visible[] and the analog-sum energy (gain-weighted, with the sum's noise) to analogSum[]
   * [GeV]; both arrays must be zeroed by the caller.
   */
  digitize(dep: EventDeposits, rng: RandomStream, out: RawEvent, visible: Float64Array, analogSum: Float64Array): void {
    const s = this.s;
    const S = s.samples;
    const dt = s.sampleNs;
    const adcMax = s.adcMax;
    const fluct = s.fluctuations;
    const jc2 = s.timeJitterConstantNs * s.timeJitterConstantNs;
    const js2 = s.timeJitterStochasticNs * s.timeJitterStochasticNs;
    const table = this.table;
    const invStep = this.tableInvStep;
    const M = this.stepsPerSample;
    const support = this.supportNs;
    const src = this.noiseSource;
    const zmax = this.noiseBound;
    const cellE = dep.cellEnergy;
    const cellT = dep.cellTime;
    const cellE2 = dep.cellEnergyPileUp;
    const cellT2 = dep.cellTimePileUp;
    const tableLast = table.length - 2;
    const readout = this.readout;
    const pe = this.pe;
    const stochastic = this.stochastic;
    const element = this.element;
    const gain = this.gain;
    const invAdcPerGeV = this.invAdcPerGeV;
    const onsetBase = this.onsetBase;
    const zeroSuppression = this.zeroSuppression;
    const pedestal = this.pedestal;
    const noise = this.noise;
    out.samplesPerChannel = S;
    // The event's noise: a walk through the bank with a random offset and odd stride from one
    // draw; or a fresh normalFast per sample; or nothing.
    let idx = 0;
    let stride = 0;
    if (this.noiseMode === 'bank') {
      const u = rng.uint32();
      stride = 1 + 2 * ((u & 3) % ((this.maxStride + 1) >> 1));
      idx = (u >>> 2) % (NOISE_BANK_SIZE - stride * readout.length * S);
    } else if (this.noiseMode === 'stream') {
      for (let i = 0; i < src.length; i++) src[i] = rng.normalFast();
      stride = 1;
    }
    for (let j = 0; j < readout.length; j++) {
      const c = readout[j];
      const e = cellE[c];
      let amp = 0;
      let onset = 0;
      if (e > 0) {
        const em = fluct ? measuredCellEnergy(e, pe[c], stochastic[c], rng) : e;
        const el = element[c];
        visible[el] += em;
        amp = gain[c] * em;
        analogSum[el] += amp * invAdcPerGeV[c];
        onset = onsetBase[c] + cellT[c] / e;
        if (fluct && em > 0) onset += Math.sqrt(jc2 + js2 / (em * pe[c])) * rng.normalFast();
      }
      // A second pulse from pile-up particles, at their own time (measured like the first).
      const e2 = cellE2[c];
      let amp2 = 0;
      let onset2 = 0;
      if (e2 > 0) {
        const em2 = fluct ? measuredCellEnergy(e2, pe[c], stochastic[c], rng) : e2;
        const el = element[c];
        visible[el] += em2;
        amp2 = gain[c] * em2;
        analogSum[el] += amp2 * invAdcPerGeV[c];
        onset2 = onsetBase[c] + cellT2[c] / e2;
        if (fluct && em2 > 0) onset2 += Math.sqrt(jc2 + js2 / (em2 * pe[c])) * rng.normalFast();
      }
      const zs = zeroSuppression[c];
      if (zs > 0 && e + e2 < zs) continue;
      if (amp2 > 0) {
        // Two pulses: the general path, sample by sample (pile-up cells only).
        const base2 = pedestal[c] + 0.5;
        const sigma2 = noise[c];
        const off2 = out.addAdc(c, false);
        const samples2 = out.adcSamples;
        for (let k = 0; k < S; k++, idx += stride) {
          let x = base2 + sigma2 * src[idx];
          const u1 = (k * dt - onset) * invStep;
          if (amp > 0 && u1 >= 0 && u1 < tableLast) {
            const i1 = u1 | 0;
            x += amp * (table[i1] + (u1 - i1) * (table[i1 + 1] - table[i1]));
          }
          const u2 = (k * dt - onset2) * invStep;
          if (u2 >= 0 && u2 < tableLast) {
            const i2 = u2 | 0;
            x += amp2 * (table[i2] + (u2 - i2) * (table[i2 + 1] - table[i2]));
          }
          samples2[off2 + k] = x <= 0 ? 0 : x >= adcMax ? adcMax : x | 0;
        }
        continue;
      }

      // The pulse covers samples k0 … k1: from the onset to where it adds < 0.01 ADC counts.
      let k0 = S;
      let k1 = S - 1;
      let ti = 0;
      let w = 0;
      if (amp > 0) {
        // Integer indices (| 0) keep the loops on int32 arithmetic; times beyond ±2^31 samples
        // cannot reach the window (then k1 < k0 and the pulse loop does not run).
        const first = Math.ceil(onset / dt);
        k0 = first < 0 ? 0 : first > S ? S : first | 0;
        const supp = amp < 1073741824 ? support[32 - Math.clz32(Math.ceil(amp))] : support[31];
        const last = Math.floor((onset + supp) / dt);
        k1 = last > S - 1 ? S - 1 : last < -1 ? -1 : last | 0;
        const u0 = (k0 * dt - onset) * invStep;
        ti = k1 >= k0 ? Math.floor(u0) | 0 : 0;
        w = u0 - Math.floor(u0);
      }
      // Pedestal + ½ + noise (+ pulse); rounding half up by truncation. Clipping to 0 … adcMax
      // only where the value can leave the range (Math.round and the clip cost ~3 ns a sample
      // in V8 on x64; the plain path < 1 ns).
      const base = pedestal[c] + 0.5;
      const sigma = noise[c];
      const off = out.addAdc(c, false); // every sample is written below
      const samples = out.adcSamples;
      const reach = sigma * zmax;
      let k = 0;
      if (base - reach >= 0 && base + reach + amp < adcMax) {
        for (; k < k0; k++, idx += stride) samples[off + k] = (base + sigma * src[idx]) | 0;
        for (; k <= k1; k++, idx += stride, ti += M) samples[off + k] = (base + sigma * src[idx] + amp * (table[ti] + w * (table[ti + 1] - table[ti]))) | 0;
        for (; k < S; k++, idx += stride) samples[off + k] = (base + sigma * src[idx]) | 0;
      } else {
        for (; k < S; k++, idx += stride) {
          let x = base + sigma * src[idx];
          if (k >= k0 && k <= k1) {
            x += amp * (table[ti] + w * (table[ti + 1] - table[ti]));
            ti += M;
          }
          samples[off + k] = x <= 0 ? 0 : x >= adcMax ? adcMax : x | 0;
        }
      }
    }
    if (this.noiseMode !== 'off') {
      const sn = this.sumNoiseGeV;
      for (let el = 0; el < sn.length; el++) if (sn[el] > 0) analogSum[el] += sn[el] * rng.normalFast();
    }
  }
}
