import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { describe, expect, it } from 'vitest';
import { buildModel } from './build-model.js';
import { AsymptoticCalculator, clsAsymptotic } from './cls-asymptotic.js';
import { parseWorkspace } from './workspace-schema.js';
import { oneBin, PYHF_TWO_BIN } from './test-workspaces.js';

describe('clsAsymptotic(model, mu)', () => {
  it('uses the Poisson Asimov q_μ,A = 2[(μs+b) ln((μs+b)/b)... ] for one bin without systematics (arXiv:1007.1727 eq. (97) with s → −s)', () => {
    // Asimov data n_A = b; q_μ,A = 2[n_A ln(n_A/(μs+b)) − n_A + μs + b].
    const s = 3;
    const b = 7;
    const calc = new AsymptoticCalculator(buildModel(parseWorkspace(oneBin(s, b, 5))));
    for (const mu of [0.5, 1, 2.5]) {
      const exact = 2 * (b * Math.log(b / (mu * s + b)) + mu * s);
      expect(calc.qAsimov(mu)).toBeCloseTo(exact, 10);
    }
  });
  it('gives CLs = Φ(−√q_A)/0.5 as the median expected and the band edges from eq. (89)', () => {
    const r = clsAsymptotic(buildModel(parseWorkspace(JSON.parse(JSON.stringify(PYHF_TWO_BIN)))), 1);
    const sqA = Math.sqrt(r.q_asimov!);
    expect(r.cls_exp[2]).toBeCloseTo(normalCdf(-sqA, 0, 1) / 0.5, 14);
    expect(r.cls_exp[0]).toBeCloseTo(normalCdf(-2 - sqA, 0, 1) / normalCdf(-2, 0, 1), 14);
    for (let i = 1; i < 5; i++) expect(r.cls_exp[i]).toBeGreaterThan(r.cls_exp[i - 1]);
  });
  it('is 1 at μ = 0 and decreases with μ', () => {
    const calc = new AsymptoticCalculator(buildModel(parseWorkspace(oneBin(3, 7, 8))));
    expect(calc.cls(0).cls_obs).toBe(1);
    let last = 1;
    for (const mu of [0.5, 1, 2, 4]) {
      const c = calc.cls(mu).cls_obs;
      expect(c).toBeLessThan(last);
      last = c;
    }
  });
  it('agrees between q̃_μ and q_μ when q_μ ≤ q_μ,A, and differs beyond (eq. (66) vs (59))', () => {
    const m = buildModel(parseWorkspace(oneBin(3, 7, 9)));
    const r = clsAsymptotic(m, 1.5);
    expect(r.q_obs).toBeLessThan(r.q_asimov!);
    expect(r.cls_obs).toBeCloseTo(clsAsymptotic(m, 1.5, { testStatistic: 'q' }).cls_obs, 14);
    const deficit = buildModel(parseWorkspace(oneBin(3, 7, 4)));
    const big = clsAsymptotic(deficit, 2);
    expect(big.q_obs).toBeGreaterThan(big.q_asimov!);
    const large = [big.cls_obs, clsAsymptotic(deficit, 2, { testStatistic: 'q' }).cls_obs];
    expect(Math.abs(large[0] - large[1])).toBeGreaterThan(1e-6);
  });
});
