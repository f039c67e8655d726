/**
 * CLs upper limits on the POI (A.L. Read, J. Phys. G 28 (2002) 2693: μ_up is where
 * CLs(μ) = 1 − CL), observed and expected (−2σ … +2σ).
 *
 * Asymptotic expected limits use that CLs_exp(N) depends on μ only through √q_μ,A
 * (arXiv:1007.1727 eq. (89)–(90)): μ_up(N) solves √q_μ,A(μ) = −N − Φ⁻¹(α Φ(−N)), α = 1 − CL,
 * one Asimov fit per evaluation, by secant steps in ln √q_μ,A vs ln μ; the observed limit by
 * secant steps on Φ⁻¹(CLs_obs(μ)); bracketing + Brent as the fallback. Toy limits solve
 * CLs_toys(μ) = α by bracketing + Brent with the same seed at every μ (common random numbers keep
 * CLs(μ) monotone up to its toy fluctuation).
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { EmissError, findRoot } from '../core/index.js';
import type { HistFactoryModel } from './build-model.js';
import { AsymptoticCalculator, BAND_SIGMAS } from './cls-asymptotic.js';
import type { TestStatistic } from './cls-asymptotic.js';
import { ToyCalculator } from './cls-toys.js';
import type { ModelData } from './fit-model.js';

/** Options of {@link upperLimit}. */
export interface UpperLimitOptions {
  /** Confidence level (default 0.9). */
  cl?: number;
  /** 'asymptotics' (default) or 'toys'. */
  calculator?: 'asymptotics' | 'toys';
  testStatistic?: TestStatistic;
  /** Toys per hypothesis and seed (toys only). */
  toys?: number;
  seed?: number;
  data?: ModelData;
  /** Relative tolerance on μ (default 1e-6 asymptotic, 1e-3 toys). */
  rtol?: number;
}

/** Observed and expected upper limits on the POI. */
export interface UpperLimit {
  cl: number;
  mu_up_obs: number;
  /** Expected limits for N = −2, −1, 0, +1, +2 σ (ascending). */
  mu_up_exp: number[];
}

/**
 * The root of the increasing f near `guess`: brackets it by factors of 1.25 (then 2) around the
 * guess, then Brent. Every value of f is computed once (each costs one or two fits).
 */
function solveIncreasing(f0: (mu: number) => number, guess: number, rtol: number, what: string, model: HistFactoryModel): number {
  const memo = new Map<number, number>();
  const f = (mu: number): number => {
    let v = memo.get(mu);
    if (v === undefined) {
      v = f0(mu);
      memo.set(mu, v);
    }
    return v;
  };
  let hi = Math.max(guess, 1e-6) * 1.25;
  let lo = hi / 1.5625;
  let grow = 1.25;
  for (let i = 0; i < 80 && f(hi) < 0; i++) {
    lo = hi;
    hi *= grow;
    grow = Math.min(2, grow * 1.25);
  }
  if (f(hi) < 0) throw new EmissError('NUMERICAL', model.name, `${what}: CLs stays above 1 − CL up to ${model.parNames[model.poi]} = ${hi}`);
  let shrink = 1.25;
  for (let i = 0; i < 80 && f(lo) > 0; i++) {
    hi = lo;
    lo /= shrink;
    shrink = Math.min(2, shrink * 1.25);
    if (lo < 1e-9) return lo;
  }
  if (f(lo) === 0) return lo;
  return findRoot(f, lo, hi, { xTol: rtol * hi, what: `${model.name}: ${what}` });
}

/** The CLs upper limit on the POI at confidence level `cl` (default 90%), observed and expected. */
export function upperLimit(model: HistFactoryModel, options: UpperLimitOptions = {}): UpperLimit {
  const cl = options.cl ?? 0.9;
  if (!(cl > 0 && cl < 1)) throw new EmissError('BAD_OPTION', '--cl', `${cl} is not a confidence level`, '0 < cl < 1');
  const alpha = 1 - cl;
  if ((options.calculator ?? 'asymptotics') === 'toys') {
    const calc = new ToyCalculator(model, { toys: options.toys, seed: options.seed, data: options.data });
    const rtol = options.rtol ?? 1e-3;
    const asy = new AsymptoticCalculator(model, { data: options.data, testStatistic: options.testStatistic });
    const guess = asymptoticGuess(asy, alpha, 0);
    const mu_up_obs = solveIncreasing((mu) => alpha - calc.cls(mu).cls_obs, guess, rtol, 'observed toy limit', model);
    const mu_up_exp = [0, 1, 2, 3, 4].map((i) => solveIncreasing((mu) => alpha - calc.cls(mu).cls_exp[i], asymptoticGuess(asy, alpha, BAND_SIGMAS[i]), rtol, 'expected toy limit', model));
    return { cl, mu_up_obs, mu_up_exp };
  }
  const calc = new AsymptoticCalculator(model, { testStatistic: options.testStatistic, data: options.data });
  const rtol = options.rtol ?? 1e-6;
  // √q_μ,A ∝ μ for a Gaussian likelihood (arXiv:1007.1727 eq. (31)) and close to a power of μ
  // for Poisson counts: secant steps on ln √q_μ,A against ln μ; each band starts from the
  // previous band's solution and log-log slope (two or three Asimov fits per band).
  const lnSqrtQA = (u: number): number => 0.5 * Math.log(calc.qAsimov(Math.exp(u)));
  let prev: { u: number; v: number; slope: number } | undefined;
  const mu_up_exp = BAND_SIGMAS.map((n) => {
    const target = -n - normalQuantile(alpha * normalCdf(-n, 0, 1), 0, 1);
    const lt = Math.log(target);
    let u0: number;
    let g0: number;
    let slope: number;
    if (prev) {
      u0 = prev.u;
      g0 = prev.v - lt;
      slope = prev.slope;
    } else {
      u0 = Math.log(asymptoticGuess(calc, alpha, n));
      g0 = lnSqrtQA(u0) - lt;
      slope = 1;
    }
    const r = Number.isFinite(g0) ? secantRoot((u) => lnSqrtQA(u) - lt, u0, g0, u0 - g0 / slope, rtol, 0.1 * rtol, -Infinity) : undefined;
    if (r) {
      prev = { u: r.x, v: r.g + lt, slope: r.slope };
      return Math.exp(r.x);
    }
    return solveIncreasing((mu) => Math.sqrt(calc.qAsimov(mu)) - target, Math.exp(u0), rtol, `expected limit (${-n}σ)`, model);
  });
  // Observed: secant on Φ⁻¹(CLs) − Φ⁻¹(α), nearly linear in μ, from the median expected limit.
  const zAlpha = normalQuantile(alpha, 0, 1);
  const h = (mu: number): number => normalQuantile(Math.min(calc.cls(mu).cls_obs, 1 - 1e-16), 0, 1) - zAlpha;
  const start = Math.max(mu_up_exp[2], calc.muHat);
  const mu_up_obs = secantRoot(h, start, h(start), start * 1.05, rtol, 0.1 * rtol)?.x ?? solveIncreasing((mu) => alpha - calc.cls(mu).cls_obs, start, rtol, 'observed limit', model);
  return { cl, mu_up_obs, mu_up_exp };
}

/**
 * A root of g by secant steps from x0 (where g = g0) and x1 (both > xmin), stopped when |g| <
 * `gtol` or the step is below rtol·max(1, |x|); returns the root, g there and the last secant
 * slope, or undefined if the iteration leaves (xmin, ∞) or does not settle within 30 steps (the
 * caller then brackets and uses Brent).
 */
function secantRoot(g: (x: number) => number, x0: number, g0: number, x1: number, rtol: number, gtol: number, xmin = 0): { x: number; g: number; slope: number } | undefined {
  if (Math.abs(g0) < gtol) return { x: x0, g: g0, slope: 1 };
  for (let i = 0; i < 30; i++) {
    if (!(x1 > xmin) || !Number.isFinite(x1)) return undefined;
    const g1 = g(x1);
    if (!Number.isFinite(g1) || g1 === g0) return undefined;
    const slope = (g1 - g0) / (x1 - x0);
    if (Math.abs(g1) < gtol || Math.abs(x1 - x0) <= rtol * Math.max(1, Math.abs(x1))) return { x: x1, g: g1, slope };
    x0 = x1;
    g0 = g1;
    x1 -= g1 / slope;
  }
  return undefined;
}

/** A first guess of the expected limit: σ from q_A at μ = 1 (arXiv:1007.1727 eq. (32)). */
function asymptoticGuess(calc: AsymptoticCalculator, alpha: number, n: number): number {
  const q1 = calc.qAsimov(1);
  const sigma = q1 > 0 ? 1 / Math.sqrt(q1) : 1;
  const target = -n - normalQuantile(alpha * normalCdf(-n, 0, 1), 0, 1);
  return Math.max(1e-3, sigma * target);
}
