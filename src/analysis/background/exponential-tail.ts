import { EmissError, findRoot } from '../../core/index.js';

/**
 * Mean of t on [0, L] under the density ∝ e^{b t}: ⟨t⟩ = L/(1 − e^{−bL}) − 1/b
 * (written with expm1 for stability; the series L/2 + bL²/12 near b = 0).
 */
function meanT(b: number, L: number): number {
  const z = b * L;
  if (Math.abs(z) < 1e-6) return L / 2 + (b * L * L) / 12;
  return L / -Math.expm1(-z) - 1 / b;
}

/** Variance of t on [0, L] under ∝ e^{b t}: 1/b² − L²/(4 sinh²(bL/2)); L²/12 near b = 0. */
function varT(b: number, L: number): number {
  const z = b * L;
  if (Math.abs(z) < 1e-4) return (L * L) / 12;
  const s = Math.sinh(z / 2);
  return 1 / (b * b) - (L * L) / (4 * s * s);
}

/** ∫_{lo}^{hi} e^{b t} dt / ∫_0^L e^{b t} dt (t measured from the fit range's low edge). */
function ratio(b: number, lo: number, hi: number, L: number): number {
  if (b === 0) return (hi - lo) / L;
  return (Math.exp(b * lo) * Math.expm1(b * (hi - lo))) / Math.expm1(b * L);
}

/** Result of {@link fitExponentialTail}. */
export interface ExponentialTailFit {
  /** Events in the fit range. */
  n: number;
  /** Fitted slope b of dN/dx ∝ e^{b x}, per unit of x (negative: falling). */
  slope: number;
  /** Its statistical error (Fisher information, 1/√(n·Var_b(x))). */
  slopeErr: number;
  /** Fit range [low, high] in the units of x. */
  range: [number, number];
}

/**
 * Unbinned maximum-likelihood fit of an exponential dN/dx ∝ e^{b x} to the n values of `xs`
 * inside [lo, hi] (the sideband): the likelihood equation ⟨x⟩_b = x̄ for the truncated
 * exponential (G. Cowan, Statistical Data Analysis (1998) ch. 6; PDG Review, ch. "Statistics", maximum likelihood)
 * is solved with {@link findRoot}; the error of b from the Fisher information
 * I(b) = n·Var_b(x) (the Cramér–Rao bound, attained asymptotically: Cowan §6.6). Needs at least 2 distinct values in range; throws `NUMERICAL` otherwise.
 * The slope is bounded to |b| ≤ 50/(hi − lo).
 */
export function fitExponentialTail(xs: ArrayLike<number>, lo: number, hi: number, where = 'sideband fit'): ExponentialTailFit {
  if (!(lo < hi)) throw new EmissError('BAD_OPTION', `${where} range`, `[${lo}, ${hi}] is empty`, 'low < high');
  const L = hi - lo;
  let n = 0, sum = 0, first = Number.NaN, distinct = false;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x >= lo && x <= hi) {
      n++;
      sum += x - lo;
      if (Number.isNaN(first)) first = x;
      else if (x !== first) distinct = true;
    }
  }
  if (n < 2 || !distinct) throw new EmissError('NUMERICAL', where, `${n} event${n === 1 ? '' : 's'} in [${lo}, ${hi}]: too few to fit the tail`, 'at least 2 distinct values; widen the sideband');
  const tbar = sum / n;
  const bMax = 50 / L;
  const g = (b: number): number => meanT(b, L) - tbar;
  let b: number;
  if (g(-bMax) >= 0) b = -bMax;
  else if (g(bMax) <= 0) b = bMax;
  else b = findRoot(g, -bMax, bMax, { xTol: 1e-12 / L, what: `${where} slope` });
  return { n, slope: b, slopeErr: 1 / Math.sqrt(n * varT(b, L)), range: [lo, hi] };
}

/** Result of {@link extrapolateTail}. */
export interface TailExtrapolation {
  /** Expected events in [boxLo, boxHi]: n·∫_box e^{bx}/∫_fit e^{bx}. */
  expected: number;
  /** Statistical error: Poisson error of n and the slope's error, in quadrature. */
  statErr: number;
}

/**
 * Extrapolates a fitted exponential tail into the box [boxLo, boxHi]: N_box = n · R(b) with
 * R = ∫_box e^{bx} dx / ∫_fit e^{bx} dx; the relative error is √(1/n + (∂ln R/∂b · σ_b)²)
 * (error propagation, Poisson n and b independent at first order).
 */
export function extrapolateTail(fit: ExponentialTailFit, boxLo: number, boxHi: number): TailExtrapolation {
  const [lo, hi] = fit.range;
  const L = hi - lo;
  const r = (b: number): number => ratio(b, boxLo - lo, boxHi - lo, L);
  const R = r(fit.slope);
  const h = Math.max(1e-7, 1e-5 * Math.abs(fit.slope)) ;
  const dlnR = (Math.log(r(fit.slope + h)) - Math.log(r(fit.slope - h))) / (2 * h);
  const expected = fit.n * R;
  const rel = Math.sqrt(1 / fit.n + (Number.isFinite(dlnR) ? dlnR * fit.slopeErr : 0) ** 2);
  return { expected, statErr: expected * rel };
}
