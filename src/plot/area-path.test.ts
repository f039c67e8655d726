import { describe, expect, it } from 'vitest';
import { areaPath } from './area-path.js';

const id = (v: number): number => v;

describe('areaPath(x, y0, y1, sx, sy)', () => {
  it('closes the region between two curves: along y1 forwards, back along y0, Z', () => {
    expect(areaPath([0, 10], [1, 2], [5, 6], id, id)).toBe('M0,5L10,6L10,2L0,1Z');
  });
  it('fills up to a pixel edge given as { pixel }', () => {
    expect(areaPath([0, 10], [4, 6], { pixel: -1 }, id, id)).toBe('M0,-1L10,-1L10,6L0,4Z');
  });
  it('makes one closed polygon per run of drawable points', () => {
    const d = areaPath([0, 1, 2, 3, 4], [0, 0, Number.NaN, 0, 0], [1, 1, 1, 1, 1], id, id);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    expect(d).not.toMatch(/NaN/);
  });
});
