/**
 * Tracks for the display when the reconstruction gives none: a straight line per field-free
 * segment of the beam line (the stretches between magnets), fitted to the hits by least
 * squares separately in x–z (planes of view 0) and y–z (view 1),
 *   u(z) = a + b z,  b = Σ(z − z̄)(u − ū)/Σ(z − z̄)²
 * (straight lines: NA64's tracks are straight outside the magnets). Noise and extra hits: after
 * a first fit to all hits, each plane keeps only its hit nearest to the line and the line is
 * fitted again. A view with hits on one plane only gets slope 0; a view without hits runs
 * along the beam axis of its elements. A segment needs hits on two planes to get a track.
 */
import type { DisplayGeometry } from './display-geometry.js';
import type { DisplayTrack } from './display-event.js';
import type { TrackerHits } from './tracker-hits.js';

interface Line {
  a: number;
  b: number;
}

function fitLine(z: number[], u: number[]): Line {
  const n = z.length;
  let zm = 0;
  let um = 0;
  for (let k = 0; k < n; k++) {
    zm += z[k] / n;
    um += u[k] / n;
  }
  let szz = 0;
  let szu = 0;
  for (let k = 0; k < n; k++) {
    szz += (z[k] - zm) ** 2;
    szu += (z[k] - zm) * (u[k] - um);
  }
  const b = szz > 1e-9 ? szu / szz : 0;
  return { a: um - b * zm, b };
}

/** Fits one view: all hits, then the nearest hit per plane. */
function fitView(idx: number[], hits: TrackerHits): Line | null {
  if (idx.length === 0) return null;
  const first = fitLine(idx.map((k) => hits.z[k]), idx.map((k) => hits.u[k]));
  const best = new Map<string, number>();
  for (const k of idx) {
    const key = `${hits.element[k]}:${hits.plane[k]}`;
    const r = Math.abs(hits.u[k] - (first.a + first.b * hits.z[k]));
    const prev = best.get(key);
    if (prev === undefined || r < Math.abs(hits.u[prev] - (first.a + first.b * hits.z[prev]))) best.set(key, k);
  }
  const kept = [...best.values()];
  return fitLine(kept.map((k) => hits.z[k]), kept.map((k) => hits.u[k]));
}

/** Straight-line tracks per field-free segment; see the module comment. */
export function straightTracks(g: DisplayGeometry, hits: TrackerHits): DisplayTrack[] {
  const magnets = g.elements.filter((e) => e.kind === 'magnet').sort((p, q) => p.z0 - q.z0);
  const bounds = [-Infinity, ...magnets.map((m) => 0.5 * (m.z0 + m.z1)), Infinity];
  const tracks: DisplayTrack[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const inSeg: number[] = [];
    for (let k = 0; k < hits.z.length; k++) if (hits.z[k] > bounds[s] && hits.z[k] < bounds[s + 1]) inSeg.push(k);
    const planes = new Set(inSeg.map((k) => `${hits.element[k]}:${hits.plane[k]}`));
    if (planes.size < 2) continue;
    const xs = inSeg.filter((k) => hits.view[k] === 0);
    const ys = inSeg.filter((k) => hits.view[k] === 1);
    const elems = [...new Set(inSeg.map((k) => hits.element[k]))].map((i) => g.elements[i]);
    const axis = (key: 'x0' | 'y0'): Line => ({ a: elems.reduce((t, e) => t + e[key], 0) / elems.length, b: 0 });
    const lx = fitView(xs, hits) ?? axis('x0');
    const ly = fitView(ys, hits) ?? axis('y0');
    let z0 = Infinity;
    let z1 = -Infinity;
    for (const k of inSeg) {
      z0 = Math.min(z0, hits.z[k]);
      z1 = Math.max(z1, hits.z[k]);
    }
    // Extend downstream to the next magnet or calorimeter face (at most 5 m).
    const next = g.elements.filter((e) => (e.kind === 'magnet' || e.kind === 'calorimeter') && e.z0 > z1).sort((p, q) => p.z0 - q.z0)[0];
    const zEnd = next ? Math.min(next.z0, z1 + 500) : z1;
    const at = (z: number): [number, number, number] => [lx.a + lx.b * z, ly.a + ly.b * z, z];
    tracks.push({ points: [at(z0), at(zEnd)], origin: 'straight-line fit' });
  }
  return tracks;
}
