/**
 * CLs from pseudo-experiments (toys), as pyhf's `ToyCalculator` (calctype 'toys'):
 *  - toys are drawn from the full model (main Poisson counts and the constraint terms' auxiliary
 *    data: Gauss aux ~ N(θ, σ), shapesys aux ~ Poisson(γτ)) at the conditional fits to the
 *    observed data θ̂̂(μ) (signal + background) and θ̂̂(0) (background only);
 *  - the test statistic q_μ (bounded μ̂, clipped to 0 for μ̂ > μ; arXiv:1007.1727 eq. (14)/(16))
 *    is refitted on every toy;
 *  - CL_s+b = P(q ≥ q_obs | μ), CL_b = P(q ≥ q_obs | 0), CLs = CL_s+b/CL_b (A.L. Read,
 *    J. Phys. G 28 (2002) 2693);
 *  - the expected band: CLs computed with each background-only toy as observed, at the
 *    quantiles Φ(−N) = 2.3, 15.9, 50, 84.1, 97.7 % (pyhf `ToyCalculator.expected_pvalues`).
 * Random numbers: RandomStream(seed, toy index, substream 0 for s+b, 1 for b), so the result
 * depends only on the seed. The toy loop allocates nothing.
 */
import { EmissError, RandomStream } from '../core/index.js';
import type { HistFactoryModel } from './build-model.js';
import type { ClsResult } from './cls-asymptotic.js';
import { ModelFitter, observedData } from './fit-model.js';
import type { ModelData } from './fit-model.js';

/** Options of {@link clsToys}. */
export interface ToyOptions {
  /** Toys per hypothesis (default 1000). */
  toys?: number;
  /** Seed of the random streams (default 1). */
  seed?: number;
  data?: ModelData;
}

/** A toy calculator: fits to the observed data once, toys per μ. */
export class ToyCalculator {
  readonly model: HistFactoryModel;
  private readonly fitter: ModelFitter;
  private readonly data: ModelData;
  private readonly toys: number;
  private readonly seed: number;
  private readonly nllHat: number;
  readonly muHat: number;
  private readonly parsHat: Float64Array;
  private readonly toy: ModelData;
  private readonly gen: Float64Array;
  private readonly rng = new RandomStream(0, 0);

  constructor(model: HistFactoryModel, options: ToyOptions = {}) {
    const toys = options.toys ?? 1000;
    if (!(Number.isInteger(toys) && toys >= 10)) throw new EmissError('BAD_OPTION', '--toys', `${toys} is not a toy count`, 'an integer ≥ 10');
    this.model = model;
    this.toys = toys;
    this.seed = options.seed ?? 1;
    this.fitter = new ModelFitter(model);
    this.data = options.data ?? observedData(model);
    this.nllHat = this.fitter.minimize(this.data);
    this.parsHat = Float64Array.from(this.fitter.best);
    this.muHat = this.parsHat[model.poi];
    this.toy = { main: new Float64Array(model.nbins), aux: new Float64Array(model.auxdata.length) };
    this.gen = new Float64Array(model.parNames.length);
  }

  /** q_μ for `data` (observed or a toy), warm-started at `start`. */
  private q(data: ModelData, mu: number, start: Float64Array): number {
    const nllHat = this.fitter.minimize(data, undefined, start);
    if (this.fitter.best[this.model.poi] > mu) return 0;
    const nllMu = this.fitter.minimize(data, mu, start);
    return Math.max(0, 2 * (nllMu - nllHat));
  }

  /** Draws one toy at the generating parameters into `this.toy`. */
  private sample(): void {
    const m = this.model;
    const nu = this.fitter.nll.expected(this.gen);
    for (let b = 0; b < m.nbins; b++) this.toy.main[b] = this.rng.poisson(nu[b]);
    const ng = m.gaussPar.length;
    for (let i = 0; i < ng; i++) this.toy.aux[i] = this.gen[m.gaussPar[i]] + m.gaussSigma[i] * this.rng.normal();
    for (let j = 0; j < m.poissonPar.length; j++) this.toy.aux[ng + j] = this.rng.poisson(this.gen[m.poissonPar[j]] * m.poissonTau[j]);
  }

  /** The test-statistic distribution of `toys` toys generated at the conditional fit μ = `muGen`, tested at `mu`. */
  distribution(mu: number, muGen: number, substream: number): Float64Array {
    this.fitter.minimize(this.data, muGen, this.parsHat);
    this.gen.set(this.fitter.best);
    const out = new Float64Array(this.toys);
    for (let t = 0; t < this.toys; t++) {
      RandomStream.reset(this.rng, this.seed, t, substream);
      this.sample();
      out[t] = this.q(this.toy, mu, this.gen);
    }
    return out;
  }

  /** CLs (observed and expected band) at `mu`. */
  cls(mu: number): ClsResult {
    if (!(mu > 0) || !Number.isFinite(mu)) throw new EmissError('BAD_OPTION', '--mu', `${mu} is not a valid POI value for toys`, '> 0');
    const qObs = this.q(this.data, mu, this.parsHat);
    const sb = this.distribution(mu, mu, 0).sort();
    const b = this.distribution(mu, 0, 1).sort();
    const tail = (sorted: Float64Array, x: number): number => (sorted.length - lowerBound(sorted, x - 1e-9 * Math.max(1, x))) / sorted.length;
    const clsb = tail(sb, qObs);
    const clb = tail(b, qObs);
    // CLs for each background-only toy taken as the observation; quantiles (pyhf: numpy percentile, linear).
    const clsOfB = new Float64Array(b.length);
    for (let i = 0; i < b.length; i++) {
      const pb = tail(b, b[i]);
      clsOfB[i] = pb > 0 ? tail(sb, b[i]) / pb : 0;
    }
    clsOfB.sort();
    const cls_exp = [0.022750131948179195, 0.15865525393145707, 0.5, 0.8413447460685429, 0.9772498680518208].map((p) => percentile(clsOfB, p));
    return { mu, cls_obs: clb > 0 ? clsb / clb : 0, cls_exp, clsb_obs: clsb, clb_obs: clb, q_obs: qObs, mu_hat: this.muHat };
  }
}

/** CLs at `mu` from toys (pyhf `hypotest(..., calctype='toys')`). */
export function clsToys(model: HistFactoryModel, mu: number, options: ToyOptions = {}): ClsResult {
  return new ToyCalculator(model, options).cls(mu);
}

function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Linear-interpolation percentile of sorted values (numpy's default), p in [0, 1]. */
function percentile(sorted: Float64Array, p: number): number {
  const x = p * (sorted.length - 1);
  const i = Math.floor(x);
  const f = x - i;
  return i + 1 < sorted.length ? sorted[i] * (1 - f) + sorted[i + 1] * f : sorted[i];
}
