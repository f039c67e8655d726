import { describe, expect, it } from 'vitest';
import { EmissError } from '../core/index.js';
import { plotLayout } from './plot-layout.js';
import type { PlotSpec } from './plot-spec.js';

const spec: PlotSpec = {
  x: { label: "m_{A'} [GeV]", min: 1e-3, max: 1, log: true },
  y: { label: '\\epsilon', min: 1e-6, max: 1e-2, log: true },
  series: [],
};

describe('plotLayout(spec)', () => {
  it('puts the frame inside an 800 × 600 picture with room for labels on the left and below', () => {
    const l = plotLayout(spec);
    expect([l.width, l.height, l.fontSize]).toEqual([800, 600, 25]);
    expect(l.frame.left).toBeGreaterThan(2.5 * l.fontSize);
    expect(l.frame.right).toBeLessThan(800);
    expect(l.frame.bottom).toBeLessThan(600 - 2.5 * l.fontSize);
    expect(l.frame.top).toBeGreaterThan(0);
    expect(l.xTitleBaseline).toBeLessThan(600);
    expect(l.yTitleBaseline).toBeGreaterThan(0);
  });
  it('maps the axis ends onto the frame edges', () => {
    const l = plotLayout(spec);
    expect(l.sx(1e-3)).toBeCloseTo(l.frame.left, 9);
    expect(l.sx(1)).toBeCloseTo(l.frame.right, 9);
    expect(l.sy(1e-6)).toBeCloseTo(l.frame.bottom, 9);
    expect(l.sy(1e-2)).toBeCloseTo(l.frame.top, 9);
  });
  it('throws a BAD_OPTION EmissError naming the axis for an impossible range, and for a tiny picture', () => {
    expect(() => plotLayout({ ...spec, y: { label: 'y', min: 0, max: 1, log: true } })).toThrow(/^y\.min/);
    expect(() => plotLayout({ ...spec, width: 60, height: 60, fontSize: 9 })).toThrow(EmissError);
  });
});
