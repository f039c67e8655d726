import { describe, expect, it } from 'vitest';
import { feldmanCousins } from './feldman-cousins.js';

describe('feldmanCousins(n, b, cl)', () => {
  it('contains μ_best = max(0, n − b) and widens with the confidence level', () => {
    for (const [n, b] of [[0, 0], [4, 1], [10, 3]]) {
      const r = feldmanCousins(n, b, 0.9);
      expect(r.lower).toBeLessThanOrEqual(Math.max(0, n - b));
      expect(r.upper).toBeGreaterThanOrEqual(Math.max(0, n - b));
      const w = feldmanCousins(n, b, 0.95);
      expect(w.upper).toBeGreaterThan(r.upper);
      expect(w.lower).toBeLessThanOrEqual(r.lower);
    }
  });
  it('approaches μ ± 1.645√μ for a large count (Gaussian limit, PDG RPP Statistics eq. (40.57))', () => {
    const r = feldmanCousins(400, 0, 0.9, { step: 0.01 });
    expect(Math.abs(r.lower - (400 - 1.645 * 20))).toBeLessThan(1.5);
    expect(Math.abs(r.upper - (400 + 1.645 * 20))).toBeLessThan(1.5);
  });
  it('rejects a fractional count, a negative background and a bad confidence level', () => {
    expect(() => feldmanCousins(1.5, 0)).toThrow(/--observed/);
    expect(() => feldmanCousins(1, -1)).toThrow(/--background/);
    expect(() => feldmanCousins(1, 0, 1)).toThrow(/--cl/);
  });
});
