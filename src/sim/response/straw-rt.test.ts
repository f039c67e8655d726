import { describe, expect, it } from 'vitest';
import { strawDriftRadius, strawDriftTime } from './straw-rt.js';

const T = 60;
const R = 0.3;

describe('strawDriftTime(r) and strawDriftRadius(t)', () => {
  it('are inverse to each other over the whole tube', () => {
    for (const kappa of [0, 0.4, 0.8]) {
      for (let r = 0; r <= R; r += R / 97) {
        const t = strawDriftTime(r, T, kappa, R);
        expect(strawDriftRadius(t, T, kappa, R)).toBeCloseTo(r, 12);
      }
    }
  });
  it('reach the wall at the maximum drift time and clip outside [0, R] and [0, T]', () => {
    expect(strawDriftTime(R, T, 0.4, R)).toBeCloseTo(T, 12);
    expect(strawDriftTime(2 * R, T, 0.4, R)).toBeCloseTo(T, 12);
    expect(strawDriftTime(0, T, 0.4, R)).toBe(0);
    expect(strawDriftRadius(-3, T, 0.4, R)).toBe(0);
    expect(strawDriftRadius(2 * T, T, 0.4, R)).toBe(R);
  });
  it('is linear for κ = 0 (r = v̄·t) and has velocities (1 ± κ)·R/T at the wire and the wall', () => {
    expect(strawDriftRadius(T / 3, T, 0, R)).toBeCloseTo(R / 3, 14);
    const kappa = 0.4;
    const h = 1e-4;
    const v0 = strawDriftRadius(h, T, kappa, R) / h;
    const v1 = (R - strawDriftRadius(T - h, T, kappa, R)) / h;
    expect(v0).toBeCloseTo((1 + kappa) * (R / T), 6);
    expect(v1).toBeCloseTo((1 - kappa) * (R / T), 6);
    // Concave: a track at half the radius arrives before half the maximum time.
    expect(strawDriftTime(R / 2, T, kappa, R)).toBeLessThan(T / 2);
  });
});
