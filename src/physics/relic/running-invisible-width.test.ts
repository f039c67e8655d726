import { describe, expect, it } from 'vitest';
import { DARK_MATTER_TYPES, darkMatterWidth } from '../decays/index.js';
import { runningInvisibleWidth } from './running-invisible-width.js';

describe('runningInvisibleWidth(dm, s, m1, m2, alphaD)', () => {
  it('equals √s·darkMatterWidth(√s) of physics/decays for every benchmark', () => {
    for (const dm of DARK_MATTER_TYPES) {
      for (const rootS of [0.21, 0.25, 0.3, 1.7]) {
        const m1 = 0.1;
        const m2 = dm === 'pseudo-dirac' ? 0.1 * 1.1 : m1;
        const expected = rootS * darkMatterWidth(rootS, { dm, dmMassGeV: m1, alphaD: 0.5, splitting: 0.1 });
        const got = runningInvisibleWidth(dm, rootS * rootS, m1, m2, 0.5);
        expect(Math.abs(got - expected), `${dm} at √s = ${rootS}`).toBeLessThan(1e-14 + 1e-12 * expected);
      }
    }
  });
  it('vanishes at and below threshold', () => {
    expect(runningInvisibleWidth('dirac', 0.04, 0.1, 0.1, 0.5)).toBe(0);
    expect(runningInvisibleWidth('pseudo-dirac', 0.044, 0.1, 0.11, 0.5)).toBe(0);
  });
});
