import { describe, expect, it } from 'vitest';
import { buildModel } from './build-model.js';
import { AsymptoticCalculator } from './cls-asymptotic.js';
import { upperLimit } from './upper-limit.js';
import { parseWorkspace } from './workspace-schema.js';
import { oneBin, PYHF_TWO_BIN } from './test-workspaces.js';

describe('upperLimit(model, {cl, calculator})', () => {
  it('puts CLs at 1 − CL at the observed and expected limits', () => {
    const m = buildModel(parseWorkspace(JSON.parse(JSON.stringify(PYHF_TWO_BIN))));
    const r = upperLimit(m, { cl: 0.95 });
    const calc = new AsymptoticCalculator(m);
    expect(calc.cls(r.mu_up_obs).cls_obs).toBeCloseTo(0.05, 6);
    r.mu_up_exp.forEach((mu, i) => expect(calc.cls(mu).cls_exp[i]).toBeCloseTo(0.05, 6));
    for (let i = 1; i < 5; i++) expect(r.mu_up_exp[i]).toBeGreaterThan(r.mu_up_exp[i - 1]);
  });
  it('gives the median expected 90% limit where √q_μ,A = 1.645 (one bin, Poisson Asimov, arXiv:1007.1727)', () => {
    const s = 5;
    const b = 20;
    const r = upperLimit(buildModel(parseWorkspace(oneBin(s, b, 20))));
    const mu = r.mu_up_exp[2];
    const qA = 2 * (b * Math.log(b / (mu * s + b)) + mu * s);
    expect(Math.sqrt(qA)).toBeCloseTo(1.6448536, 5);
  });
  it('with toys reproduces the zero-event limit μs = ln 10 for a negligible background', () => {
    const s = 2;
    const r = upperLimit(buildModel(parseWorkspace(oneBin(s, 0.01, 0))), { calculator: 'toys', toys: 4000, seed: 5 });
    expect(r.mu_up_obs * s).toBeGreaterThan(2.1);
    expect(r.mu_up_obs * s).toBeLessThan(2.5);
  });
  it('rejects a confidence level outside (0, 1)', () => {
    expect(() => upperLimit(buildModel(parseWorkspace(oneBin(1, 1, 1))), { cl: 1.5 })).toThrow(/--cl/);
  });
});
