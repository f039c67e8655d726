import { describe, expect, it } from 'vitest';
import { straightTracks } from './straight-tracks.js';
import { testGeometry } from '../../../../test/support/display-geometry.js';
import { trackerHits } from './tracker-hits.js';

const { display: g } = testGeometry();

/** The channel a straight line x = ax + bx z, y = ay + by z fires in every plane upstream of zMax (digitizer layout). */
function channelsOf(ax: number, bx: number, ay: number, by: number, zMax: number): number[] {
  const out: number[] = [];
  for (const e of g.elements.filter((x) => x.kind === 'tracker' && x.z0 < zMax)) {
    e.planes.forEach((pl, p) => {
      const u = pl.view === 0 ? ax + bx * pl.z - e.x0 : ay + by * pl.z - e.y0;
      const i = Math.floor((u + 0.5 * e.stripsPerPlane * e.pitch) / e.pitch - pl.stagger);
      if (i >= 0 && i < e.stripsPerPlane) out.push(e.firstChannel + p * e.stripsPerPlane + i);
    });
  }
  return out;
}

describe('straightTracks(geometry, hits)', () => {
  it('recovers a straight line through the upstream trackers within a pitch, despite a noise hit', () => {
    const firstMagnet = Math.min(...g.elements.filter((e) => e.kind === 'magnet').map((e) => e.z0));
    const ax = 0.3;
    const bx = 2e-4;
    const ay = -0.2;
    const by = -1e-4;
    const ch = channelsOf(ax, bx, ay, by, firstMagnet);
    const tr = g.elements.find((e) => e.kind === 'tracker' && e.z0 < firstMagnet)!;
    ch.push(tr.firstChannel + 3); // a noise hit far from the track on the first plane
    const tracks = straightTracks(g, trackerHits(g, ch, false));
    const t = tracks.find((x) => x.points[0][2] < firstMagnet)!;
    expect(t).toBeDefined();
    const maxPitch = Math.max(...g.elements.filter((e) => e.kind === 'tracker').map((e) => e.pitch));
    for (const [x, y, z] of t.points.slice(0, 1)) {
      expect(Math.abs(x - (ax + bx * z))).toBeLessThan(maxPitch);
      expect(Math.abs(y - (ay + by * z))).toBeLessThan(maxPitch);
    }
  });
  it('makes no track from hits on a single plane', () => {
    const e = g.elements.find((x) => x.kind === 'tracker')!;
    expect(straightTracks(g, trackerHits(g, [e.firstChannel + 10], false))).toEqual([]);
  });
});
