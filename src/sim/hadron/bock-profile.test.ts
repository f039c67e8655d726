import { describe, expect, it } from 'vitest';
import { material } from '../../physics/index.js';
import { bockMeanDepthCm, bockProfile } from './bock-profile.js';

const fe = material('Fe');

/** Mean and 95% depth [cm] of Bock's profile from the vertex, by summation in 0.05 cm steps. */
function moments(E: number): [number, number] {
  const dz = 0.05;
  const v: number[] = [];
  let s = 0;
  for (let i = 0; i < 20000; i++) {
    const y = bockProfile((i + 0.5) * dz, E, fe.radiationLengthCm, fe.nuclearInteractionLengthCm);
    v.push(y);
    s += y;
  }
  let c = 0;
  let m = 0;
  let l95 = 0;
  v.forEach((y, i) => {
    m += y * (i + 0.5) * dz;
    c += y;
    if (!l95 && c >= 0.95 * s) l95 = (i + 1) * dz;
  });
  return [m / s, l95];
}

describe('bockProfile()', () => {
  it('bockProfile() in iron gives the CDHS 95% containment length 9.4 ln E + 39 cm (NIM 180 (1981) 429) within 3% at 10–100 GeV', () => {
    for (const E of [10, 50, 100]) {
      const [, l95] = moments(E);
      expect(Math.abs(l95 / (9.4 * Math.log(E) + 39) - 1), `${E} GeV`).toBeLessThan(0.03);
    }
  });

  it('bockMeanDepthCm() is the mean of bockProfile()', () => {
    for (const E of [5, 50, 300]) {
      const [mean] = moments(E);
      expect(bockMeanDepthCm(E, fe.radiationLengthCm, fe.nuclearInteractionLengthCm) / mean).toBeCloseTo(1, 3);
    }
  });
});
