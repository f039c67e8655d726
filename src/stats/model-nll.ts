/**
 * The negative log-likelihood of a HistFactory model and its exact gradient and Hessian
 * (CERN-OPEN-2012-016 eq. (1); pyhf `Model.logpdf`):
 *
 *   −ln L(θ) = Σ_b [ν_b(θ) − n_b ln ν_b(θ)] + Σ_Gauss (a_i − θ_i)²/(2σ_i²)
 *              + Σ_Poisson [γ_j τ_j − a_j ln(γ_j τ_j)]  + constant,
 *
 * the constants (ln n!, ln √(2π)σ, ln Γ(a+1)) dropped: they cancel in every likelihood ratio.
 * Derivatives of ν_sb = A_sb Π_k f_k by the product rule over its factors; second derivative
 * of −ln L: Σ_b [(n_b/ν_b²) ∇ν_b ∇ν_bᵀ + (1 − n_b/ν_b) ∇²ν_b] + constraint terms.
 * All buffers are preallocated: evaluation allocates nothing (toys call it millions of times).
 */
import type { HistFactoryModel } from './build-model.js';

const MAX_FACTORS = 64;

/** A likelihood evaluator for one model, with its scratch buffers. */
export class ModelNll {
  readonly model: HistFactoryModel;
  readonly npar: number;
  /** Expected main rates of the last {@link expected} call. */
  readonly nu: Float64Array;
  private readonly gBin: Float64Array;
  private readonly touched: Int32Array;
  private readonly mark: Uint8Array;
  private nTouched = 0;
  private readonly fv = new Float64Array(MAX_FACTORS);
  private readonly fd = new Float64Array(MAX_FACTORS);
  private readonly fdd = new Float64Array(MAX_FACTORS);
  private readonly fp = new Int32Array(MAX_FACTORS);

  constructor(model: HistFactoryModel) {
    this.model = model;
    this.npar = model.parNames.length;
    this.nu = new Float64Array(model.nbins);
    this.gBin = new Float64Array(this.npar);
    this.touched = new Int32Array(this.npar);
    this.mark = new Uint8Array(this.npar);
    for (const s of model.samples) {
      if (1 + s.scalar.length + s.perBin.length > MAX_FACTORS) throw new Error(`more than ${MAX_FACTORS} modifiers on one sample`);
    }
  }

  /** Fills {@link nu} with the expected main rates at `pars`; returns it. */
  expected(pars: Float64Array): Float64Array {
    const nu = this.nu;
    nu.fill(0);
    for (const s of this.model.samples) {
      for (let b = 0; b < s.nbins; b++) nu[s.offset + b] += this.sampleRate(s, b, pars);
    }
    return nu;
  }

  private sampleRate(s: HistFactoryModel['samples'][number], b: number, pars: Float64Array): number {
    let a = s.nominal[b];
    for (const h of s.histo) {
      const x = pars[h.par];
      a += x >= 0 ? x * h.up[b] : x * h.down[b];
    }
    for (const f of s.scalar) {
      const x = pars[f.par];
      a *= f.kind === 0 ? x : x >= 0 ? Math.exp(x * f.lnHi) : Math.exp(-x * f.lnLo);
    }
    for (const idx of s.perBin) {
      const p = idx[b];
      if (p >= 0) a *= pars[p];
    }
    return a;
  }

  /**
   * −ln L at `pars` for main data `main` and auxiliary data `aux`. If `grad` is given it is
   * filled with the gradient; if `hess` (npar × npar, row-major) too, with the Hessian.
   * Returns +Infinity where a rate is ≤ 0 with a positive count (outside the model's domain).
   */
  value(pars: Float64Array, main: Float64Array, aux: Float64Array, grad?: Float64Array, hess?: Float64Array): number {
    const m = this.model;
    const P = this.npar;
    const nu = this.expected(pars);
    let nll = 0;
    for (let b = 0; b < m.nbins; b++) {
      const n = main[b];
      const v = nu[b];
      if (v > 0) nll += v - (n > 0 ? n * Math.log(v) : 0);
      else if (n > 0 || v < 0) return Infinity;
    }
    const ng = m.gaussPar.length;
    for (let i = 0; i < ng; i++) {
      const d = (aux[i] - pars[m.gaussPar[i]]) / m.gaussSigma[i];
      nll += 0.5 * d * d;
    }
    for (let j = 0; j < m.poissonPar.length; j++) {
      const lam = pars[m.poissonPar[j]] * m.poissonTau[j];
      const a = aux[ng + j];
      if (lam > 0) nll += lam - (a > 0 ? a * Math.log(lam) : 0);
      else if (a > 0) return Infinity;
    }
    if (!grad) return nll;
    grad.fill(0);
    if (hess) hess.fill(0);
    // Main term, channel by channel so that each bin's gradient is complete before its outer product.
    for (const c of m.channels) {
      for (let b = 0; b < c.nbins; b++) {
        const gb = c.offset + b;
        const v = nu[gb];
        if (!(v > 0)) continue;
        const n = main[gb];
        const w = 1 - n / v;
        this.nTouched = 0;
        for (const s of m.samples) if (s.offset === c.offset) this.sampleDerivatives(s, b, pars, w, hess);
        const ww = n / (v * v);
        for (let i = 0; i < this.nTouched; i++) {
          const p = this.touched[i];
          grad[p] += w * this.gBin[p];
          if (hess && ww > 0) {
            for (let j = 0; j < this.nTouched; j++) {
              const q = this.touched[j];
              hess[p * P + q] += ww * this.gBin[p] * this.gBin[q];
            }
          }
        }
        for (let i = 0; i < this.nTouched; i++) {
          const p = this.touched[i];
          this.gBin[p] = 0;
          this.mark[p] = 0;
        }
      }
    }
    for (let i = 0; i < ng; i++) {
      const p = m.gaussPar[i];
      const s2 = m.gaussSigma[i] * m.gaussSigma[i];
      grad[p] += (pars[p] - aux[i]) / s2;
      if (hess) hess[p * P + p] += 1 / s2;
    }
    for (let j = 0; j < m.poissonPar.length; j++) {
      const p = m.poissonPar[j];
      const a = aux[ng + j];
      const g = pars[p];
      grad[p] += m.poissonTau[j] - a / g;
      if (hess) hess[p * P + p] += a / (g * g);
    }
    return nll;
  }

  private nf = 0;

  /** Product of all factors but k and l (−1: none); direct loops, there are few factors. */
  private readonly prodExcept = (k: number, l: number): number => {
    let r = 1;
    for (let j = 0; j < this.nf; j++) if (j !== k && j !== l) r *= this.fv[j];
    return r;
  };

  private touch(p: number, d: number): void {
    if (!this.mark[p]) {
      this.mark[p] = 1;
      this.touched[this.nTouched++] = p;
    }
    this.gBin[p] += d;
  }

  /** Adds ∇ν_sb to the bin gradient and w ∇²ν_sb to `hess`. Factor 0 is the additive part A. */
  private sampleDerivatives(s: HistFactoryModel['samples'][number], b: number, pars: Float64Array, w: number, hess: Float64Array | undefined): void {
    const P = this.npar;
    const fv = this.fv;
    const fd = this.fd;
    const fdd = this.fdd;
    const fp = this.fp;
    let nf = 1;
    let a = s.nominal[b];
    for (const h of s.histo) {
      const x = pars[h.par];
      a += x >= 0 ? x * h.up[b] : x * h.down[b];
    }
    fv[0] = a;
    for (const f of s.scalar) {
      const x = pars[f.par];
      fp[nf] = f.par;
      if (f.kind === 0) {
        fv[nf] = x;
        fd[nf] = 1;
        fdd[nf] = 0;
      } else {
        const l = x >= 0 ? f.lnHi : -f.lnLo;
        const v = Math.exp(x * l);
        fv[nf] = v;
        fd[nf] = l * v;
        fdd[nf] = l * l * v;
      }
      nf++;
    }
    for (const idx of s.perBin) {
      const p = idx[b];
      if (p < 0) continue;
      fp[nf] = p;
      fv[nf] = pars[p];
      fd[nf] = 1;
      fdd[nf] = 0;
      nf++;
    }
    this.nf = nf;
    const prodExcept = this.prodExcept;
    // Histosys parameters: ∂A/∂α = up or down (code 0 is piecewise linear: ∂²A = 0).
    const rest0 = prodExcept(0, -1);
    for (const h of s.histo) {
      const x = pars[h.par];
      const dA = x >= 0 ? h.up[b] : h.down[b];
      this.touch(h.par, dA * rest0);
      if (hess && w !== 0) {
        for (let k = 1; k < nf; k++) {
          const t = w * dA * fd[k] * prodExcept(0, k);
          hess[h.par * P + fp[k]] += t;
          hess[fp[k] * P + h.par] += t;
        }
      }
    }
    for (let k = 1; k < nf; k++) {
      this.touch(fp[k], fd[k] * prodExcept(k, -1));
      if (hess && w !== 0) {
        hess[fp[k] * P + fp[k]] += w * fdd[k] * prodExcept(k, -1);
        for (let l = 1; l < nf; l++) {
          if (l === k) continue;
          hess[fp[k] * P + fp[l]] += w * fd[k] * fd[l] * prodExcept(k, l);
        }
      }
    }
  }
}
