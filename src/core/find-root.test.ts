import { describe, expect, it } from 'vitest';
import { findRoot } from './find-root.js';

describe('findRoot(f, a, b)', () => {
  it('finds √2 to 1e-12', () => {
    expect(findRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 12);
  });
  it('finds ln 10 as the root of e^{−s} = 0.1 (the zero-event 90% CL limit)', () => {
    expect(findRoot((s) => Math.exp(-s) - 0.1, 0, 20)).toBeCloseTo(Math.log(10), 12);
  });
  it('handles a function that is flat near its root: (x − 1)³', () => {
    expect(findRoot((x) => (x - 1) ** 3, -3, 4)).toBeCloseTo(1, 4);
  });
  it('throws when the interval does not bracket a root', () => {
    expect(() => findRoot((x) => x * x + 1, -1, 1, { what: 'test' })).toThrow(/no sign change/);
  });
});
