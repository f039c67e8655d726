import { describe, expect, it } from 'vitest';
import { buildModel } from './build-model.js';
import { clsAsymptotic } from './cls-asymptotic.js';
import { clsToys } from './cls-toys.js';
import { parseWorkspace } from './workspace-schema.js';
import { oneBin } from './test-workspaces.js';

describe('clsToys(model, mu, {toys, seed})', () => {
  it('gives CLs = e^{−μs} for zero observed events (Read, J. Phys. G 28 (2002) 2693), within 4 binomial σ', () => {
    // n = 0 is the most signal-unlike outcome: CL_s+b = P(0 | μs + b), CL_b = P(0 | b).
    const s = 2.302585;
    const b = 0.4;
    const toys = 20000;
    const r = clsToys(buildModel(parseWorkspace(oneBin(s, b, 0))), 1, { toys, seed: 3 });
    const p = Math.exp(-(s + b));
    expect(Math.abs(r.clsb_obs - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / toys));
    expect(r.cls_obs).toBeGreaterThan(0.08);
    expect(r.cls_obs).toBeLessThan(0.12);
  });
  it('approaches the asymptotic CLs for large counts', () => {
    const m = buildModel(parseWorkspace(oneBin(40, 400, 410)));
    const t = clsToys(m, 1, { toys: 4000, seed: 1 });
    const a = clsAsymptotic(m, 1);
    expect(Math.abs(t.cls_obs - a.cls_obs)).toBeLessThan(0.02);
    expect(Math.abs(t.cls_exp[2] - a.cls_exp[2])).toBeLessThan(0.02);
  });
  it('depends only on the seed', () => {
    const m = buildModel(parseWorkspace(oneBin(3, 2, 1)));
    expect(clsToys(m, 1, { toys: 200, seed: 9 })).toEqual(clsToys(m, 1, { toys: 200, seed: 9 }));
    expect(clsToys(m, 1, { toys: 200, seed: 9 }).cls_obs).not.toBe(clsToys(m, 1, { toys: 200, seed: 10 }).cls_obs);
  });
  it('rejects too few toys', () => {
    expect(() => clsToys(buildModel(parseWorkspace(oneBin(3, 2, 1))), 1, { toys: 3 })).toThrow(/--toys/);
  });
});
