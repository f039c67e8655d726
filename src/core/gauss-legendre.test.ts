import { describe, expect, it } from 'vitest';
import { gaussLegendre, gaussLegendreOn } from './gauss-legendre.js';

describe('gaussLegendre(n)', () => {
  it('weights sum to 2 and nodes are symmetric', () => {
    for (const n of [1, 2, 5, 16, 64, 200]) {
      const { nodes, weights } = gaussLegendre(n);
      expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(2, 13);
      for (let i = 0; i < n; i++) expect(nodes[i] + nodes[n - 1 - i]).toBeCloseTo(0, 14);
    }
  });
  it('integrates x^k exactly up to degree 2n − 1 and not beyond', () => {
    const n = 6;
    const { nodes, weights } = gaussLegendre(n);
    const moment = (k: number): number => nodes.reduce((s, x, i) => s + weights[i] * x ** k, 0);
    for (let k = 0; k <= 2 * n - 1; k++) expect(moment(k)).toBeCloseTo(k % 2 === 1 ? 0 : 2 / (k + 1), 13);
    expect(Math.abs(moment(2 * n) - 2 / (2 * n + 1))).toBeGreaterThan(1e-6);
  });
  it('matches the textbook 3-point rule (±√(3/5), weights 5/9, 8/9)', () => {
    const { nodes, weights } = gaussLegendre(3);
    expect(nodes[2]).toBeCloseTo(Math.sqrt(0.6), 15);
    expect(weights[0]).toBeCloseTo(5 / 9, 15);
    expect(weights[1]).toBeCloseTo(8 / 9, 15);
  });
});

describe('gaussLegendreOn(n, a, b)', () => {
  it('integrates exp on [0, 3] to 1e-14', () => {
    const { nodes, weights } = gaussLegendreOn(20, 0, 3);
    const s = nodes.reduce((acc, x, i) => acc + weights[i] * Math.exp(x), 0);
    expect(s / (Math.exp(3) - 1) - 1).toBeCloseTo(0, 14);
  });
});
