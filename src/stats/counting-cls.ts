/**
 * CLs upper limits for a single counting experiment (one signal box) with an uncertain
 * background and an uncertain signal scale, as in NA64's invisible-mode searches.
 *
 * CLs = CL_{s+b}/CL_b with the number of events as test statistic (A.L. Read, J. Phys. G 28
 * (2002) 2693, eqs. (4)–(6)): CL_{s+b}(s) = P(n ≤ n_obs | s + b), CL_b = P(n ≤ n_obs | b).
 * Systematic uncertainties are averaged over their priors (R.D. Cousins, V.L. Highland,
 * NIM A 320 (1992) 331): the background b ~ Gamma with the quoted mean and standard deviation,
 * the signal scale k ~ Gamma with mean 1 and the quoted relative uncertainty. The averages are
 * Gauss–Legendre sums over the prior's quantile u ∈ (0, 1), which is smooth for any shape.
 * For n_obs = 0, CLs = ⟨e^{−ks}⟩, so the 90% CL limit is ln 10 = 2.303 events whatever the
 * background; for a single count CLs equals the Bayesian limit with a uniform prior
 * (PDG RPP 2024, "Statistics", §40.4.1, Table 40.3).
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaincinv from '@stdlib/math-base-special-gammaincinv';
import { EmissError, findRoot, gaussLegendre } from '../core/index.js';

/** A counting experiment: what was observed and what was expected without signal. */
export interface CountingExperiment {
  /** Observed events in the signal box (integer ≥ 0). */
  observed: number;
  /** Expected background events b ≥ 0. */
  background: number;
  /** Absolute uncertainty on b (default 0). */
  backgroundUncertainty?: number;
  /** Relative uncertainty on the signal yield (default 0). */
  signalRelativeUncertainty?: number;
}

const QUANTILE_NODES = 48;

/** Quantiles of a Gamma prior with the given mean and standard deviation at the Gauss nodes on (0, 1). */
function gammaQuantiles(mean: number, sd: number): { values: Float64Array; weights: Float64Array } {
  const rule = gaussLegendre(QUANTILE_NODES);
  if (!(sd > 0) || !(mean > 0)) return { values: Float64Array.of(mean), weights: Float64Array.of(1) };
  const shape = (mean / sd) ** 2;
  const scale = (sd * sd) / mean;
  const values = new Float64Array(QUANTILE_NODES);
  const weights = new Float64Array(QUANTILE_NODES);
  for (let i = 0; i < QUANTILE_NODES; i++) {
    const u = 0.5 * (rule.nodes[i] + 1);
    values[i] = scale * gammaincinv(u, shape);
    weights[i] = 0.5 * rule.weights[i];
  }
  return { values, weights };
}

/** P(n ≤ N | μ) for a Poisson mean μ ≥ 0: the upper regularized incomplete gamma Q(N + 1, μ). */
function poissonCdf(N: number, mu: number): number {
  return mu <= 0 ? 1 : gammainc(mu, N + 1, true, true);
}

function validate(e: CountingExperiment): void {
  if (!(Number.isInteger(e.observed) && e.observed >= 0)) throw new EmissError('BAD_OPTION', 'observed', `${e.observed} is not a count`, 'an integer ≥ 0');
  if (!(e.background >= 0) || !Number.isFinite(e.background)) throw new EmissError('BAD_OPTION', 'background', `${e.background} must be ≥ 0`, '≥ 0');
  const sb = e.backgroundUncertainty ?? 0;
  if (!(sb >= 0) || !Number.isFinite(sb)) throw new EmissError('BAD_OPTION', 'backgroundUncertainty', `${sb} must be ≥ 0`, '≥ 0');
  const ss = e.signalRelativeUncertainty ?? 0;
  if (!(ss >= 0 && ss < 1)) throw new EmissError('BAD_OPTION', 'signalRelativeUncertainty', `${ss} must be in [0, 1)`, '0 ≤ σ < 1');
}

/** A function s ↦ CLs(s) for the experiment (priors precomputed). */
export function clsFunction(e: CountingExperiment): (signal: number) => number {
  validate(e);
  const b = gammaQuantiles(e.background, e.backgroundUncertainty ?? 0);
  const k = gammaQuantiles(1, e.signalRelativeUncertainty ?? 0);
  const N = e.observed;
  let clb = 0;
  for (let i = 0; i < b.values.length; i++) clb += b.weights[i] * poissonCdf(N, b.values[i]);
  return (s: number): number => {
    let clsb = 0;
    for (let i = 0; i < b.values.length; i++)
      for (let j = 0; j < k.values.length; j++) clsb += b.weights[i] * k.weights[j] * poissonCdf(N, b.values[i] + k.values[j] * s);
    return clsb / clb;
  };
}

/**
 * The upper limit on the number of signal events at confidence level `cl` (default 0.9):
 * the s where CLs(s) = 1 − cl. Returns events (2.303 for n_obs = 0 at 90% CL).
 */
export function clsUpperLimit(e: CountingExperiment, cl = 0.9): number {
  if (!(cl > 0 && cl < 1)) throw new EmissError('BAD_OPTION', 'cl', `${cl} is not a confidence level`, '0 < cl < 1');
  const cls = clsFunction(e);
  const alpha = 1 - cl;
  let hi = 10 + 2 * e.observed;
  while (cls(hi) > alpha) hi *= 2;
  return findRoot((s) => cls(s) - alpha, 0, hi, { what: 'clsUpperLimit', xTol: 1e-10 });
}
