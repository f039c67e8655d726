/**
 * Straw calibration from drift-time spectra: t0 per tube, and per plane the maximum drift time
 * T and the non-linearity κ of r(t) = R·[(1 + κ)s − κs²], s = (t − t0)/T (straw-rt.ts).
 *
 *  1. Background: noise hits and out-of-time pile-up are flat in the TDC window; per tube, its
 *     level per bin from the bins with hits outside the signal window [2% − 15 ns, 98% + 15 ns]
 *     of the plane's spectrum (iterated from the outside in).
 *  2. t0 per tube: leading-edge fit (straw-edge-fit.ts).
 *  3. The plane's tubes aligned on their t0 and summed: uniform illumination holds for a plane,
 *     not for a tube (the beam profile curves over a 6 mm tube), so the plane's r(t) needs a
 *     common t0 — pooling without alignment biased T by up to 3 ns on simulated NA64e data.
 *  4. T: trailing-edge fit of the aligned spectrum (the same model, mirrored: the edge at
 *     t0 + T where tracks pass at the tube wall), T = t_edge − t̄0.
 *  5. κ by the integration method: for tracks spread uniformly over the tube the fraction of
 *     hits with drift time below t equals r(t)/R,
 *       r(t) = R · ∫₀ᵗ (dN/dt′) dt′ / N
 *     (W. Blum, W. Riegler, L. Rolandi, Particle Detection with Drift Chambers, 2nd ed.,
 *     Springer 2008, §9.2, the r–t relation from the drift-time spectrum). A beam that is not
 *     wide against the tube does not spread r uniformly: with the beam profile measured from
 *     the tubes' hit counts (a Gaussian) the fraction is F(t) = F_illum(r(t)/R), and r(t)/R =
 *     F_illum⁻¹(F(t)) = s + κ(s − s²): a one-parameter least-squares fit over the cumulative
 *     fractions between 25% and 85% (several σ_t from both edges). (For NA64e's 3.3 mm beam on
 *     6 mm tubes the folded profile ripples by only ±0.6%, 2·exp(−2π²σ²/p²), and the correction
 *     is small.) The Gaussian time resolution shifts the observed F of a quadratic r(t) by
 *     F″σ²/2 = −κσ²/T², corrected for (one iteration).
 *
 * Errors: t0 and the trailing edge from the deviance curvature; κ from the multinomial
 * covariance of the cumulative counts, Cov(C_j, C_l) = N·F_j·(1 − F_l) for t_j ≤ t_l (the
 * Brownian bridge of the empirical distribution function, A.W. van der Vaart, Asymptotic
 * Statistics (1998) §19.1), the Poisson noise of the subtracted background and the error of its
 * level, plus the propagated error of T.
 */
import type { StrawCalibration } from '../../sim/response/true-calibration.js';
import { fitEdge } from './straw-edge-fit.js';

/** Relative systematic error of T from the edge model of the drift-time spectrum (docs/tracking.md). */
const EDGE_MODEL_SYSTEMATIC = 0.003;
import type { StrawTimeSpectra } from './straw-time-spectra.js';

/** What the calibration of one straw element found. */
export interface StrawRtResult {
  /** The constants, in the shape of the true calibration (tubes without a fit: their plane's mean t0). */
  calibration: StrawCalibration;
  /** Statistical error of t0 per tube [ns] (0 where not fitted). */
  t0ErrNs: number[];
  /** 1 where the tube's t0 was fitted. */
  tubeFitted: number[];
  /** Signal hits per tube (background subtracted). */
  tubeHits: number[];
  /** Errors of T [ns] and κ per plane. */
  maxDriftTimeErrNs: number[];
  rtNonLinearityErr: number[];
  /** 1 where T and κ were fitted (else T nominal and κ = 0). */
  planeFitted: number[];
  /** Signal hits per plane. */
  planeHits: number[];
}

/** Options of {@link calibrateStrawRt}. */
export interface StrawRtOptions {
  /** Fewest signal hits for a tube's t0 fit (200; below, the edge fit has outliers). */
  minTubeHits?: number;
  /** Fewest signal hits for a plane's r(t) (1000). */
  minPlaneHits?: number;
}

/** Time [ns] at which the cumulative of h first reaches the fraction f of total. */
function quantile(h: Float64Array, total: number, f: number, minNs: number, binNs: number): number {
  let c = 0;
  for (let b = 0; b < h.length; b++) {
    const next = c + h[b];
    if (next >= f * total && h[b] > 0) return minNs + (b + (f * total - c) / h[b]) * binNs;
    c = next;
  }
  return minNs + h.length * binNs;
}

/**
 * The fraction of a plane's hits with distance below ρ·R from their wire, for a Gaussian beam
 * profile of mean mu and width sd (in pitches, tube i covering [i, i + 1)) over the tubes
 * 0 … nT − 1: tabulated on ILLUM_POINTS + 1 points of ρ ∈ [0, 1] into illum (uniform: ρ).
 * A tube at u_i sees tracks at r with density G(u_i + r) + G(u_i − r) (r ≤ p/2); summed over
 * the tubes this is uniform for sd ≫ p, not for NA64's beam (sd ≈ p/2), where the folded
 * profile ripples by a few percent over a tube.
 */
function illumination(mu: number, sd: number, nT: number): void {
  const inv = 1 / (sd * Math.SQRT2);
  illum[0] = 0;
  let c = 0;
  let prev = 0;
  for (let k = 0; k <= ILLUM_POINTS; k++) {
    const r = (0.5 * k) / ILLUM_POINTS;
    let d = 0;
    for (let i = 0; i < nT; i++) {
      const w = i + 0.5;
      const a = (w + r - mu) * inv;
      const b = (w - r - mu) * inv;
      d += Math.exp(-a * a) + Math.exp(-b * b);
    }
    if (k > 0) c += 0.5 * (d + prev);
    illum[k] = c;
    prev = d;
  }
  for (let k = 0; k <= ILLUM_POINTS; k++) illum[k] /= c;
}

/** ρ at which the tabulated illumination CDF reaches F (linear interpolation). */
function illuminationInverse(F: number): number {
  if (F <= 0) return 0;
  if (F >= 1) return 1;
  let lo = 0;
  let hi = ILLUM_POINTS;
  while (hi - lo > 1) {
    const m = (lo + hi) >> 1;
    if (illum[m] < F) lo = m;
    else hi = m;
  }
  const f = (F - illum[lo]) / (illum[hi] - illum[lo]);
  return (lo + f) / ILLUM_POINTS;
}

const ILLUM_POINTS = 400;
const illum = new Float64Array(ILLUM_POINTS + 1);

/**
 * κ of r(t)/R = s + κ(s − s²), s = (t − t0)/T, from the background-subtracted aligned spectrum
 * h over 25% ≤ F ≤ 85%: r/R = F_illum⁻¹(F − δ) with the illumination CDF of `illum` and the
 * smearing correction δ = F″σ²/2 = −κσ²/T² (one iteration); [κ, σ_κ(stat)] or null.
 */
function fitKappa(h: Float64Array, minNs: number, binNs: number, t0: number, T: number, sigma: number, bkg: Background): [number, number] | null {
  let N = 0;
  for (let b = 0; b < h.length; b++) N += h[b];
  if (!(N > 0) || !(T > 0)) return null;
  const t25 = quantile(h, N, 0.25, minNs, binNs);
  const t85 = quantile(h, N, 0.85, minNs, binNs);
  let kappa = 0;
  let variance = 0;
  for (let it = 0; it < 2; it++) {
    const shift = (-kappa * sigma * sigma) / (T * T);
    let sgy = 0;
    let sgg = 0;
    let c = 0;
    let m = 0;
    for (let b = 0; b < h.length; b++) {
      c += h[b];
      const t = minNs + (b + 1) * binNs;
      if (t < t25 || t > t85) continue;
      const s = (t - t0) / T;
      const g = s - s * s;
      const F = c / N;
      const rho = illuminationInverse(F - shift);
      // dρ/dF: the local scale of F's noise in ρ.
      const dr = (illuminationInverse(F - shift + 1e-4) - illuminationInverse(F - shift - 1e-4)) / 2e-4;
      sgy += g * (rho - s);
      sgg += g * g;
      if (m < MAX_POINTS) {
        ptG[m] = g * dr;
        ptB[m] = b;
        ptF[m++] = F;
      }
    }
    if (!(sgg > 0)) return null;
    kappa = sgy / sgg;
    // var(κ̂) = Σ_jl w_j w_l Cov(F_j, F_l), w = g·dρ/dF/Σg², Cov = F_j(1 − F_l)/N (t_j ≤ t_l).
    let v = 0;
    let run = 0;
    for (let l = 0; l < m; l++) {
      const wl = ptG[l] / sgg;
      v += wl * wl * ptF[l] * (1 - ptF[l]) + 2 * wl * (1 - ptF[l]) * run;
      run += wl * ptF[l];
    }
    variance = v / N;
    // Subtracted background: dF_j = (dC_j − F_j dN)/N with C_j, N shifted by (a) the Poisson
    // noise of the background counts in the window bins and (b) the error of the estimated level
    // per bin (b̂ from the out-of-window bins): dκ = Σ_j w_j dF_j.
    let wf = 0;
    let wm = 0;
    for (let j = 0; j < m; j++) {
      const w = ptG[j] / sgg;
      wf += w * ptF[j];
      wm += w * (ptB[j] - bkg.lo + 1);
    }
    let va = 0;
    let suffix = 0;
    let j = m - 1;
    for (let b = bkg.hi; b >= bkg.lo; b--) {
      while (j >= 0 && ptB[j] >= b) suffix += ptG[j--] / sgg;
      const A = (suffix - wf) / N;
      va += A * A * bkg.perBin;
    }
    const cb = (wm - (bkg.hi - bkg.lo + 1) * wf) / N;
    variance += va + cb * cb * bkg.levelVariance;
  }
  return [kappa, Math.sqrt(Math.max(variance, 0))];
}

/** The background subtracted from a plane's aligned spectrum. */
interface Background {
  /** Window bins lo … hi. */
  lo: number;
  hi: number;
  /** Background counts per bin (sum over the tubes) and the variance of that estimate. */
  perBin: number;
  levelVariance: number;
}

const MAX_POINTS = 4096;
const ptG = new Float64Array(MAX_POINTS);
const ptF = new Float64Array(MAX_POINTS);
const ptB = new Int32Array(MAX_POINTS);

/**
 * Calibrates every straw element of the spectra: t0 per tube, T and κ per plane, with errors.
 * Pure (reads the histograms only).
 */
export function calibrateStrawRt(spectra: StrawTimeSpectra, options: StrawRtOptions = {}): StrawRtResult[] {
  const minTube = options.minTubeHits ?? 200;
  const minPlane = options.minPlaneHits ?? 1000;
  const { nBins, binNs, minNs, counts } = spectra;
  const results: StrawRtResult[] = [];
  const h = new Float64Array(nBins);
  const hk = new Float64Array(nBins);
  const raw = new Float64Array(nBins);
  const al = new Float64Array(nBins);
  const alRaw = new Float64Array(nBins);
  const rev = new Float64Array(nBins);
  for (const e of spectra.elements) {
    const nT = e.tubesPerPlane;
    const t0Ns = new Array<number>(e.nPlanes * nT).fill(0);
    const t0ErrNs = new Array<number>(e.nPlanes * nT).fill(0);
    const tubeFitted = new Array<number>(e.nPlanes * nT).fill(0);
    const tubeHits = new Array<number>(e.nPlanes * nT).fill(0);
    const tubeBkg = new Float64Array(nT);
    const maxDriftTimeNs = new Array<number>(e.nPlanes).fill(e.nominalMaxDriftNs);
    const rtNonLinearity = new Array<number>(e.nPlanes).fill(0);
    const maxDriftTimeErrNs = new Array<number>(e.nPlanes).fill(0);
    const rtNonLinearityErr = new Array<number>(e.nPlanes).fill(0);
    const planeFitted = new Array<number>(e.nPlanes).fill(0);
    const planeHits = new Array<number>(e.nPlanes).fill(0);
    const sigma = e.timeResolutionNs > 0 ? e.timeResolutionNs : 1;
    const tNominal = e.nominalMaxDriftNs > 0 ? e.nominalMaxDriftNs : 60;
    for (let p = 0; p < e.nPlanes; p++) {
      const tube0 = e.firstTube + p * nT;
      h.fill(0);
      for (let i = 0; i < nT; i++) {
        const o = (tube0 + i) * nBins;
        for (let b = 0; b < nBins; b++) h[b] += counts[o + b];
      }
      let total = 0;
      let lastBin = -1;
      let firstBin = -1;
      for (let b = 0; b < nBins; b++) {
        total += h[b];
        if (h[b] > 0) {
          lastBin = b;
          if (firstBin < 0) firstBin = b;
        }
      }
      if (total === 0) continue;
      // 1. Signal window and background level, iterated from the outside in.
      let sigLo = firstBin;
      let sigHi = lastBin;
      let bkgPerBin = 0;
      for (let it = 0; it < 4; it++) {
        hk.fill(0);
        let sig = 0;
        for (let b = firstBin; b <= lastBin; b++) {
          hk[b] = h[b] - bkgPerBin;
          sig += hk[b];
        }
        if (!(sig > 0)) break;
        sigLo = Math.max(Math.floor((quantile(hk, sig, 0.02, minNs, binNs) - 15 - minNs) / binNs), firstBin);
        sigHi = Math.min(Math.ceil((quantile(hk, sig, 0.98, minNs, binNs) + 15 - minNs) / binNs), lastBin);
        let out = 0;
        let nOut = 0;
        for (let b = firstBin; b <= lastBin; b++) {
          if (b >= sigLo && b <= sigHi) continue;
          out += h[b];
          nOut++;
        }
        bkgPerBin = nOut > 0 ? out / nOut : 0;
      }
      // 2. Tubes: own background (pile-up follows the beam profile, noise is uniform) and t0.
      let wSum = 0;
      let wT0 = 0;
      let wVar = 0;
      let bkgVar = 0;
      for (let i = 0; i < nT; i++) {
        const o = (tube0 + i) * nBins;
        for (let b = 0; b < nBins; b++) raw[b] = counts[o + b];
        let out = 0;
        let nOut = 0;
        for (let b = firstBin; b <= lastBin; b++) {
          if (b >= sigLo && b <= sigHi) continue;
          out += raw[b];
          nOut++;
        }
        const bTube = nOut > 0 ? out / nOut : 0;
        tubeBkg[i] = bTube;
        bkgVar += nOut > 0 ? bTube / nOut : 0;
        let n = 0;
        for (let b = sigLo; b <= sigHi; b++) n += raw[b] - bTube;
        tubeHits[p * nT + i] = n;
        if (n < minTube) continue;
        // Guess: the tube's 5% quantile less the drift time of 5% of the radius (nominal).
        let c = 0;
        let tGuess = NaN;
        for (let b = sigLo; b <= sigHi; b++) {
          c += raw[b] - bTube;
          if (c >= 0.05 * n) {
            tGuess = minNs + (b + 1) * binNs - (0.05 * tNominal) / 1.4;
            break;
          }
        }
        const f = fitEdge(raw, nBins, minNs, binNs, tGuess, sigma, bTube);
        if (!f) continue;
        t0Ns[p * nT + i] = f[0];
        t0ErrNs[p * nT + i] = f[1];
        tubeFitted[p * nT + i] = 1;
        wSum += n;
        wT0 += n * f[0];
        wVar += n * n * f[1] * f[1];
      }
      const tMean = wSum > 0 ? wT0 / wSum : NaN;
      const tMeanErr = wSum > 0 ? Math.sqrt(wVar) / wSum : 0;
      // 3. Tubes aligned on their t0 (linear sharing between bins), raw and background-subtracted.
      al.fill(0);
      alRaw.fill(0);
      let bAll = 0;
      for (let i = 0; i < nT; i++) {
        const shift = tubeFitted[p * nT + i] ? (t0Ns[p * nT + i] - tMean) / binNs : 0;
        const m = Math.floor(shift);
        const fr = shift - m;
        const o = (tube0 + i) * nBins;
        bAll += tubeBkg[i];
        for (let b = firstBin; b <= lastBin; b++) {
          const n = counts[o + b];
          const v = b >= sigLo && b <= sigHi ? n - tubeBkg[i] : 0;
          const d = b - m;
          if (d >= 0 && d < nBins) {
            al[d] += (1 - fr) * v;
            alRaw[d] += (1 - fr) * n;
          }
          if (d - 1 >= 0 && d - 1 < nBins) {
            al[d - 1] += fr * v;
            alRaw[d - 1] += fr * n;
          }
        }
      }
      let signal = 0;
      for (let b = 0; b < nBins; b++) signal += al[b];
      planeHits[p] = signal;
      if (!Number.isFinite(tMean)) continue;
      for (let i = 0; i < nT; i++) if (!tubeFitted[p * nT + i]) t0Ns[p * nT + i] = tMean;
      if (signal < minPlane) continue;
      // 4. Trailing edge: the aligned raw spectrum mirrored in time (bin j ↔ nBins − 1 − j).
      for (let j = 0; j < nBins; j++) rev[j] = alRaw[nBins - 1 - j];
      const revMin = -(minNs + nBins * binNs);
      const tEndGuess = quantile(al, signal, 0.97, minNs, binNs) + (0.03 * tNominal) / 0.6;
      const te = fitEdge(rev, nBins, revMin, binNs, -tEndGuess, sigma, bAll);
      if (!te) continue;
      const T = -te[0] - tMean;
      const errT = Math.sqrt(te[1] * te[1] + tMeanErr * tMeanErr);
      // 5. κ by integration over the plane's illumination: the beam profile (mean, r.m.s. less
      //    the p²/12 of the tube binning — Sheppard's correction) from the tubes' signal hits.
      let sn = 0;
      let su = 0;
      let suu = 0;
      for (let i = 0; i < nT; i++) {
        const n = Math.max(tubeHits[p * nT + i], 0);
        sn += n;
        su += n * (i + 0.5);
        suu += n * (i + 0.5) * (i + 0.5);
      }
      const mu = su / sn;
      const sd = Math.sqrt(Math.max(suu / sn - mu * mu - 1 / 12, 0.01));
      illumination(mu, sd, nT);
      const bkg: Background = { lo: sigLo, hi: sigHi, perBin: bAll, levelVariance: bkgVar };
      const k0 = fitKappa(al, minNs, binNs, tMean, T, sigma, bkg);
      const k1 = fitKappa(al, minNs, binNs, tMean, T + 0.1, sigma, bkg);
      if (!k0 || !k1) continue;
      const dkdT = (k1[0] - k0[0]) / 0.1;
      const errK = Math.sqrt(k0[1] * k0[1] + dkdT * dkdT * errT * errT);
      // A fit that went wrong leaves the plane unfitted (never a NaN in the constants).
      if (![T, errT, k0[0], errK].every(Number.isFinite) || !(T > 0)) continue;
      maxDriftTimeNs[p] = T;
      // The statistical error ⊕ the edge model's systematic, 0.3% of T (docs/tracking.md: the
      // residual scatter of T at 48 000 events beyond its statistical error).
      maxDriftTimeErrNs[p] = Math.hypot(errT, EDGE_MODEL_SYSTEMATIC * T);
      rtNonLinearity[p] = k0[0];
      rtNonLinearityErr[p] = errK;
      planeFitted[p] = 1;
    }
    results.push({
      calibration: { element: e.name, t0Ns, maxDriftTimeNs, rtNonLinearity },
      t0ErrNs,
      tubeFitted,
      tubeHits,
      maxDriftTimeErrNs,
      rtNonLinearityErr,
      planeFitted,
      planeHits,
    });
  }
  return results;
}
