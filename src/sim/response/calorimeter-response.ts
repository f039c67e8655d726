/**
 * The energy a calorimeter cell or counter measures for a deposit: sampling fluctuations, then
 * photo-statistics.
 *
 *  1. Sampling: a fluctuation of mean 0 and variance a²·E_dep per cell. A shower shares its
 *     energy E among cells; the variances add, so the sum over the cells has variance a²·E:
 *     the stochastic term σ/E = a/√E (a = the setup's samplingStochastic) of
 *     σ/E = a/√E ⊕ b/E ⊕ c (C.W. Fabjan, F. Gianotti, Rev. Mod. Phys. 75 (2003) 1243).
 *  2. Photo-statistics: N_pe ~ Poisson(p·E_s), p = photoelectronsPerGeV (per GeV of deposited
 *     energy); the measured energy is N_pe/p.
 *
 * So E_meas has mean E_dep and variance a²E_dep + E_dep/p per cell, a²E + E/p for a sum.
 *
 * The shape of a fluctuation of mean E and variance V: a Gaussian where σ/E = √V/E ≤ 1/3 (it
 * then goes below 0 with probability ≤ 0.13%, and clipping it at 0 raises the mean by
 * ≤ σ·(φ(3) − 3Φ(−3)) = 4e-4·σ, ≤ 1.3e-4 of E); below, for small deposits, a Gamma distribution
 * with the same mean and variance (shape E²/V, scale V/E), which stays positive. A Gaussian
 * clipped at 0 would bias small deposits upwards — threefold for 10 MeV in an HCAL cell
 * (a = 0.6) — and a sampling calorimeter does see most small deposits as nearly nothing and a
 * few as a hit in a scintillator layer, as the skewed Gamma does.
 *
 * Both steps become one fluctuation of variance a²E_dep + E_dep/p (10 ns instead of 80–150 ns
 * per cell) when photo-statistics is Gaussian — p·E_dep ≥ 1000 photo-electrons, skewness
 * 1/√μ < 0.032 — or negligible beside the sampling term — a²·p ≥ 10: the photo-statistics
 * variance is ≤ 10% of the sampling variance (NA64 ECAL a²p = 20, HCAL 180). Counters and the
 * SRD (a = 0) keep Poisson photo-statistics below 1000 photo-electrons.
 *
 * The result is on the deposited-energy scale (what a calibrated channel reads); the energy in
 * the active medium is samplingFraction times it (photoelectronsPerGeV and adcPerGeV are
 * defined per GeV deposited, geometry-schema.ts, so the sampling fraction does not enter the
 * signal).
 */
import type { RandomStream } from '../../core/index.js';

/** Mean number of photo-electrons above which photo-statistics is drawn as a Gaussian. */
export const POISSON_GAUSSIAN_MEAN = 1000;
/** a²·p [photo-electrons] above which the sampling term dominates and one Gaussian draws both fluctuations. */
export const SAMPLING_DOMINATES_A2P = 10;
/** (mean/σ)² from which a fluctuation is drawn as a Gaussian (σ/mean ≤ 1/3), below as a Gamma. */
export const GAUSSIAN_MIN_SHAPE = 9;

/**
 * Measured energy [GeV, deposited-energy scale] of a cell with a deposit eDepGeV [GeV], for
 * photoelectronsPerGeV [1/GeV] and the stochastic sampling term samplingStochastic [GeV^½].
 * Returns 0 for eDepGeV ≤ 0. Draws from rng: one normalFast in the Gaussian regime; else one
 * normalFast (if a > 0) and one Poisson (or normalFast if the sampled mean reaches 1000).
 */
export function measuredCellEnergy(eDepGeV: number, photoelectronsPerGeV: number, samplingStochastic: number, rng: RandomStream): number {
  if (!(eDepGeV > 0)) return 0;
  const a2 = samplingStochastic * samplingStochastic;
  if (photoelectronsPerGeV * eDepGeV >= POISSON_GAUSSIAN_MEAN || a2 * photoelectronsPerGeV >= SAMPLING_DOMINATES_A2P) {
    return fluctuate(eDepGeV, a2 * eDepGeV + eDepGeV / photoelectronsPerGeV, rng);
  }
  const e = a2 > 0 ? fluctuate(eDepGeV, a2 * eDepGeV, rng) : eDepGeV;
  const mu = photoelectronsPerGeV * e;
  let npe: number;
  if (mu < POISSON_GAUSSIAN_MEAN) npe = rng.poisson(mu);
  else {
    npe = mu + Math.sqrt(mu) * rng.normalFast();
    if (npe < 0) npe = 0;
  }
  return npe / photoelectronsPerGeV;
}

/**
 * A positive variate of mean m > 0 and variance v ≥ 0: Gaussian (normalFast: its 16-bit
 * quantile table, tails cut at 4.4σ, is ample for a fluctuation) if m² ≥ 9v, else Gamma of
 * shape m²/v and scale v/m ({@link gammaFast}).
 */
export function fluctuate(m: number, v: number, rng: RandomStream): number {
  if (!(v > 0)) return m;
  if (m * m >= GAUSSIAN_MIN_SHAPE * v) {
    const x = m + Math.sqrt(v) * rng.normalFast();
    return x > 0 ? x : 0;
  }
  return (v / m) * gammaFast((m * m) / v, rng);
}

/**
 * Gamma(shape, 1) for shape > 0 by Marsaglia–Tsang (ACM TOMS 26 (2000) 363; shape < 1 by the
 * boost X·U^{1/shape}, ibid. §6), as RandomStream.gamma but with the 16-bit table normal
 * (normalFast) and the squeeze test first: ~35 ns instead of ~80 ns a draw, for the
 * fluctuations of small deposits in the event loop. The table's discreteness (steps of
 * ~4e-5σ near 0) and its ±4.4σ cut are far below what a fluctuation can show.
 */
export function gammaFast(shape: number, rng: RandomStream): number {
  let boost = 1;
  if (shape < 1) {
    boost = Math.pow(rng.uniform(), 1 / shape);
    shape += 1;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normalFast();
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v * boost;
  }
}
