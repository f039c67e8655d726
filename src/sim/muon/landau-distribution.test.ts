import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { LANDAU_MODE, landauCutForMean, landauDensity, landauQuantile, landauSurvival, landauTruncatedMean, sampleTruncatedLandau } from './landau-distribution.js';

describe('landauDensity() and landauSurvival()', () => {
  it('peak at λ = −0.22278 with φ = 0.180656 (Kölbig & Schorr 1984)', () => {
    expect(landauDensity(LANDAU_MODE)).toBeCloseTo(0.1806556338, 8);
    expect(landauDensity(LANDAU_MODE + 0.01)).toBeLessThan(landauDensity(LANDAU_MODE));
    expect(landauDensity(LANDAU_MODE - 0.01)).toBeLessThan(landauDensity(LANDAU_MODE));
  });

  it('has the tail S(λ) → 1/λ and a density that integrates to 1 − S', () => {
    expect(landauSurvival(1e6) * 1e6).toBeCloseTo(1, 4);
    let s = 0;
    for (let i = 0; i < 11_900; i++) s += landauDensity(-3.8 + 0.002 * i + 0.001) * 0.002;
    expect(s).toBeCloseTo(1 - landauSurvival(20), 5);
  });
});

describe('landauQuantile()', () => {
  it('matches the published quantiles (T. Yoshimura, LandauDistribution): 1% −2.10490, 50% 1.35578, 90% 11.6493, 99% 104.156', () => {
    expect(landauQuantile(0.01)).toBeCloseTo(-2.1049, 3);
    expect(landauQuantile(0.05)).toBeCloseTo(-1.49825, 3);
    expect(landauQuantile(0.25)).toBeCloseTo(-0.204641, 3);
    expect(landauQuantile(0.5)).toBeCloseTo(1.35578, 3);
    expect(landauQuantile(0.75)).toBeCloseTo(4.45839, 3);
    expect(landauQuantile(0.9)).toBeCloseTo(11.6493, 3);
    expect(landauQuantile(0.99) / 104.156).toBeCloseTo(1, 4);
  });
});

describe('sampleTruncatedLandau() and landauCutForMean()', () => {
  it('draws φ truncated at λ_max with the tabulated mean, and inverts the mean', () => {
    const rng = new RandomStream(21, 0);
    for (const lmax of [3, 20, 100]) {
      let s = 0;
      let s2 = 0;
      let above = 0;
      const n = 200_000;
      for (let i = 0; i < n; i++) {
        const l = sampleTruncatedLandau(lmax, rng.uniform());
        s += l;
        s2 += l * l;
        if (l > lmax * 1.001 + 0.01) above++; // within the tables' interpolation
      }
      const mean = s / n;
      expect(above).toBe(0);
      expect(Math.abs(mean - landauTruncatedMean(lmax))).toBeLessThan(4 * Math.sqrt((s2 / n - mean * mean) / n));
      expect(landauCutForMean(landauTruncatedMean(lmax))).toBeCloseTo(lmax, 6);
    }
    // The truncated mean grows like ln λ_max (S ≈ 1/λ): +ln 10 per decade far out.
    expect(landauTruncatedMean(1e8) - landauTruncatedMean(1e7)).toBeCloseTo(Math.LN10, 3);
    expect(landauCutForMean(-1)).toBeNaN();
  });
});
