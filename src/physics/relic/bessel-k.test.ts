import { describe, expect, it } from 'vitest';
import { integrate } from '../../core/index.js';
import { besselK, besselKScaled } from './bessel-k.js';

// Reference: the integral representation e^x·K_ν(x) = ∫₀^∞ exp(−x(cosh t − 1))·cosh(νt) dt
// (Abramowitz & Stegun 9.6.24), integrated to 1e-12 with the core Gauss–Kronrod integrator.
function referenceScaled(nu: number, x: number): number {
  const tMax = Math.acosh(1 + 60 / x); // integrand below e^-60 beyond
  return integrate((t) => Math.exp(-x * (Math.cosh(t) - 1)) * Math.cosh(nu * t), 0, tMax, { relTol: 1e-12 });
}

describe('besselK(order, x)', () => {
  it('reproduces tabulated values K1(1) and K2(2) (A&S Table 9.8) to 1e-6', () => {
    expect(Math.abs(besselK(1, 1) / 0.6019072301972346 - 1)).toBeLessThan(1e-6);
    expect(Math.abs(besselK(2, 2) / 0.2537597545660559 - 1)).toBeLessThan(1e-6);
  });
  it('agrees with the integral representation to 1e-6 for 0.05 ≤ x ≤ 50 and orders 0, 1, 2', () => {
    for (const x of [0.05, 0.3, 1, 1.99, 2, 2.01, 3.7, 7, 20, 50]) {
      for (const n of [0, 1, 2] as const) {
        const ref = referenceScaled(n, x) * Math.exp(-x);
        expect(Math.abs(besselK(n, x) / ref - 1), `K${n}(${x})`).toBeLessThan(1e-6);
      }
    }
  });
  it('rejects x ≤ 0 with OUT_OF_DOMAIN', () => {
    expect(() => besselK(1, 0)).toThrow(/besselK\.x/);
    expect(() => besselK(1, -1)).toThrow(/x > 0/);
  });
});

describe('besselKScaled(order, x)', () => {
  it('gives e^10·K1(10) = 0.41076657 and stays finite where K underflows', () => {
    expect(Math.abs(besselKScaled(1, 10) / 0.4107665705957888 - 1)).toBeLessThan(1e-6);
    for (const x of [300, 1000, 1e5]) {
      const ref = referenceScaled(2, x);
      expect(Math.abs(besselKScaled(2, x) / ref - 1), `x = ${x}`).toBeLessThan(1e-6);
      expect(besselK(2, x * 10)).toBe(0); // the unscaled one underflows: why the scaled one exists
    }
  });
  it('is continuous across the x = 2 branch change to the stated accuracy', () => {
    for (const n of [0, 1, 2] as const) {
      expect(Math.abs(besselKScaled(n, 2 - 1e-12) / besselKScaled(n, 2 + 1e-12) - 1)).toBeLessThan(5e-7);
    }
  });
  it('rejects an unknown order with BAD_OPTION', () => {
    expect(() => besselKScaled(3 as 0, 1)).toThrow(/0, 1 or 2/);
  });
});
