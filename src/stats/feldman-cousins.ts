/**
 * Feldman–Cousins confidence intervals for a Poisson signal mean μ ≥ 0 with a known
 * background b (G.J. Feldman, R.D. Cousins, Phys. Rev. D 57 (1998) 3873, §IV.B):
 * for each μ the acceptance region in n is filled in decreasing order of the likelihood ratio
 * R(n) = P(n | μ + b)/P(n | μ_best + b), μ_best = max(0, n − b) (eq. (4.1)), until its
 * probability reaches CL; the interval for n_obs is the set of μ whose region contains n_obs.
 *
 * As in the paper's tables, μ runs over a grid (step 0.001 by default) and the interval ends
 * are the extreme grid points accepted, quoted to two decimals (e.g. the n = 0, b = 0 upper
 * end is 2.435 on the grid, 2.44 in Table IV). Where the accepted μ are not contiguous (the
 * paper's §IV.B remark for n = 0 and large b) the interval spans them all. Regions with a
 * probability above CL (discrete n) over-cover, as in the paper.
 */
import { EmissError } from '../core/index.js';

/** Options of {@link feldmanCousins}. */
export interface FeldmanCousinsOptions {
  /** μ grid step (default 0.001). */
  step?: number;
  /** Decimals of the quoted ends (default 2, as the paper's tables). */
  decimals?: number;
}

/** A Feldman–Cousins interval [lower, upper] on μ. */
export interface FcInterval {
  lower: number;
  upper: number;
}

/** 0 if n is in the acceptance region of mean μ + b at level cl, 1 if the region lies below n, 2 above; `p`, `r` are scratch of length nmax + 1. */
function accepted(n: number, mu: number, b: number, cl: number, nmax: number, p: Float64Array, r: Float64Array): 0 | 1 | 2 {
  const lam = mu + b;
  // Only a window of ±12√λ around λ matters (the probability outside is < 1e−30).
  const w = 12 * Math.sqrt(lam) + 12;
  const k0 = Math.max(0, Math.floor(lam - w));
  const k1 = Math.min(nmax, Math.ceil(lam + w));
  const logLam = Math.log(lam);
  for (let k = 0; k <= nmax; k++) {
    if (k < k0 || k > k1) {
      p[k] = 0;
      r[k] = 0;
      continue;
    }
    p[k] = lam > 0 ? Math.exp(k * logLam - lam - lgammaInt(k)) : k === 0 ? 1 : 0;
    const best = Math.max(k, b);
    const pBest = best > 0 ? Math.exp(k * Math.log(best) - best - lgammaInt(k)) : 1;
    r[k] = pBest > 0 ? p[k] / pBest : 0;
  }
  // R(n) is unimodal in n: grow the region from its maximum, taking the larger neighbour.
  let top = 0;
  for (let k = 1; k <= nmax; k++) if (r[k] > r[top]) top = k;
  let lo = top;
  let hi = top;
  let sum = p[top];
  while (sum < cl && (lo > 0 || hi < nmax)) {
    const left = lo > 0 ? r[lo - 1] : -1;
    const right = hi < nmax ? r[hi + 1] : -1;
    if (left >= right) sum += p[--lo];
    else sum += p[++hi];
  }
  return n < lo ? 2 : n > hi ? 1 : 0;
}

const LOG_FACT: number[] = [0];
function lgammaInt(k: number): number {
  for (let i = LOG_FACT.length; i <= k; i++) LOG_FACT.push(LOG_FACT[i - 1] + Math.log(i));
  return LOG_FACT[k];
}

/**
 * The Feldman–Cousins interval for `observed` events with known background `background` at
 * confidence level `cl` (default 0.9). PRD 57 (1998) 3873 Table IV (90%): n = 0, b = 0 →
 * [0, 2.44]; n = 6, b = 3 → [0.15, 8.47].
 */
export function feldmanCousins(observed: number, background: number, cl = 0.9, options: FeldmanCousinsOptions = {}): FcInterval {
  if (!(Number.isInteger(observed) && observed >= 0 && observed <= 10000)) throw new EmissError('BAD_OPTION', '--observed', `${observed} is not a count`, 'an integer from 0 to 10000');
  if (!(background >= 0) || !Number.isFinite(background)) throw new EmissError('BAD_OPTION', '--background', `${background} must be ≥ 0`, '≥ 0');
  if (!(cl > 0 && cl < 1)) throw new EmissError('BAD_OPTION', '--cl', `${cl} is not a confidence level`, '0 < cl < 1');
  const step = options.step ?? 0.001;
  if (!(step > 0 && step <= 1)) throw new EmissError('BAD_OPTION', 'step', `${step} is not a grid step`, '0 < step ≤ 1');
  const muMax = observed + 6 * Math.sqrt(observed + 1) + 10;
  const nmax = Math.ceil(muMax + background + 12 * Math.sqrt(muMax + background + 1) + 20);
  const p = new Float64Array(nmax + 1);
  const r = new Float64Array(nmax + 1);
  let lower = Number.NaN;
  let upper = Number.NaN;
  const steps = Math.ceil(muMax / step);
  for (let i = 0; i <= steps; i++) {
    const mu = i * step;
    const where = accepted(observed, mu, background, cl, nmax, p, r);
    if (where === 0) {
      if (Number.isNaN(lower)) lower = mu;
      upper = mu;
    } else if (where === 2) break; // regions only move up with μ

  }
  if (Number.isNaN(lower)) throw new EmissError('NUMERICAL', 'feldmanCousins', `no μ up to ${muMax} accepts n = ${observed} with b = ${background}`);
  const decimals = options.decimals ?? 2;
  return { lower: +lower.toFixed(decimals), upper: +upper.toFixed(decimals) };
}
