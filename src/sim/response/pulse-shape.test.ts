import { describe, expect, it } from 'vitest';
import { PULSE_SHAPE, pulseShape, pulseShapeAreaNs, tabulatePulseShape } from './pulse-shape.js';

/** Times where f crosses `level` before and after the peak (bisection). */
function crossings(level: number): [number, number] {
  const solve = (lo: number, hi: number): number => {
    const rising = pulseShape(lo) < pulseShape(hi);
    for (let i = 0; i < 60; i++) {
      const mid = 0.5 * (lo + hi);
      if (pulseShape(mid) < level === rising) lo = mid;
      else hi = mid;
    }
    return 0.5 * (lo + hi);
  };
  const tau = PULSE_SHAPE.peakingTimeNs;
  return [solve(1e-9, tau), solve(tau, 20 * tau)];
}

describe('pulseShape(tNs)', () => {
  it('is 0 before the onset, 1 at the peak τ = 30 ns and below 1 elsewhere', () => {
    expect(pulseShape(0)).toBe(0);
    expect(pulseShape(-5)).toBe(0);
    expect(pulseShape(30)).toBeCloseTo(1, 14);
    expect(pulseShape(15)).toBeCloseTo(0.25 * Math.E, 12);
    for (let t = 0.5; t < 400; t += 0.5) if (Math.abs(t - 30) > 1e-9) expect(pulseShape(t)).toBeLessThan(1);
  });
  it('has the documented 10–90% rise (17 ns) and FWHM (51 ns)', () => {
    const [r10] = crossings(0.1);
    const [r90] = crossings(0.9);
    const [h1, h2] = crossings(0.5);
    expect(r90 - r10).toBeGreaterThan(16.8);
    expect(r90 - r10).toBeLessThan(17.8);
    expect(h2 - h1).toBeGreaterThan(50.5);
    expect(h2 - h1).toBeLessThan(51.5);
  });
  it('pulseShapeAreaNs() equals the numerical integral τ e² 2/8', () => {
    let area = 0;
    const h = 0.01;
    for (let t = h / 2; t < 1000; t += h) area += pulseShape(t) * h;
    expect(pulseShapeAreaNs()).toBeCloseTo(area, 6);
    expect(pulseShapeAreaNs()).toBeCloseTo((30 * Math.exp(2) * 2) / 8, 10);
    expect(pulseShapeAreaNs({ order: 3, peakingTimeNs: 10 })).toBeCloseTo((10 * Math.exp(3) * 6) / 81, 10);
  });
});

describe('tabulatePulseShape()', () => {
  it('interpolates linearly to within 1e-5 of the peak, and ends below 1e-6', () => {
    const t = tabulatePulseShape();
    let worst = 0;
    for (let x = 0.013; x < t.lengthNs; x += 0.37) {
      const u = x / t.stepNs;
      const i = Math.floor(u);
      const f = t.values[i] + (u - i) * (t.values[i + 1] - t.values[i]);
      worst = Math.max(worst, Math.abs(f - pulseShape(x)));
    }
    expect(worst).toBeLessThan(1e-5);
    expect(pulseShape(t.lengthNs)).toBeLessThan(1e-6);
    expect(t.values[t.values.length - 1]).toBe(0);
  });
});
