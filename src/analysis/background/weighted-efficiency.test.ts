import { describe, expect, it } from 'vitest';
import { sourceExpectation } from './source-expectation.js';
import { weightedEfficiency } from './weighted-efficiency.js';

describe('weightedEfficiency(P, σP², P+F, σ²)', () => {
  it('reduces to the binomial error √(ε(1−ε)/N) for unit weights', () => {
    const e = weightedEfficiency(300, 300, 1000, 1000);
    expect(e.value).toBe(0.3);
    expect(e.statErr).toBeCloseTo(Math.sqrt((0.3 * 0.7) / 1000), 14);
  });

  it('is unchanged by a common scale of the weights', () => {
    const a = weightedEfficiency(30, 30, 100, 100);
    const b = weightedEfficiency(30 * 7, 30 * 49, 100 * 7, 100 * 49);
    expect(b.value).toBeCloseTo(a.value, 14);
    expect(b.statErr).toBeCloseTo(a.statErr, 14);
  });
});

describe('sourceExpectation(...)', () => {
  it('scales Σw/N to the particles on target, and bounds a zero count at 1.14 mean weights', () => {
    const s = sourceExpectation(2e-6, 1e-12, 1e-5, 1000, 1e11, 0.5);
    expect(s.expected).toBeCloseTo(1e11 * 0.5 * 2e-6 / 1000, 6);
    expect(s.statErr).toBeCloseTo(1e11 * 0.5 * 1e-6 / 1000, 6);
    const z = sourceExpectation(0, 0, 1e-5, 1000, 1e11);
    expect(z.upper68).toBeCloseTo((1e11 / 1000) * 1e-5 * -Math.log(0.32), 9);
  });
});
