/**
 * The waveform fit of one sampling-ADC channel: pedestal, amplitude and pulse time, with the
 * pulse shape of the digitization (src/sim/response/pulse-shape.ts, a CR–(RC)ⁿ semi-Gaussian;
 * Knoll, Radiation Detection and Measurement, 4th ed., pulse shaping). Method (docs/reco.md,
 * "Waveforms"):
 *
 * 1. pedestal p = mean of the pre-samples (those ending ≥ 10 ns before the trigger time) when
 *    they are flat (range ≤ 6σ + 2 counts), else the calibration's pedestal (an earlier pulse —
 *    pile-up — sits in the pre-samples);
 * 2. fixed-time amplitude: the linear least-squares amplitude with the pulse onset at its
 *    in-time value T₀, A₀ = Σ f_k (y_k − p) / Σ f_k² (f_k = f(t_k − T₀)), error σ/√Σf_k²;
 * 3. a channel with A₀ and its highest sample both below `thresholdSigma` noise errors is
 *    taken as it is (A = A₀, T = T₀: unbiased, no time); otherwise
 * 4. the pulse time is started from the ratio (y_{k+1} − y_{k−1})/y_k around the highest
 *    sample k (inverted from a table built from f) and amplitude and time are fitted by
 *    Gauss–Newton on χ² = Σ (y_k − p − A f(t_k − T))²/σ² over the samples around the peak
 *    (2 iterations of the 2 × 2 normal equations — a third changed no validation figure; W.H. Press et al., Numerical Recipes, 3rd
 *    ed., §15.5);
 * 5. saturated samples (≥ adcMax) are left out of the fit, which then uses the unsaturated
 *    rising and falling edges, started by a 1-ns scan of T; the channel is flagged saturated;
 * 6. a fit with χ²/ndf above `oddChi2` (pile-up, a distorted pulse) is flagged odd.
 *
 * The shape f is tabulated once (step 1/32 ns, linear interpolation, < 10⁻⁵ of the peak).
 */
import { PULSE_SHAPE, tabulatePulseShape } from '../sim/response/pulse-shape.js';
import type { PulseShapeParameters } from '../sim/response/pulse-shape.js';

/** Options of {@link WaveformFitter}. */
export interface WaveformFitterOptions {
  /** Samples per channel. */
  samples: number;
  /** Sampling period [ns] (12.5 for NA64's 80 MHz MSADC). */
  sampleNs: number;
  /** Onset of an in-time pulse [ns] (the setup's simulation.triggerTimeNs). */
  triggerTimeNs: number;
  /** Pulse shape (default the digitization's, n = 2, τ = 30 ns). */
  shape?: PulseShapeParameters;
  /** ADC full scale [counts] (4095: 12 bits). */
  adcMax?: number;
  /** Significance for a full fit (5). */
  thresholdSigma?: number;
  /** χ²/ndf above which a pulse is odd (25). */
  oddChi2?: number;
}

/** Fit status bits of {@link WaveformFitter.flags}. */
export const PulseFlag = { Fitted: 1, Saturated: 2, Odd: 4 } as const;

/**
 * Fits waveforms one channel at a time; results are left in the public fields (no allocation
 * per call).
 *
 * @example
 * const fitter = new WaveformFitter({ samples: 32, sampleNs: 12.5, triggerTimeNs: 100 });
 * fitter.fit(batch.adcSamples, j * 32, 2, 0, 100);   // channel j of a batch, noise 2 ADC, time offset 0
 * fitter.amplitude; fitter.onsetNs; fitter.pedestal; fitter.flags;
 */
export class WaveformFitter {
  /** Fitted pedestal [ADC counts]. */
  pedestal = 0;
  /** Fitted amplitude (pulse peak above the pedestal) [ADC counts]. */
  amplitude = 0;
  /** Fitted pulse onset [ns from the first sample]. */
  onsetNs = 0;
  /** χ²/ndf of the full fit (0 when not fitted). */
  chi2ndf = 0;
  /** {@link PulseFlag} bits. */
  flags = 0;

  private readonly n: number;
  private readonly dt: number;
  private readonly t0: number;
  private readonly adcMax: number;
  private readonly thr: number;
  private readonly odd: number;
  private readonly nPre: number;
  private readonly tab: Float64Array;
  private readonly invStep: number;
  private readonly tabLast: number;
  private readonly peakNs: number;
  /** Fixed-time template f_k at the in-time onset, and 1/Σf². */
  private readonly f0: Float64Array;
  private readonly invSumF2: number;
  /** Σf_k over the fixed-time window and 1/√Σf² (the amplitude error per unit noise). */
  private readonly sumF0: number;
  /** Last sample of the fixed-time window. */
  private readonly k0Last: number;
  private readonly sigmaA0: number;
  /** Ratio table: ρ(δ) increasing, δ = peak time − t_k on a uniform grid. */
  private readonly rho: Float64Array;
  private readonly deltaLo: number;
  private readonly deltaStep: number;
  private readonly y: Float64Array;

  constructor(o: WaveformFitterOptions) {
    const shape = o.shape ?? PULSE_SHAPE;
    this.n = o.samples;
    this.dt = o.sampleNs;
    this.t0 = o.triggerTimeNs;
    this.adcMax = o.adcMax ?? 4095;
    this.thr = o.thresholdSigma ?? 5;
    this.odd = o.oddChi2 ?? 25;
    this.nPre = Math.max(1, Math.min(this.n - 2, Math.floor((o.triggerTimeNs - 10) / o.sampleNs)));
    const table = tabulatePulseShape(shape);
    this.tab = table.values;
    this.invStep = 1 / table.stepNs;
    this.tabLast = table.values.length - 2;
    this.peakNs = shape.peakingTimeNs;
    this.f0 = new Float64Array(this.n);
    let s2 = 0;
    let last = -1;
    for (let k = 0; k < this.n; k++) {
      const f = this.shape(k * this.dt - this.t0);
      if (f > 0.02) {
        last = k;
        this.f0[k] = f;
        s2 += f * f;
      }
    }
    // The fixed-time window starts after the pre-samples (their f is ~0 for an in-time pulse).
    for (let k = 0; k < this.nPre; k++) {
      s2 -= this.f0[k] * this.f0[k];
      this.f0[k] = 0;
    }
    this.invSumF2 = s2 > 0 ? 1 / s2 : 0;
    this.sigmaA0 = Math.sqrt(this.invSumF2);
    let sf = 0;
    for (let k = 0; k < this.n; k++) sf += this.f0[k];
    this.sumF0 = sf;
    this.k0Last = Math.max(last, this.nPre);
    const nr = 513;
    this.deltaLo = -0.75 * this.dt;
    this.deltaStep = (1.5 * this.dt) / (nr - 1);
    this.rho = new Float64Array(nr);
    for (let i = 0; i < nr; i++) {
      const d = this.deltaLo + i * this.deltaStep;
      // Peak at t_k + d: the onset is t_k + d − τ; sample k sits at τ − d after it.
      const fm = this.shape(this.peakNs - d - this.dt);
      const fk = this.shape(this.peakNs - d);
      const fp = this.shape(this.peakNs - d + this.dt);
      this.rho[i] = (fp - fm) / fk;
    }
    this.y = new Float64Array(this.n);
  }

  /** The tabulated unit-peak shape at t [ns after the onset]. */
  shape(t: number): number {
    if (!(t > 0)) return 0;
    const x = t * this.invStep;
    const i = x | 0;
    if (i >= this.tabLast) return 0;
    const v = this.tab;
    return v[i] + (x - i) * (v[i + 1] - v[i]);
  }

  /** Its derivative df/dt [1/ns] (slope of the table segment). */
  private slope(t: number): number {
    if (!(t > 0)) return 0;
    const x = t * this.invStep;
    const i = x | 0;
    if (i >= this.tabLast) return 0;
    return (this.tab[i + 1] - this.tab[i]) * this.invStep;
  }

  /** Onset of an in-time pulse of a channel without time offset [ns] (the trigger time). */
  get inTimeOnsetNs(): number {
    return this.t0;
  }

  /** Number of pre-samples used for the pedestal. */
  get preSamples(): number {
    return this.nPre;
  }

  /**
   * Fits the channel whose samples are `samples[offset … offset + samples − 1]` [ADC counts],
   * with noise σ [ADC counts per sample], channel time offset [ns] (the in-time onset is
   * triggerTimeNs + timeOffsetNs) and the calibration's pedestal [ADC counts] (used when the
   * pre-samples are not flat). Results in the fields.
   */
  fit(samples: Uint16Array, offset: number, noise: number, timeOffsetNs: number, pedestal: number): void {
    const n = this.n;
    const nPre = this.nPre;
    let ped = 0;
    let lo = 65536;
    let hi = -1;
    for (let k = 0; k < nPre; k++) {
      const s = samples[offset + k];
      ped += s;
      if (s < lo) lo = s;
      if (s > hi) hi = s;
    }
    ped /= nPre;
    if (hi - lo > 6 * noise + 2) ped = pedestal;
    // Fast pass on the raw samples: highest sample, saturation, fixed-time amplitude.
    let kMax = 0;
    let sMax = hi;
    let a0 = 0;
    const f0 = this.f0;
    const k1 = this.k0Last;
    for (let k = nPre; k <= k1; k++) {
      const s = samples[offset + k];
      a0 += f0[k] * s;
      if (s > sMax) {
        sMax = s;
        kMax = k;
      }
    }
    for (let k = k1 + 1; k < n; k++) {
      const s = samples[offset + k];
      if (s > sMax) {
        sMax = s;
        kMax = k;
      }
    }
    a0 = (a0 - ped * this.sumF0) * this.invSumF2;
    const sat = sMax >= this.adcMax;
    // The in-time pulse: its peak within ±3 samples of where an in-time pulse peaks. A higher
    // pulse elsewhere in the window is pile-up (another beam particle) and is not this event's.
    if (!sat) {
      const kIn = Math.round((this.t0 + timeOffsetNs + this.peakNs) / this.dt);
      const kA = Math.max(nPre, kIn - 3);
      const kB = Math.min(n - 1, kIn + 3);
      if (kA <= kB && (kMax < kA || kMax > kB)) {
        kMax = kA;
        sMax = samples[offset + kA];
        for (let k = kA + 1; k <= kB; k++) {
          const v = samples[offset + k];
          if (v > sMax) {
            sMax = v;
            kMax = k;
          }
        }
      }
    }
    const yMax = sMax - ped;
    this.pedestal = ped;
    this.chi2ndf = 0;
    const sigma = noise > 0.5 ? noise : 0.5;
    if (!sat && a0 < this.thr * sigma * this.sigmaA0 && yMax < this.thr * sigma) {
      this.amplitude = a0;
      this.onsetNs = this.t0 + timeOffsetNs;
      this.flags = 0;
      return;
    }
    const y = this.y;
    for (let k = 0; k < n; k++) y[k] = samples[offset + k] - ped;
    if (kMax === 0 && hi > ped) {
      // The highest sample is among the pre-samples.
      for (let k = 0; k < nPre; k++) if (y[k] > y[kMax]) kMax = k;
    }
    let T: number;
    let A: number;
    if (sat || kMax === 0 || kMax === n - 1 || y[kMax] <= 0) {
      T = this.scanOnset(timeOffsetNs, sat);
      A = this.linearAmplitude(T, sat);
    } else {
      const r = (y[kMax + 1] - y[kMax - 1]) / y[kMax];
      T = kMax * this.dt + this.deltaFromRatio(r) - this.peakNs;
      A = yMax;
    }
    // Gauss–Newton on (A, T) over the samples around the peak.
    const kLo = Math.max(0, Math.floor(T / this.dt));
    let kHi = Math.min(n - 1, kLo + Math.ceil((3.5 * this.peakNs) / this.dt));
    if (kHi < kLo + 3) kHi = Math.min(n - 1, kLo + 3);
    let chi2 = 0;
    let used = 0;
    for (let it = 0; it < 2; it++) {
      let sff = 0;
      let sfd = 0;
      let sdd = 0;
      let sfr = 0;
      let sdr = 0;
      const tab = this.tab;
      const inv = this.invStep;
      const last = this.tabLast;
      for (let k = kLo; k <= kHi; k++) {
        if (sat && samples[offset + k] >= this.adcMax) continue;
        // f and f′ from one table lookup (see shape() and slope()).
        const t = k * this.dt - T;
        let f = 0;
        let d = 0;
        if (t > 0) {
          const x = t * inv;
          const i = x | 0;
          if (i < last) {
            const v0 = tab[i];
            const dv = tab[i + 1] - v0;
            f = v0 + (x - i) * dv;
            d = -A * dv * inv;
          }
        }
        const res = y[k] - A * f;
        sff += f * f;
        sfd += f * d;
        sdd += d * d;
        sfr += f * res;
        sdr += d * res;
      }
      const det = sff * sdd - sfd * sfd;
      if (!(det > 1e-12 * (sff * sdd + 1e-30))) break;
      let dA = (sdd * sfr - sfd * sdr) / det;
      let dT = (sff * sdr - sfd * sfr) / det;
      if (dT > this.dt) dT = this.dt;
      else if (dT < -this.dt) dT = -this.dt;
      if (!Number.isFinite(dA)) dA = 0;
      A += dA;
      T += dT;
    }
    for (let k = kLo; k <= kHi; k++) {
      if (sat && samples[offset + k] >= this.adcMax) continue;
      const res = y[k] - A * this.shape(k * this.dt - T);
      chi2 += res * res;
      used++;
    }
    this.chi2ndf = used > 2 ? chi2 / (sigma * sigma * (used - 2)) : 0;
    let flags = PulseFlag.Fitted;
    if (sat) flags |= PulseFlag.Saturated;
    if (this.chi2ndf > this.odd || !(A > 0) || !Number.isFinite(A) || !Number.isFinite(T)) {
      flags |= PulseFlag.Odd;
      if (!Number.isFinite(A) || !Number.isFinite(T)) {
        A = a0;
        T = this.t0 + timeOffsetNs;
      }
    }
    this.amplitude = A;
    this.onsetNs = T;
    this.flags = flags;
  }

  /** Peak offset δ [ns] from the sample ratio ρ (binary search in the table, linear interpolation). */
  private deltaFromRatio(r: number): number {
    const rho = this.rho;
    let lo = 0;
    let hi = rho.length - 1;
    if (!(r > rho[lo])) return this.deltaLo;
    if (!(r < rho[hi])) return this.deltaLo + hi * this.deltaStep;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (rho[mid] <= r) lo = mid;
      else hi = mid;
    }
    const w = (r - rho[lo]) / (rho[hi] - rho[lo]);
    return this.deltaLo + (lo + w) * this.deltaStep;
  }

  /** Linear least-squares amplitude at onset T over all (unsaturated) samples. */
  private linearAmplitude(T: number, skipSaturated: boolean): number {
    let sfy = 0;
    let sff = 0;
    for (let k = 0; k < this.n; k++) {
      if (skipSaturated && this.y[k] + this.pedestal >= this.adcMax) continue;
      const f = this.shape(k * this.dt - T);
      sfy += f * this.y[k];
      sff += f * f;
    }
    return sff > 0 ? sfy / sff : 0;
  }

  /** The onset minimizing χ² with the linear amplitude: a scan in 5-ns steps over the window, then 1-ns steps around the best. */
  private scanOnset(timeOffsetNs: number, skipSaturated: boolean): number {
    const lo = Math.max(-this.peakNs, this.t0 + timeOffsetNs - 4 * this.dt);
    const hi = (this.n - 1) * this.dt - 0.5 * this.peakNs;
    let best = this.t0 + timeOffsetNs;
    let bestChi2 = Infinity;
    for (let T = lo; T <= hi; T += 5) {
      const c = this.onsetChi2(T, skipSaturated);
      if (c < bestChi2) {
        bestChi2 = c;
        best = T;
      }
    }
    const centre = best;
    for (let T = centre - 4; T <= centre + 4; T += 1) {
      const c = this.onsetChi2(T, skipSaturated);
      if (c < bestChi2) {
        bestChi2 = c;
        best = T;
      }
    }
    return best;
  }

  /** χ² (unit errors) of the pulse with onset T and its linear amplitude; a saturated sample counts only when the pulse stays below the clip there. */
  private onsetChi2(T: number, skipSaturated: boolean): number {
    const A = this.linearAmplitude(T, skipSaturated);
    let chi2 = 0;
    for (let k = 0; k < this.n; k++) {
      if (skipSaturated && this.y[k] + this.pedestal >= this.adcMax) {
        const need = this.adcMax - this.pedestal - A * this.shape(k * this.dt - T);
        if (need > 0) chi2 += need * need;
        continue;
      }
      const r = this.y[k] - A * this.shape(k * this.dt - T);
      chi2 += r * r;
    }
    return chi2;
  }
}
