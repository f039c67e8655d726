import { describe, expect, it } from 'vitest';
import { groomEmFraction, hadronicEnergy, wigmansEOverPi } from './em-fraction.js';
import { E_OVER_H_FE_SC, eOverH } from './e-over-h.js';

describe('groomEmFraction()', () => {
  it('groomEmFraction(E) = 1 − (E/1 GeV)^(−0.18): 0.339 at 10 GeV, 0.506 at 50 GeV, 0.563 at 100 GeV', () => {
    expect(groomEmFraction(10)).toBeCloseTo(1 - Math.pow(10, -0.18), 12);
    expect(groomEmFraction(10)).toBeCloseTo(0.339, 3);
    expect(groomEmFraction(50)).toBeCloseTo(0.5055, 3);
    expect(groomEmFraction(100)).toBeCloseTo(0.5635, 3);
  });

  it('groomEmFraction() is lower for baryon-induced showers (E0 = 2.6 GeV) and 0 below E0', () => {
    expect(groomEmFraction(50, true)).toBeLessThan(groomEmFraction(50));
    expect(groomEmFraction(0.5)).toBe(0);
    expect(groomEmFraction(2, true)).toBe(0);
  });

  it('hadronicEnergy(E) + f_em·E = E', () => {
    for (const E of [0.3, 3, 30, 300]) expect(hadronicEnergy(E, false) + groomEmFraction(E) * E).toBeCloseTo(E, 10);
  });
});

describe('wigmansEOverPi()', () => {
  it('wigmansEOverPi(f_em, e/h) = (e/h)/(1 − f_em(1 − e/h)): 1 for compensation or a pure EM shower', () => {
    expect(wigmansEOverPi(0.4, 1)).toBe(1);
    expect(wigmansEOverPi(1, 1.4)).toBeCloseTo(1, 12);
    expect(wigmansEOverPi(0, 1.4)).toBeCloseTo(1.4, 12);
  });

  it('wigmansEOverPi() for the NA64 Fe/Sc HCAL at 50 GeV is 1.15', () => {
    expect(eOverH('NA64-HCAL')).toBe(E_OVER_H_FE_SC);
    expect(wigmansEOverPi(groomEmFraction(50), eOverH('NA64-HCAL'))).toBeCloseTo(1.1506, 3);
  });
});
