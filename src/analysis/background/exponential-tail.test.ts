import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../test/support/error-code.js';
import { extrapolateTail, fitExponentialTail } from './exponential-tail.js';

/** n values at the quantiles (i + ½)/n of dN/dx ∝ e^{b x} truncated to [lo, hi] (inverse CDF). */
function quantiles(n: number, b: number, lo: number, hi: number): Float64Array {
  const L = hi - lo;
  return Float64Array.from({ length: n }, (_, i) => lo + Math.log1p(((i + 0.5) / n) * Math.expm1(b * L)) / b);
}

describe('fitExponentialTail(xs, lo, hi)', () => {
  it('recovers the slope of an exponential sample, with σ_b ∝ 1/√n', () => {
    const f = fitExponentialTail(quantiles(4000, -0.08, 50, 90), 50, 90);
    expect(f.slope).toBeCloseTo(-0.08, 4);
    const g = fitExponentialTail(quantiles(16000, -0.08, 50, 90), 50, 90);
    expect(f.slopeErr / g.slopeErr).toBeCloseTo(2, 2);
  });

  it('gives slope 0 for a uniform sample, and σ_b = √(12/n)/L there (Var = L²/12)', () => {
    const xs = Float64Array.from({ length: 1000 }, (_, i) => 10 + (i + 0.5) * 0.02);
    const f = fitExponentialTail(xs, 10, 30);
    expect(Math.abs(f.slope)).toBeLessThan(1e-6);
    expect(f.slopeErr).toBeCloseTo(Math.sqrt(12 / 1000) / 20, 6);
  });

  it('throws NUMERICAL naming the sideband when fewer than 2 events are in range', () => {
    expect(errorCode(() => fitExponentialTail([55], 50, 90))).toBe('NUMERICAL');
  });
});

describe('extrapolateTail(fit, boxLo, boxHi)', () => {
  it('integrates the fitted exponential into the box: n·∫box/∫fit', () => {
    const b = -0.05;
    const f = fitExponentialTail(quantiles(2000, b, 50, 90), 50, 90);
    const e = extrapolateTail(f, 0, 50);
    const exact = (2000 * (Math.exp(b * 50) - Math.exp(0))) / (Math.exp(b * 90) - Math.exp(b * 50));
    expect(e.expected / exact).toBeCloseTo(1, 2);
    // the slope's error dominates over the Poisson error of n for a long extrapolation
    expect(e.statErr / e.expected).toBeGreaterThan(1 / Math.sqrt(2000));
  });
});
