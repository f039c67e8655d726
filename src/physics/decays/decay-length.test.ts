import { describe, expect, it } from 'vitest';
import { EmissError, HBAR, SPEED_OF_LIGHT } from '../../core/index.js';
import { decayLength, properLifetime } from './decay-length.js';

describe('properLifetime(widthGeV)', () => {
  it('is ħ/Γ in ns', () => {
    expect(properLifetime(1e-12)).toBeCloseTo(HBAR / 1e-12, 15);
    expect(properLifetime(HBAR)).toBe(1);
  });

  it('throws OUT_OF_DOMAIN for a zero width (stable particle), a negative or a non-finite width', () => {
    expect(() => properLifetime(0)).toThrow(/stable/);
    for (const w of [0, -1e-3, Number.NaN, Infinity]) {
      try {
        properLifetime(w);
        expect.unreachable();
      } catch (e) {
        expect((e as EmissError).code).toBe('OUT_OF_DOMAIN');
      }
    }
  });
});

describe('decayLength({ massGeV, energyGeV, widthGeV })', () => {
  it('is (p/m) c τ in cm', () => {
    const m = 0.5;
    const e = 3;
    const w = 1e-14;
    const p = Math.sqrt(e * e - m * m);
    expect(decayLength({ massGeV: m, energyGeV: e, widthGeV: w }) / ((p / m) * SPEED_OF_LIGHT * (HBAR / w))).toBeCloseTo(1, 14);
  });

  it('is 0 at rest, c τ at p = m, and (E/m) c τ for E ≫ m', () => {
    const w = 1e-15;
    const ctau = SPEED_OF_LIGHT * (HBAR / w);
    expect(decayLength({ massGeV: 1, energyGeV: 1, widthGeV: w })).toBe(0);
    expect(decayLength({ massGeV: 1, energyGeV: Math.SQRT2, widthGeV: w }) / ctau).toBeCloseTo(1, 14);
    expect(decayLength({ massGeV: 1e-3, energyGeV: 100, widthGeV: w }) / (1e5 * ctau)).toBeCloseTo(1, 9);
  });

  it('throws OUT_OF_DOMAIN for Γ = 0, E < m, m ≤ 0 or non-finite input', () => {
    const bad = [
      { massGeV: 1, energyGeV: 2, widthGeV: 0 },
      { massGeV: 1, energyGeV: 0.9, widthGeV: 1e-3 },
      { massGeV: 0, energyGeV: 1, widthGeV: 1e-3 },
      { massGeV: 1, energyGeV: Infinity, widthGeV: 1e-3 },
    ];
    for (const args of bad) {
      try {
        decayLength(args);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(EmissError);
        expect((e as EmissError).code).toBe('OUT_OF_DOMAIN');
      }
    }
  });
});
