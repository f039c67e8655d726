import { describe, expect, it } from 'vitest';
import { testGeometry } from '../../../../test/support/display-geometry.js';
import { trackerHits } from './tracker-hits.js';

const { display: g } = testGeometry();

describe('trackerHits(geometry, channels, straw)', () => {
  it('puts every tube and strip where the digitizer would fire it (channel → u → channel round trip)', () => {
    let checked = 0;
    for (const e of g.elements.filter((x) => x.kind === 'tracker')) {
      const channels = Array.from({ length: e.planes.length * e.stripsPerPlane }, (_, k) => e.firstChannel + k);
      const h = trackerHits(g, channels, e.role === 'straw');
      expect(h.unknown).toBe(0);
      for (let k = 0; k < channels.length; k++) {
        const pl = e.planes[h.plane[k]];
        const local = h.u[k] - (pl.view === 0 ? e.x0 : e.y0);
        // tracker-digitizer.ts: tube = floor((u − u₀)/p − stagger)
        const tube = Math.floor((local + 0.5 * e.stripsPerPlane * e.pitch) / e.pitch - pl.stagger);
        expect(e.firstChannel + h.plane[k] * e.stripsPerPlane + tube).toBe(channels[k]);
        expect(h.z[k]).toBe(pl.z);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
  it('draws a hit as the line of its tube across the plane', () => {
    const e = g.elements.find((x) => x.kind === 'tracker' && x.planes[0].view === 0)!;
    const h = trackerHits(g, [e.firstChannel], true);
    const [x0, y0, z0, x1, y1, z1] = h.segments;
    expect(x0).toBe(x1);
    expect(y1 - y0).toBeCloseTo(2 * e.halfY, 12);
    expect(z0).toBe(z1);
  });
  it('counts channels outside every tracker instead of drawing them', () => {
    expect(trackerHits(g, [g.nTrackerChannels + 5], false).unknown).toBe(1);
  });
});
