/**
 * CLs with the asymptotic formulae of G. Cowan, K. Cranmer, E. Gross, O. Vitells,
 * "Asymptotic formulae for likelihood-based tests of new physics", arXiv:1007.1727
 * (Eur. Phys. J. C 71 (2011) 1554), as pyhf's `AsymptoticCalculator` (pyhf's defaults:
 * test statistic q̃_μ, calctype 'asymptotics').
 *
 *  - q_μ = −2 ln λ(μ) for μ̂ ≤ μ, 0 otherwise (eq. (14)); μ̂ is fitted within the POI bounds
 *    (for the usual [0, 10] that is q̃_μ of eq. (16) and q_μ alike — they differ only in the
 *    asymptotic distribution used below);
 *  - the Asimov dataset (§5): main and auxiliary data equal to their expectations at the
 *    background-only fit μ = 0, θ = θ̂̂(0) to the observed data; q_μ,A on it gives σ (eq. (32));
 *  - with t = √q_μ − √q_μ,A (q_μ; or q̃_μ with q̃_μ ≤ q_μ,A) and t = (q̃_μ − q_μ,A)/(2√q_μ,A)
 *    otherwise (eq. (66)): CL_s+b = Φ(−(t + √q_μ,A)), CL_b = Φ(−t), CLs = CL_s+b/CL_b;
 *  - expected band (eq. (89)–(90), as pyhf): CLs_exp(N) = Φ(−(N + √q_μ,A))/Φ(−N) for
 *    N = 2, 1, 0, −1, −2 (ascending CLs: the −2σ edge of the limit band first).
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { EmissError } from '../core/index.js';
import type { HistFactoryModel } from './build-model.js';
import { ModelFitter, observedData } from './fit-model.js';
import type { ModelData } from './fit-model.js';

/** Test statistics: q̃_μ (pyhf 'qtilde', default) or q_μ (pyhf 'q'). */
export type TestStatistic = 'qtilde' | 'q';

/** CLs at one POI value. */
export interface ClsResult {
  /** POI value tested. */
  mu: number;
  cls_obs: number;
  /** Expected CLs for N = 2, 1, 0, −1, −2 (−2σ … +2σ band of the limit, ascending). */
  cls_exp: number[];
  clsb_obs: number;
  clb_obs: number;
  /** Observed test statistic. */
  q_obs: number;
  /** Its Asimov value (asymptotic calculator only). */
  q_asimov?: number;
  /** Best-fit POI on the observed data. */
  mu_hat: number;
}

/** Options of the asymptotic calculator. */
export interface AsymptoticOptions {
  testStatistic?: TestStatistic;
  /** Data other than the model's observed data. */
  data?: ModelData;
}

/** The expected-band N values, in pyhf's order. */
export const BAND_SIGMAS = [2, 1, 0, -1, -2] as const;

const Phi = (x: number): number => normalCdf(x, 0, 1);

/**
 * An asymptotic calculator for one model and dataset: the free fits and the Asimov dataset are
 * computed once and reused for every μ (upper-limit scans call {@link cls} many times).
 */
export class AsymptoticCalculator {
  readonly model: HistFactoryModel;
  readonly testStatistic: TestStatistic;
  private readonly fitter: ModelFitter;
  private readonly data: ModelData;
  private readonly asimov: ModelData;
  private readonly nllHat: number;
  readonly muHat: number;
  private readonly parsHat: Float64Array;
  private readonly nllHatA: number;
  private readonly parsHatA: Float64Array;
  private readonly cacheA = new Map<number, number>();

  constructor(model: HistFactoryModel, options: AsymptoticOptions = {}) {
    this.model = model;
    this.testStatistic = options.testStatistic ?? 'qtilde';
    this.fitter = new ModelFitter(model);
    this.data = options.data ?? observedData(model);
    this.nllHat = this.fitter.minimize(this.data);
    this.parsHat = Float64Array.from(this.fitter.best);
    this.muHat = this.parsHat[model.poi];
    this.fitter.minimize(this.data, 0, this.parsHat);
    this.asimov = asimovData(model, this.fitter, this.fitter.best);
    this.nllHatA = this.fitter.minimize(this.asimov, undefined, this.fitter.best);
    this.parsHatA = Float64Array.from(this.fitter.best);
  }

  /** q_μ (or q̃_μ) on the observed data. */
  qObserved(mu: number): number {
    if (this.muHat > mu) return 0;
    const nll = this.fitter.minimize(this.data, mu, this.parsHat);
    return Math.max(0, 2 * (nll - this.nllHat));
  }

  /** q_μ,A on the Asimov dataset (μ' = 0). */
  qAsimov(mu: number): number {
    const hit = this.cacheA.get(mu);
    if (hit !== undefined) return hit;
    const pars = this.parsHatA;
    let q = 0;
    if (pars[this.model.poi] <= mu) q = Math.max(0, 2 * (this.fitter.minimize(this.asimov, mu, pars) - this.nllHatA));
    this.cacheA.set(mu, q);
    return q;
  }

  /** CLs (observed and expected) at POI value `mu`. */
  cls(mu: number): ClsResult {
    if (!(mu >= 0) || !Number.isFinite(mu)) throw new EmissError('BAD_OPTION', '--mu', `${mu} is not a valid POI value`, '≥ 0');
    const q = this.qObserved(mu);
    const qA = this.qAsimov(mu);
    const sq = Math.sqrt(q);
    const sqA = Math.sqrt(qA);
    let clsb: number;
    let clb: number;
    if (sqA === 0) {
      // No sensitivity (μ = 0 or a signal-free model): both hypotheses coincide, CLs = 1.
      clsb = Phi(-sq);
      clb = clsb;
    } else {
      const t = this.testStatistic === 'q' || sq < sqA ? sq - sqA : (q - qA) / (2 * sqA);
      clsb = Phi(-(t + sqA));
      clb = Phi(-t);
    }
    const cls_exp = BAND_SIGMAS.map((n) => (sqA === 0 ? 1 : Phi(-(n + sqA)) / Phi(-n)));
    return { mu, cls_obs: clb > 0 ? clsb / clb : 0, cls_exp, clsb_obs: clsb, clb_obs: clb, q_obs: q, q_asimov: qA, mu_hat: this.muHat };
  }
}

/** CLs at `mu` with the asymptotic formulae (pyhf `infer.hypotest` with its defaults). */
export function clsAsymptotic(model: HistFactoryModel, mu: number, options: AsymptoticOptions = {}): ClsResult {
  return new AsymptoticCalculator(model, options).cls(mu);
}

/**
 * The Asimov dataset at parameters `pars` (arXiv:1007.1727 §5; pyhf `generate_asimov_data`):
 * main data = ν(pars); auxiliary data = the constraint means at `pars` (θ for Gauss, γτ for Poisson).
 */
export function asimovData(model: HistFactoryModel, fitter: ModelFitter, pars: Float64Array): ModelData {
  const main = Float64Array.from(fitter.nll.expected(pars));
  const ng = model.gaussPar.length;
  const aux = new Float64Array(model.auxdata.length);
  for (let i = 0; i < ng; i++) aux[i] = pars[model.gaussPar[i]];
  for (let j = 0; j < model.poissonPar.length; j++) aux[ng + j] = pars[model.poissonPar[j]] * model.poissonTau[j];
  return { main, aux };
}

/** The expected CLs band at `mu` (N = 2, 1, 0, −1, −2; ascending), asymptotic. */
export function expectedBand(model: HistFactoryModel, mu: number, options: AsymptoticOptions = {}): number[] {
  return clsAsymptotic(model, mu, options).cls_exp;
}
