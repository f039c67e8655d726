/**
 * A root of a continuous function on a bracketing interval by Brent's method (R.P. Brent,
 * Algorithms for Minimization without Derivatives, 1973, ch. 4; as `zbrent` in Numerical
 * Recipes, 3rd ed., §9.3): inverse quadratic interpolation safeguarded by bisection.
 * Hand-written: stdlib has no root finder, and this is 40 lines.
 */
import { EmissError } from './errors.js';

/** Options of {@link findRoot}. */
export interface FindRootOptions {
  /** Absolute tolerance on x (default 1e-12·max(1, |x|)). */
  xTol?: number;
  /** Maximum iterations (default 200). */
  maxIterations?: number;
  /** Name of the quantity, for error messages. */
  what?: string;
}

/** x in [a, b] with f(x) = 0; f(a) and f(b) must have opposite signs (else NUMERICAL error). */
export function findRoot(f: (x: number) => number, a: number, b: number, options: FindRootOptions = {}): number {
  const what = options.what ?? 'findRoot';
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!(fa * fb < 0)) throw new EmissError('NUMERICAL', what, `no sign change on [${a}, ${b}] (f = ${fa}, ${fb})`);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  const maxIt = options.maxIterations ?? 200;
  for (let it = 0; it < maxIt; it++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = options.xTol ?? 1e-12 * Math.max(1, Math.abs(b));
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = d;
      }
    } else {
      d = m;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  throw new EmissError('NUMERICAL', what, `no convergence after ${maxIt} iterations`);
}
