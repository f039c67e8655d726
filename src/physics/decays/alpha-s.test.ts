import { describe, expect, it } from 'vitest';
import { EmissError } from '../../core/index.js';
import { ALPHA_S_MZ, alphaS } from './alpha-s.js';

describe('alphaS(scaleGeV)', () => {
  it('returns the PDG world average 0.1180 at m_Z', () => {
    expect(alphaS(91.188)).toBeCloseTo(ALPHA_S_MZ, 14);
  });

  it('follows the one-loop solution with n_f = 5 between m_b and m_t', () => {
    // 1/α(Q) − 1/α(m_Z) = β₀/(4π) ln(Q²/m_Z²), β₀ = 11 − 10/3 = 23/3.
    const q = 10;
    const expected = 1 / (1 / 0.118 + ((23 / 3) / (4 * Math.PI)) * Math.log((q * q) / (91.188 * 91.188)));
    expect(alphaS(q)).toBeCloseTo(expected, 14);
  });

  it('is continuous at the flavour thresholds m_c, m_b, m_t', () => {
    for (const m of [1.273, 4.183, 172.57]) {
      expect(Math.abs(alphaS(m * (1 + 1e-12)) - alphaS(m * (1 - 1e-12)))).toBeLessThan(1e-10);
    }
  });

  it('decreases with the scale (asymptotic freedom) from 1 GeV to 1 TeV', () => {
    let previous = Infinity;
    for (let q = 1; q <= 1000; q *= 1.1) {
      const a = alphaS(q);
      expect(a).toBeLessThan(previous);
      previous = a;
    }
    expect(alphaS(1)).toBeLessThan(0.5);
  });

  it('throws OUT_OF_DOMAIN below 1 GeV and for non-finite scales', () => {
    for (const q of [0.5, 0, -1, Number.NaN, Infinity]) {
      expect(() => alphaS(q)).toThrow(EmissError);
    }
    try {
      alphaS(0.5);
    } catch (e) {
      expect((e as EmissError).code).toBe('OUT_OF_DOMAIN');
    }
  });
});
