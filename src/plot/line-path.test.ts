import { describe, expect, it } from 'vitest';
import { axisScale } from './axis-scale.js';
import { linePath } from './line-path.js';

const id = (v: number): number => v;

describe('linePath(x, y, sx, sy)', () => {
  it('draws one piece through drawable points, rounded to 0.01 px', () => {
    expect(linePath([0, 1.23456, 2], [0, 1, 2.005001], id, id)).toBe('M0,0L1.23,1L2,2.01');
  });
  it('splits at a NaN and never writes NaN or Infinity', () => {
    const d = linePath([0, 1, 2, 3, 4], [0, 1, Number.NaN, 3, Infinity], id, id);
    expect(d).toBe('M0,0L1,1M3,3Z');
    expect(d).not.toMatch(/NaN|Infinity/);
  });
  it('splits at a negative y on a log axis', () => {
    const sy = axisScale({ label: 'y', min: 1e-3, max: 1, log: true }, [300, 0]);
    const d = linePath([0, 1, 2, 3, 4], [1e-3, 1e-2, -1, 1e-1, 1], id, sy);
    expect(d).toBe('M0,300L1,200M3,100L4,0');
  });
  it('returns an empty string when nothing can be drawn', () => {
    expect(linePath([0, 1], [Number.NaN, Number.NaN], id, id)).toBe('');
  });
});
