/**
 * Interpolation on tabulated functions: piecewise linear, optionally in log x and/or log y
 * (power laws and exponentials become straight lines). Used for R(√s), g*(T), track-length
 * spectra and curves. Outside the table the end values are held (no extrapolation).
 */
import { EmissError } from './errors.js';

/** Options of {@link interpolator}. */
export interface InterpolatorOptions {
  /** Interpolate in ln x (x must be > 0). */
  logX?: boolean;
  /** Interpolate in ln y (y must be > 0). */
  logY?: boolean;
}

/**
 * A function x ↦ y interpolating the table (xs strictly increasing) linearly in the chosen
 * (log) coordinates. Values beyond the ends are clamped to the end values.
 */
export function interpolator(xs: ArrayLike<number>, ys: ArrayLike<number>, options: InterpolatorOptions = {}): (x: number) => number {
  const n = xs.length;
  if (n < 2 || ys.length !== n) throw new EmissError('BAD_OPTION', 'interpolator', `needs ≥ 2 points and as many y as x (got ${n}, ${ys.length})`);
  const logX = options.logX ?? false;
  const logY = options.logY ?? false;
  const u = new Float64Array(n);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    u[i] = logX ? Math.log(xs[i]) : xs[i];
    v[i] = logY ? Math.log(ys[i]) : ys[i];
    if (!Number.isFinite(u[i]) || !Number.isFinite(v[i])) throw new EmissError('BAD_OPTION', 'interpolator', `point ${i} (${xs[i]}, ${ys[i]}) is not finite in the chosen scale`);
    if (i > 0 && !(u[i] > u[i - 1])) throw new EmissError('BAD_OPTION', 'interpolator', `x must increase strictly (at index ${i})`);
  }
  return (x: number): number => {
    const t = logX ? Math.log(x) : x;
    let r: number;
    if (!(t > u[0])) r = v[0];
    else if (t >= u[n - 1]) r = v[n - 1];
    else {
      let lo = 0;
      let hi = n - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (u[mid] <= t) lo = mid;
        else hi = mid;
      }
      const f = (t - u[lo]) / (u[hi] - u[lo]);
      r = v[lo] + f * (v[hi] - v[lo]);
    }
    return logY ? Math.exp(r) : r;
  };
}

/** n points from a to b (both included), equally spaced in ln x (a, b > 0). */
export function logSpace(a: number, b: number, n: number): Float64Array {
  const out = new Float64Array(n);
  if (n === 1) {
    out[0] = a;
    return out;
  }
  const la = Math.log(a);
  const step = (Math.log(b) - la) / (n - 1);
  for (let i = 0; i < n; i++) out[i] = Math.exp(la + step * i);
  out[0] = a;
  out[n - 1] = b;
  return out;
}
