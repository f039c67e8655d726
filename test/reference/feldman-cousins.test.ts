/**
 * Feldman–Cousins intervals against G.J. Feldman, R.D. Cousins, Phys. Rev. D 57 (1998) 3873,
 * Table IV (90% CL, Poisson with known background; quoted to two decimals: tolerance 0.005 —
 * we compute on a 0.001 grid and round as the table does), and the classical (Neyman) 90% CL
 * upper limit for zero observed events without background, ln 10 = 2.30 (PDG RPP 2024,
 * "Statistics", Table 40.3; CLs equals it for n = 0).
 */
import { describe, expect, it } from 'vitest';
import { clsUpperLimit, feldmanCousins } from '../../src/stats/index.js';

describe('feldmanCousins(n, b, 0.9) reproduces PRD 57 (1998) 3873 Table IV', () => {
  const table: [number, number, number, number][] = [
    [0, 0, 0.0, 2.44],
    [6, 3, 0.15, 8.47],
    [1, 0, 0.11, 4.36],
    [3, 0, 1.1, 7.42],
    [0, 1, 0.0, 1.61],
  ];
  for (const [n, b, lo, hi] of table) {
    it(`n = ${n}, b = ${b} → [${lo}, ${hi}]`, () => {
      const r = feldmanCousins(n, b, 0.9);
      expect(Math.abs(r.lower - lo)).toBeLessThan(0.0051);
      expect(Math.abs(r.upper - hi)).toBeLessThan(0.0051);
    });
  }
});

describe('classical zero-event upper limit', () => {
  it('is 2.30 events at 90% CL for n = 0, b = 0', () => {
    expect(Math.abs(clsUpperLimit({ observed: 0, background: 0 }) - 2.3)).toBeLessThan(0.005);
  });
});
