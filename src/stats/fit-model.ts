/**
 * Maximum-likelihood fits of a HistFactory model: a box-constrained Newton method with the
 * exact Hessian, Levenberg–Marquardt damping when the Hessian is not positive definite, an
 * active set for parameters at their bounds and a projected backtracking (Armijo) line search
 * (J. Nocedal, S.J. Wright, Numerical Optimization, 2nd ed., §3.1, §10.3, §16.7). The kinks of
 * pyhf's default interpolations at α = 0 (normsys code 1, histosys code 0: the one-sided
 * derivatives differ) are breakpoints: steps stop there, and a parameter whose one-sided
 * derivatives straddle zero stays at the kink, as at a bound.
 * A fit that does not converge throws NUMERICAL naming the model and the worst parameter; it
 * never returns a silent NaN.
 */
import { EmissError } from '../core/index.js';
import type { HistFactoryModel } from './build-model.js';
import { ModelNll } from './model-nll.js';

/** Data of a model: main counts per bin and auxiliary data per constraint. */
export interface ModelData {
  main: Float64Array;
  aux: Float64Array;
}

/** The result of a fit (views into the fitter's buffers unless copied). */
export interface FitResult {
  /** −ln L at the minimum (constants dropped). */
  nll: number;
  /** Best-fit parameters (a fresh array). */
  pars: Float64Array;
  iterations: number;
}

/** A reusable fitter for one model: all buffers preallocated. */
export class ModelFitter {
  readonly nll: ModelNll;
  readonly model: HistFactoryModel;
  private readonly P: number;
  private readonly x: Float64Array;
  private readonly xt: Float64Array;
  private readonly g: Float64Array;
  private readonly h: Float64Array;
  private readonly free: Int32Array;
  private readonly a: Float64Array;
  private readonly d: Float64Array;
  private readonly step: Float64Array;
  /** Parameters of the last fit (valid until the next fit). */
  readonly best: Float64Array;
  private readonly gl: Float64Array;
  private readonly atKink: Uint8Array;
  /** Newton iterations of the last fit. */
  iterations = 0;
  /** Iteration limit of a fit (default 500). */
  maxIterations: number;

  constructor(model: HistFactoryModel, options: { maxIterations?: number } = {}) {
    this.maxIterations = options.maxIterations ?? 500;
    this.model = model;
    this.nll = new ModelNll(model);
    const P = (this.P = model.parNames.length);
    this.x = new Float64Array(P);
    this.xt = new Float64Array(P);
    this.g = new Float64Array(P);
    this.h = new Float64Array(P * P);
    this.free = new Int32Array(P);
    this.a = new Float64Array(P * P);
    this.d = new Float64Array(P);
    this.step = new Float64Array(P);
    this.best = new Float64Array(P);
    this.gl = new Float64Array(P);
    this.atKink = new Uint8Array(P);
  }

  /**
   * Minimizes −ln L for `data`. With `poiValue` the POI is fixed there (it may lie outside its
   * bounds); otherwise it is free within them. `start` (default: the model's inits) seeds the
   * fit. Returns −ln L at the minimum; the parameters are in {@link best}.
   */
  minimize(data: ModelData, poiValue?: number, start?: Float64Array): number {
    const m = this.model;
    const P = this.P;
    const x = this.x;
    const g = this.g;
    const h = this.h;
    const lo = m.lower;
    const hi = m.upper;
    x.set(start ?? m.init);
    const fixedPoi = poiValue !== undefined;
    for (let i = 0; i < P; i++) {
      if (m.fixed[i]) x[i] = m.init[i];
      else if (x[i] < lo[i]) x[i] = lo[i];
      else if (x[i] > hi[i]) x[i] = hi[i];
    }
    if (fixedPoi) x[m.poi] = poiValue;
    let f = this.nll.value(x, data.main, data.aux, g, h);
    if (!Number.isFinite(f)) {
      // The start is outside the domain (a rate ≤ 0 with counts): fall back to the inits.
      x.set(m.init);
      if (fixedPoi) x[m.poi] = poiValue;
      f = this.nll.value(x, data.main, data.aux, g, h);
      if (!Number.isFinite(f)) throw new EmissError('NUMERICAL', m.name, `the likelihood is zero at the initial parameters${fixedPoi ? ` (POI = ${poiValue})` : ''}: a bin with observed events has no expected events`);
    }
    let lambda = 0;
    const kinked = this.atKink;
    for (let it = 0; it < this.maxIterations; it++) {
      // Kinks of the interpolations at α = 0 (normsys code 1, histosys code 0): α = 0 is the
      // right branch; if f rises to the right, look at the left derivative (α = −0, i.e. the
      // smallest negative double): if f rises there too, α stays at the kink this step,
      // otherwise the step is taken on the left branch.
      kinked.fill(0);
      for (let i = 0; i < P; i++) {
        if (!m.kink[i] || x[i] !== 0 || m.fixed[i] || !(g[i] > 0)) continue;
        x[i] = -Number.MIN_VALUE;
        const fl = this.nll.value(x, data.main, data.aux, this.gl);
        if (this.gl[i] > 0 && Number.isFinite(fl)) f = this.nll.value(x, data.main, data.aux, g, h);
        else {
          x[i] = 0;
          kinked[i] = 1;
        }
      }
      // Active set: free parameters not pinned at a bound (or a kink) by the gradient.
      let nfree = 0;
      let worst = 0;
      for (let i = 0; i < P; i++) {
        if (m.fixed[i] || (fixedPoi && i === m.poi) || kinked[i]) continue;
        if (x[i] <= lo[i] && g[i] > 0) continue;
        if (x[i] >= hi[i] && g[i] < 0) continue;
        this.free[nfree++] = i;
        worst = Math.max(worst, Math.abs(g[i]));
      }
      if (nfree === 0 || worst === 0) return this.done(f, it);
      // Newton direction on the free set: (H + λ diag) d = −g.
      let solved = false;
      let decrement = 0;
      for (let attempt = 0; attempt < 40 && !solved; attempt++) {
        for (let r = 0; r < nfree; r++) {
          const pr = this.free[r];
          for (let c = 0; c < nfree; c++) this.a[r * nfree + c] = h[pr * P + this.free[c]];
          this.a[r * nfree + r] += lambda * Math.max(h[pr * P + pr], 1e-12) + (lambda > 0 ? 1e-12 : 0);
          this.d[r] = -g[pr];
        }
        if (choleskySolve(this.a, this.d, nfree)) {
          decrement = 0;
          for (let r = 0; r < nfree; r++) decrement -= g[this.free[r]] * this.d[r];
          if (decrement > 0) solved = true;
        }
        if (!solved) lambda = lambda === 0 ? 1e-6 : lambda * 10;
      }
      if (!solved) break;
      if (decrement < 1e-20 && lambda < 1e-3) return this.done(f, it);
      // Projected backtracking line search.
      let t = 1;
      let accepted = false;
      for (let ls = 0; ls < 60; ls++) {
        this.xt.set(x);
        let slope = 0;
        for (let r = 0; r < nfree; r++) {
          const p = this.free[r];
          let v = x[p] + t * this.d[r];
          if (v < lo[p]) v = lo[p];
          else if (v > hi[p]) v = hi[p];
          // Stop at a kink rather than cross it: the derivatives change there.
          if (m.kink[p] && (x[p] >= 0 ? v < 0 : v > 0)) v = 0;
          this.xt[p] = v;
          slope += g[p] * (v - x[p]);
        }
        const ft = this.nll.value(this.xt, data.main, data.aux);
        if (ft <= f + 1e-4 * slope || (ft <= f && Math.abs(ft - f) <= 1e-15 * Math.abs(f))) {
          accepted = true;
          const gain = f - ft;
          x.set(this.xt);
          f = this.nll.value(x, data.main, data.aux, g, h);
          lambda = t === 1 ? lambda / 10 : lambda;
          if (lambda < 1e-12) lambda = 0;
          if (gain <= 0 && decrement < 1e-9 * Math.max(1, Math.abs(f))) return this.done(f, it);
          break;
        }
        t *= 0.5;
      }
      if (!accepted) {
        // No decrease along the Newton step: converged if the model predicted none either.
        if (decrement < 1e-9 * Math.max(1, Math.abs(f))) return this.done(f, it);
        lambda = lambda === 0 ? 1e-3 : lambda * 100;
        if (lambda > 1e12) break;
      }
    }
    let worstPar = -1;
    for (let i = 0; i < P; i++) if (!m.fixed[i] && !(fixedPoi && i === m.poi) && (worstPar < 0 || Math.abs(g[i]) > Math.abs(g[worstPar]))) worstPar = i;
    if (worstPar < 0) worstPar = m.poi;
    throw new EmissError('NUMERICAL', m.name, `the fit${fixedPoi ? ` at ${m.parNames[m.poi]} = ${poiValue}` : ''} did not converge (parameter ${m.parNames[worstPar]} = ${x[worstPar]}, gradient ${g[worstPar].toExponential(2)})`);
  }

  private done(f: number, it: number): number {
    this.iterations = it;
    this.best.set(this.x);
    return f;
  }

  /** A fit as a result object with a copy of the parameters. */
  fit(data: ModelData, poiValue?: number): FitResult {
    const nll = this.minimize(data, poiValue);
    return { nll, pars: Float64Array.from(this.best), iterations: this.iterations };
  }
}

/** Solves A x = b in place (x in b) for a symmetric positive definite A (n × n, row-major); false if A is not PD. */
function choleskySolve(a: Float64Array, b: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    let s = a[j * n + j];
    for (let k = 0; k < j; k++) s -= a[j * n + k] * a[j * n + k];
    if (!(s > 0)) return false;
    const l = Math.sqrt(s);
    a[j * n + j] = l;
    for (let i = j + 1; i < n; i++) {
      let t = a[i * n + j];
      for (let k = 0; k < j; k++) t -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = t / l;
    }
  }
  for (let i = 0; i < n; i++) {
    let t = b[i];
    for (let k = 0; k < i; k++) t -= a[i * n + k] * b[k];
    b[i] = t / a[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let t = b[i];
    for (let k = i + 1; k < n; k++) t -= a[k * n + i] * b[k];
    b[i] = t / a[i * n + i];
  }
  return true;
}

/** The model's observed data (main counts and nominal auxiliary data). */
export function observedData(model: HistFactoryModel): ModelData {
  return { main: Float64Array.from(model.observed), aux: Float64Array.from(model.auxdata) };
}
