import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../test/support/error-code.js';
import { Hist2D } from './hist-2d.js';

describe('Hist2D', () => {
  it('new Hist2D(…, 0 y bins) throws BAD_OPTION naming the y axis', () => {
    expect(errorCode(() => new Hist2D('plane', '', 10, 0, 1, 0, 0, 1))).toBe('BAD_OPTION');
    expect(() => new Hist2D('plane', '', 10, 0, 1, 0, 0, 1)).toThrow(/hist 'plane' y axis/);
  });

  it('fill(x, y, w) uses cell = ix + (nx + 2)·iy with under/overflow on each axis', () => {
    const h = new Hist2D('h', '', 3, 0, 3, 2, 0, 2);
    h.fill(1.5, 0.5, 2); // ix 2, iy 1
    h.fill(-1, 0.5); // ix 0, iy 1
    h.fill(1.5, 5, 0.5); // ix 2, iy 3
    expect(h.binContent(2, 1)).toBe(2);
    expect(h.contents[2 + 5 * 1]).toBe(2);
    expect(h.binContent(0, 1)).toBe(1);
    expect(h.binContent(2, 3)).toBe(0.5);
    expect(h.binError(2, 1)).toBe(2);
    expect(h.entries).toBe(3);
    // statistics only from the fill inside both ranges (TH2::Fill)
    expect(h.sumw).toBe(2);
    expect(h.sumwxy).toBe(2 * 1.5 * 0.5);
    expect(h.integral()).toBe(2);
    expect(h.integral(0, 4, 0, 3)).toBe(3.5);
  });

  it('scale and add act on Σw and Σw² like TH1::Scale and TH1::Add', () => {
    const h = new Hist2D('h', '', 2, 0, 2, 2, 0, 2);
    h.fill(0.5, 0.5, 1);
    const g = h.clone('g').scale(2).add(h);
    expect(g.binContent(1, 1)).toBe(3);
    expect(g.binError(1, 1)).toBeCloseTo(Math.sqrt(5), 14);
  });
});
