import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { POISSON_GAUSSIAN_MEAN, fluctuate, gammaFast, measuredCellEnergy } from './calorimeter-response.js';

/** Mean and variance of the summed measured energy of `cells` over n events. */
function sumMoments(cells: number[], pe: number, a: number, n: number, seed: number): { mean: number; variance: number } {
  const r = new RandomStream(seed, 0);
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    let e = 0;
    for (const c of cells) e += measuredCellEnergy(c, pe, a, r);
    s += e;
    s2 += e * e;
  }
  const mean = s / n;
  return { mean, variance: (s2 - n * mean * mean) / (n - 1) };
}

describe('measuredCellEnergy(eDep, photoelectronsPerGeV, samplingStochastic, rng)', () => {
  it('gives a shower summed over cells the mean E and the variance a²E + E/p (ECAL-like, Gaussian regime)', () => {
    // A 100 GeV shower shared by 9 cells; a = 0.09 GeV^½, p = 2500/GeV.
    const cells = [60, 8, 8, 8, 8, 2, 2, 2, 2];
    const E = 100;
    const n = 20000;
    const { mean, variance } = sumMoments(cells, 2500, 0.09, n, 1);
    const expected = 0.09 ** 2 * E + E / 2500;
    expect(Math.abs(mean - E)).toBeLessThan(5 * Math.sqrt(expected / n));
    // Relative σ of a sample variance: √(2/(n−1)) = 1%; 4σ.
    expect(Math.abs(variance / expected - 1)).toBeLessThan(0.04);
  });
  it('is Poisson photo-statistics for small signals: variance E/p, integer photo-electrons', () => {
    const p = 500;
    const E = 0.01; // μ = 5 p.e.
    const n = 40000;
    const { mean, variance } = sumMoments([E], p, 0, n, 2);
    expect(Math.abs(mean - E)).toBeLessThan(5 * Math.sqrt(E / p / n));
    expect(Math.abs(variance / (E / p) - 1)).toBeLessThan(0.04);
    const r = new RandomStream(3, 0);
    for (let i = 0; i < 100; i++) {
      const npe = measuredCellEnergy(E, p, 0, r) * p;
      expect(Math.abs(npe - Math.round(npe))).toBeLessThan(1e-9);
    }
  });
  it('switches to the Gaussian above POISSON_GAUSSIAN_MEAN photo-electrons without a jump in the moments', () => {
    const p = 1000;
    for (const mu of [0.98 * POISSON_GAUSSIAN_MEAN, 1.02 * POISSON_GAUSSIAN_MEAN]) {
      const E = mu / p;
      const { mean, variance } = sumMoments([E], p, 0, 20000, 4);
      expect(Math.abs(mean / E - 1)).toBeLessThan(5 * Math.sqrt(1 / mu / 20000));
      expect(Math.abs(variance / (E / p) - 1)).toBeLessThan(0.05);
    }
  });
  it('keeps mean and variance for small deposits in a coarse sampling calorimeter (Gamma, never negative)', () => {
    // 10 MeV in an HCAL cell: σ = 0.6·√0.01 = 60 MeV ≫ E; a clipped Gaussian would give a mean of 29 MeV.
    const E = 0.01;
    const n = 100000;
    const r = new RandomStream(6, 0);
    let s = 0;
    let s2 = 0;
    let zero = 0;
    let negative = 0;
    for (let i = 0; i < n; i++) {
      const e = measuredCellEnergy(E, 500, 0.6, r);
      if (e < 0) negative++;
      s += e;
      s2 += e * e;
      if (e < 1e-6) zero++;
    }
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    const V = 0.36 * E + E / 500;
    expect(Math.abs(mean - E)).toBeLessThan(5 * Math.sqrt(V / n));
    // The Gamma of shape 0.028 has an excess kurtosis of 6/0.028: the variance converges slowly.
    expect(Math.abs(variance / V - 1)).toBeLessThan(0.25);
    expect(zero / n).toBeGreaterThan(0.5);
    expect(negative).toBe(0);
  });
  it('fluctuate(m, v) is Gaussian for σ/m ≤ 1/3 and Gamma below, both with mean m and variance v', () => {
    const r = new RandomStream(7, 0);
    for (const [m, v] of [[1, 0.01], [1, 0.1], [1, 0.2], [1, 3]]) {
      const n = 100000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const x = fluctuate(m, v, r);
        s += x;
        s2 += x * x;
      }
      const mean = s / n;
      expect(Math.abs(mean - m)).toBeLessThan(5 * Math.sqrt(v / n));
      expect(Math.abs((s2 / n - mean * mean) / v - 1)).toBeLessThan(0.06);
    }
    expect(fluctuate(2, 0, r)).toBe(2);
  });
  it('gammaFast(shape) has mean and variance = shape, also for shape < 1', () => {
    const r = new RandomStream(8, 0);
    for (const k of [0.05, 0.5, 1, 4.5, 30]) {
      const n = 100000;
      let s = 0;
      let s2 = 0;
      let negative = 0;
      for (let i = 0; i < n; i++) {
        const x = gammaFast(k, r);
        if (x < 0) negative++;
        s += x;
        s2 += x * x;
      }
      const mean = s / n;
      expect(negative).toBe(0);
      expect(Math.abs(mean - k)).toBeLessThan(5 * Math.sqrt(k / n));
      // Relative σ of the variance estimate: √((2 + 6/k)/n).
      expect(Math.abs((s2 / n - mean * mean) / k - 1)).toBeLessThan(5 * Math.sqrt((2 + 6 / k) / n));
    }
  });
  it('returns 0 for no deposit and draws nothing', () => {
    const r = new RandomStream(5, 0);
    const r2 = new RandomStream(5, 0);
    expect(measuredCellEnergy(0, 100, 0.5, r)).toBe(0);
    expect(r.uint32()).toBe(r2.uint32());
  });
});
