import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../test/support/error-code.js';
import { Hist1D } from './hist-1d.js';

describe('Hist1D', () => {
  it('new Hist1D(…, 0 bins) throws BAD_OPTION naming the histogram and the axis', () => {
    expect(errorCode(() => new Hist1D('e_ecal', '', 0, 0, 1))).toBe('BAD_OPTION');
    expect(() => new Hist1D('e_ecal', '', 0, 0, 1)).toThrow(/hist 'e_ecal' x axis: number of bins 0/);
    expect(errorCode(() => new Hist1D('h', '', 10, 1, 1))).toBe('BAD_OPTION');
    expect(errorCode(() => new Hist1D('h', '', 2.5, 0, 1))).toBe('BAD_OPTION');
  });

  it('fill(x) puts x in the bin of TAxis::FindBin, x < lo in underflow, x ≥ hi and NaN in overflow', () => {
    const h = new Hist1D('h', '', 10, 0, 10);
    for (const x of [-0.1, 0, 0.999, 5, 9.999999, 10, Number.NaN, Infinity, -Infinity]) h.fill(x);
    expect(Array.from(h.contents)).toEqual([2, 2, 0, 0, 0, 0, 1, 0, 0, 0, 1, 3]);
    expect(h.entries).toBe(9);
    // only the 4 in-range fills enter the statistics
    expect(h.sumw).toBe(4);
    expect(h.mean()).toBeCloseTo((0 + 0.999 + 5 + 9.999999) / 4, 12);
  });

  it('fill(x, w) accumulates Σw and Σw², binError = √Σw²', () => {
    const h = new Hist1D('h', '', 4, 0, 4);
    h.fill(1.5, 2);
    h.fill(1.5, 3);
    expect(h.binContent(2)).toBe(5);
    expect(h.binError(2)).toBeCloseTo(Math.sqrt(13), 14);
    expect(h.sumw2Total).toBe(13);
    expect(() => h.fill(1, Number.NaN)).toThrow(/weight NaN is not finite/);
  });

  it('fillArray equals repeated fill, and mean/stdDev match the sample moments', () => {
    const xs = Float64Array.from({ length: 1000 }, (_, i) => (i * 0.37) % 11);
    const ws = Float64Array.from({ length: 1000 }, (_, i) => 0.5 + (i % 3));
    const a = new Hist1D('a', '', 20, 0, 10);
    const b = new Hist1D('b', '', 20, 0, 10);
    a.fillArray(xs, ws);
    for (let i = 0; i < xs.length; i++) b.fill(xs[i], ws[i]);
    expect(Array.from(a.contents)).toEqual(Array.from(b.contents));
    expect(Array.from(a.sumw2)).toEqual(Array.from(b.sumw2));
    expect(a.sumwx2).toBeCloseTo(b.sumwx2, 8);
    let sw = 0, swx = 0, swx2 = 0;
    for (let i = 0; i < xs.length; i++) if (xs[i] < 10) { sw += ws[i]; swx += ws[i] * xs[i]; swx2 += ws[i] * xs[i] ** 2; }
    expect(a.mean()).toBeCloseTo(swx / sw, 12);
    expect(a.stdDev()).toBeCloseTo(Math.sqrt(swx2 / sw - (swx / sw) ** 2), 12);
    expect(a.integral(0, 21)).toBeCloseTo(ws.reduce((s, w) => s + w, 0), 9);
  });

  it('scale(c) multiplies contents by c and Σw² by c²; add() sums bin by bin', () => {
    const h = new Hist1D('h', '', 2, 0, 2);
    h.fill(0.5, 1);
    h.fill(0.5, 1);
    h.scale(3);
    expect(h.binContent(1)).toBe(6);
    expect(h.binError(1)).toBeCloseTo(Math.sqrt(18), 14);
    const g = h.clone('g').add(h, -1);
    expect(g.binContent(1)).toBe(0);
    expect(errorCode(() => h.add(new Hist1D('x', '', 3, 0, 2)))).toBe('BAD_OPTION');
  });
});
