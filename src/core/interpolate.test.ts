import { describe, expect, it } from 'vitest';
import { interpolator, logSpace } from './interpolate.js';

describe('interpolator(xs, ys)', () => {
  it('reproduces a power law exactly in log–log', () => {
    const xs = [1, 10, 100];
    const f = interpolator(xs, xs.map((x) => 3 * x ** -2), { logX: true, logY: true });
    expect(f(31.6) / (3 * 31.6 ** -2)).toBeCloseTo(1, 12);
  });
  it('is linear between points and clamps outside', () => {
    const f = interpolator([0, 1, 2], [0, 10, 0]);
    expect(f(0.25)).toBeCloseTo(2.5, 14);
    expect(f(1.5)).toBeCloseTo(5, 14);
    expect(f(-1)).toBe(0);
    expect(f(5)).toBe(0);
  });
  it('rejects non-increasing x', () => {
    expect(() => interpolator([0, 0], [1, 2])).toThrow(/increase/);
  });
});

describe('logSpace(a, b, n)', () => {
  it('spans [a, b] with a constant ratio', () => {
    const v = logSpace(1e-3, 1, 4);
    expect(Array.from(v).map((x) => Math.round(Math.log10(x)))).toEqual([-3, -2, -1, 0]);
    expect(v[3]).toBe(1);
  });
});
