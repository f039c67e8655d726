import { describe, expect, it } from 'vitest';
import { RandomStream } from './random-stream.js';

const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
const variance = (a: number[]): number => {
  const m = mean(a);
  return a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1);
};
const draw = (n: number, f: () => number): number[] => Array.from({ length: n }, f);

describe('RandomStream(seed, event, substream)', () => {
  it('is a pure function of (seed, event, substream)', () => {
    const a = new RandomStream(7, 123);
    const b = new RandomStream(7, 123);
    const c = new RandomStream(7, 124);
    const d = new RandomStream(7, 123, 1);
    const xa = draw(10, () => a.uniform());
    expect(draw(10, () => b.uniform())).toEqual(xa);
    expect(draw(10, () => c.uniform())).not.toEqual(xa);
    expect(draw(10, () => d.uniform())).not.toEqual(xa);
    expect(RandomStream.reset(a, 7, 123).uniform()).toBe(xa[0]);
  });
  it('draws uniforms with mean 1/2 and variance 1/12 (5σ bounds, n = 2e5)', () => {
    const r = new RandomStream(1, 2);
    const u = draw(200000, () => r.uniform());
    expect(Math.abs(mean(u) - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / u.length));
    expect(Math.abs(variance(u) - 1 / 12)).toBeLessThan(0.002);
    expect(u.every((v) => v > 0 && v < 1)).toBe(true);
  });
  it('draws normals (both methods), exponentials, Poisson and gamma with the right moments', () => {
    const r = new RandomStream(3, 4);
    const n = 100000;
    for (const f of [() => r.normal(), () => r.normalFast()]) {
      const x = draw(n, f);
      expect(Math.abs(mean(x))).toBeLessThan(0.02);
      expect(Math.abs(variance(x) - 1)).toBeLessThan(0.02);
    }
    const e = draw(n, () => r.exponential());
    expect(Math.abs(mean(e) - 1)).toBeLessThan(0.02);
    for (const lam of [0.3, 4, 29, 31, 500]) {
      const p = draw(n, () => r.poisson(lam));
      expect(Math.abs(mean(p) / lam - 1)).toBeLessThan(5 / Math.sqrt(n * lam));
      expect(Math.abs(variance(p) / lam - 1)).toBeLessThan(0.05);
      expect(p.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
    }
    for (const k of [0.4, 1, 5.5]) {
      const g = draw(n, () => r.gamma(k));
      expect(Math.abs(mean(g) / k - 1)).toBeLessThan(0.02);
      expect(Math.abs(variance(g) / k - 1)).toBeLessThan(0.05);
    }
  });
});

describe('RandomStream.reset(s, seed, event): one stream per event', () => {
  it('gives first draws uniform across events (χ² over 20 bins of 10⁵ events below the 0.1% quantile, 43.8)', () => {
    const s = RandomStream.reset(new RandomStream(1, 0), 1, 0);
    for (const seed of [1, 2]) {
      const N = 100000;
      const bins = new Float64Array(20);
      for (let ev = 0; ev < N; ev++) bins[Math.floor(RandomStream.reset(s, seed, ev, 0).uniform() * 20)]++;
      const chi2 = bins.reduce((t, v) => t + (v - N / 20) ** 2 / (N / 20), 0);
      expect(chi2).toBeLessThan(43.8);
    }
  });
});
