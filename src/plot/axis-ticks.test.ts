import { describe, expect, it } from 'vitest';
import { axisTicks } from './axis-ticks.js';

describe('axisTicks(axis)', () => {
  it('labels exactly the four decades of a log axis from 1e-3 to 1', () => {
    const t = axisTicks({ label: 'x', min: 1e-3, max: 1, log: true });
    expect(t.major.map((m) => m.value)).toEqual([1e-3, 1e-2, 1e-1, 1]);
    expect(t.major.map((m) => m.label)).toEqual(['10^{−3}', '10^{−2}', '10^{−1}', '1']);
  });
  it('puts minor ticks at 2…9 × 10ⁿ inside a log axis, in increasing order', () => {
    const t = axisTicks({ label: 'x', min: 1e-3, max: 1, log: true });
    expect(t.minor).toHaveLength(24);
    expect(t.minor[0]).toBe(2e-3);
    expect(t.minor[23]).toBe(0.9);
    expect([...t.minor].sort((a, b) => a - b)).toEqual(t.minor);
  });
  it('labels only every k-th decade when there are more decades than maxMajor', () => {
    const t = axisTicks({ label: 'y', min: 1e-16, max: 1e-6, log: true }, { maxMajor: 4 });
    expect(t.major.map((m) => m.value)).toEqual([1e-15, 1e-12, 1e-9, 1e-6]);
    expect(t.minor).toContain(1e-16);
    expect(t.minor).toContain(1e-7);
  });
  it('writes 10 for the decade 10¹ and 10^{2} beyond', () => {
    const t = axisTicks({ label: 'x', min: 1, max: 100, log: true });
    expect(t.major.map((m) => m.label)).toEqual(['1', '10', '10^{2}']);
  });
  it('labels 1, 2, 5 × 10ⁿ on a log axis shorter than two decades', () => {
    const t = axisTicks({ label: 'x', min: 2e-3, max: 1.5e-2, log: true });
    expect(t.major.map((m) => m.value)).toEqual([2e-3, 5e-3, 1e-2]);
    expect(t.major.map((m) => m.label)).toEqual(['0.002', '0.005', '0.01']);
    expect(t.minor).toContain(3e-3);
  });
  it('uses nice steps on a linear axis, with a real minus sign and 5 minor intervals', () => {
    const t = axisTicks({ label: 'x', min: -1, max: 1 }, { maxMajor: 5 });
    expect(t.major.map((m) => m.value)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(t.major.map((m) => m.label)).toEqual(['−1', '−0.5', '0', '0.5', '1']);
    expect(t.minor).toHaveLength(16);
  });
  it('uses 4 minor intervals when the major step is 2 × 10ⁿ', () => {
    const t = axisTicks({ label: 'x', min: 0, max: 10 }, { maxMajor: 6 });
    expect(t.major.map((m) => m.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(t.minor).toEqual([0.5, 1, 1.5, 2.5, 3, 3.5, 4.5, 5, 5.5, 6.5, 7, 7.5, 8.5, 9, 9.5]);
  });
  it('writes 1000 without digit grouping, and m×10^{n} for labels beyond 10⁶', () => {
    expect(axisTicks({ label: 'y', min: 0, max: 1000 }, { maxMajor: 6 }).major.map((m) => m.label)).toContain('1000');
    const big = axisTicks({ label: 'y', min: 0, max: 3e7 }, { maxMajor: 4 }).major.map((m) => m.label);
    expect(big).toEqual(['0', '10^{7}', '2×10^{7}', '3×10^{7}']);
  });
});
