import { describe, expect, it } from 'vitest';
import { integrate } from './integrate.js';
import { EmissError } from './errors.js';

describe('integrate(f, a, b)', () => {
  it('is exact for a degree-22 polynomial in one Kronrod step', () => {
    expect(integrate((x) => x ** 22, -1, 1)).toBeCloseTo(2 / 23, 14);
  });
  it('handles an integrable endpoint singularity: ∫0^1 ln(x) dx = −1', () => {
    expect(integrate((x) => Math.log(x), 0, 1, { relTol: 1e-10 })).toBeCloseTo(-1, 9);
  });
  it('handles a sharp peak: ∫ 1/(x² + 1e-8) over [−1, 1] = 2e4·atan(1e4)', () => {
    const exact = 2e4 * Math.atan(1e4);
    expect(integrate((x) => 1 / (x * x + 1e-8), -1, 1, { relTol: 1e-10 }) / exact - 1).toBeCloseTo(0, 9);
  });
  it('throws a NUMERICAL EmissError for a non-finite integrand', () => {
    expect(() => integrate(() => Number.NaN, 0, 1)).toThrow(EmissError);
  });
});
