import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { TRACK_SUMS, addHit, armsFit, fitLine, kinkFit } from './spectrometer-fit.js';

function sums(z: number[], u: number[], sigma: number, zRef: number): Float64Array {
  const s = new Float64Array(TRACK_SUMS);
  for (let i = 0; i < z.length; i++) addHit(s, 0, z[i] - zRef, u[i], 1 / (sigma * sigma));
  return s;
}

describe('fitLine(sums)', () => {
  it('recovers an exact line with χ² = 0 and var(t) = σ²/Σ(z − z̄)² (least squares, PDG Statistics §40.2.4)', () => {
    const z = [0, 100, 250, 400];
    const u = z.map((x) => 1.5 + 0.003 * x);
    const out = new Float64Array(6);
    expect(fitLine(sums(z, u, 0.01, 0), 0, out)).toBe(true);
    expect(out[0]).toBeCloseTo(1.5, 12);
    expect(out[1]).toBeCloseTo(0.003, 14);
    expect(out[5]).toBeLessThan(1e-12);
    const zm = z.reduce((a, b) => a + b, 0) / z.length;
    const szz = z.reduce((a, b) => a + (b - zm) ** 2, 0);
    expect(out[3]).toBeCloseTo(1e-4 / szz, 15);
  });
  it('is singular with fewer than two distinct z', () => {
    expect(fitLine(sums([5, 5], [1, 2], 0.01, 0), 0, new Float64Array(6))).toBe(false);
  });
});

describe('kinkFit(up, down)', () => {
  const zUp = [50, 51, 150, 151];
  const zDown = [1000, 1100, 1200, 1300, 1400, 1500];
  const zb = 625;
  it('recovers the slopes of an exact kinked trajectory meeting at the bending plane', () => {
    const xb = 0.2;
    const tu = 1e-4;
    const td = 0.021;
    const up = sums(zUp, zUp.map((z) => xb + tu * (z - zb)), 0.008, 100);
    const dn = sums(zDown, zDown.map((z) => xb + td * (z - zb)), 0.008, 1250);
    const out = new Float64Array(5);
    expect(kinkFit(up, 0, 100 - zb, dn, 0, 1250 - zb, out)).toBe(true);
    expect(out[0]).toBeCloseTo(xb, 10);
    expect(out[1]).toBeCloseTo(tu, 12);
    expect(out[2]).toBeCloseTo(td, 12);
    expect(out[4]).toBeLessThan(1e-9);
  });
  it('has χ² = χ²(two free lines) + (mismatch at z_b)²/var — the constrained least-squares identity — and a smaller var(Δθ)', () => {
    const rng = new RandomStream(11, 0, 0);
    for (let trial = 0; trial < 5; trial++) {
      const up = sums(zUp, zUp.map(() => 0.008 * rng.normal()), 0.008, 100);
      const dn = sums(zDown, zDown.map((z) => 0.021 * (z - zb) + 0.008 * rng.normal()), 0.008, 1250);
      const k = new Float64Array(5);
      const a = new Float64Array(5);
      kinkFit(up, 0, 100 - zb, dn, 0, 1250 - zb, k);
      armsFit(up, 0, 100 - zb, dn, 0, 1250 - zb, a);
      expect(Math.abs(k[4] - a[4]) / a[4]).toBeLessThan(1e-6);
      expect(k[3]).toBeLessThan(a[3]);
    }
  });
});
