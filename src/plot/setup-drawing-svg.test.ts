import { describe, expect, it } from 'vitest';
import { setupDrawingSvg } from './setup-drawing-svg.js';
import type { DrawingElement } from './setup-drawing-svg.js';

const ELEMENTS: DrawingElement[] = [
  { name: 'S0', kind: 'counter', z0: 0, z1: 0.5, x0: 0, halfX: 2 },
  { name: 'M1', kind: 'magnet', z0: 400, z1: 600, x0: 0, halfX: 15, fieldIntegralTm: 3.5 },
  { name: 'M2', kind: 'magnet', z0: 650, z1: 850, x0: 0, halfX: 15, fieldIntegralTm: 3.5 },
  { name: 'ECAL', kind: 'calorimeter', z0: 1800, z1: 1844, x0: 24.65, halfX: 11.46 },
];

describe('setupDrawingSvg(elements, options)', () => {
  it('draws every element with its name, and the trajectory ending where the bending angle puts it', () => {
    const svg = setupDrawingSvg(ELEMENTS, { beamMomentumGeV: 100, beamCharge: -1, title: 'test' });
    for (const e of ELEMENTS) expect(svg).toContain(`>${e.name}</text>`);
    expect(svg).not.toMatch(/NaN|Infinity/);
    // θ per magnet = 0.2998·3.5/100 = 10.49 mrad; at z = 1844 cm:
    // x = 10.49e-3·(750 − 500) + 20.99e-3·(1844 − 750) = 25.58 cm (the ECAL centre is 24.65 cm).
    const pts = /<polyline points="([^"]+)"/.exec(svg)![1].split(' ').map((p) => p.split(',').map(Number));
    const [zEnd, xEnd] = pts[pts.length - 1];
    const [zStart, xStart] = pts[0];
    // Pixel scales from two known points: the start (z = 0, x = 0) and the ECAL's upper edge.
    const ecal = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*><title>ECAL/.exec(svg)!.slice(1).map(Number);
    const pxPerCmX = ecal[3] / (2 * 11.46);
    const xAtEnd = (xStart - xEnd) / pxPerCmX;
    expect(xAtEnd).toBeCloseTo(25.58, 0);
    expect(zEnd).toBeGreaterThan(zStart);
  });

  it('states the vertical exaggeration of the two rulers', () => {
    expect(setupDrawingSvg(ELEMENTS)).toMatch(/x exaggerated ×\d+/);
  });

  it('refuses an empty setup and a non-finite dimension, naming the element', () => {
    expect(() => setupDrawingSvg([])).toThrow(/no elements/);
    expect(() => setupDrawingSvg([{ ...ELEMENTS[0], z1: Number.NaN }])).toThrow(/S0/);
  });
});
