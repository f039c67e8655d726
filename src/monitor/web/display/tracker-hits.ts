/**
 * Tracker hits in space. A straw tube or a strip measures one coordinate: a hit is the line
 * of the fired tube (its wire) or strip across its plane, at
 *   u = u₀ + (i + ½ + s)·p,  u₀ = −stripsPerPlane·p/2,
 * from the element centre, with i the tube/strip in the plane, p the pitch and s the stagger
 * (0 or ½ pitch for the second layer of a straw double layer) — the layout of the digitizer
 * (sim/response/tracker-digitizer.ts, channel id = firstChannel + plane·stripsPerPlane + i).
 */
import type { DisplayGeometry } from './display-geometry.js';

/** Hits as columns: one entry per hit. */
export interface TrackerHits {
  /** Element index in the geometry, plane within the element, view (0: x, 1: y). */
  element: Int32Array;
  plane: Int32Array;
  view: Uint8Array;
  /** Measured coordinate (lab x for view 0, lab y for view 1) [cm], plane z [cm]. */
  u: Float64Array;
  z: Float64Array;
  /** The hit's line [x0, y0, z0, x1, y1, z1] [cm], 6 per hit. */
  segments: Float64Array;
  /** 1 for straw tubes, 0 for strips. */
  straw: Uint8Array;
}

/** Maps tracker channel ids to hit lines; ids outside every tracker are skipped (counted in `unknown`). */
export function trackerHits(g: DisplayGeometry, channels: readonly number[], straw: readonly boolean[] | boolean): TrackerHits & { unknown: number } {
  const trackers = g.elements.map((e, i) => ({ e, i })).filter((x) => x.e.kind === 'tracker' && x.e.stripsPerPlane > 0);
  const n = channels.length;
  const out = {
    element: new Int32Array(n),
    plane: new Int32Array(n),
    view: new Uint8Array(n),
    u: new Float64Array(n),
    z: new Float64Array(n),
    segments: new Float64Array(6 * n),
    straw: new Uint8Array(n),
    unknown: 0,
  };
  let k = 0;
  for (let h = 0; h < n; h++) {
    const ch = channels[h];
    const t = trackers.find((x) => ch >= x.e.firstChannel && ch < x.e.firstChannel + x.e.planes.length * x.e.stripsPerPlane);
    if (!t) {
      out.unknown++;
      continue;
    }
    const e = t.e;
    const local = ch - e.firstChannel;
    const p = Math.floor(local / e.stripsPerPlane);
    const i = local - p * e.stripsPerPlane;
    const pl = e.planes[p];
    const u = -0.5 * e.stripsPerPlane * e.pitch + (i + 0.5 + pl.stagger) * e.pitch;
    out.element[k] = t.i;
    out.plane[k] = p;
    out.view[k] = pl.view;
    out.z[k] = pl.z;
    out.straw[k] = (typeof straw === 'boolean' ? straw : straw[h]) ? 1 : 0;
    const s = out.segments;
    if (pl.view === 0) {
      out.u[k] = e.x0 + u;
      s.set([e.x0 + u, e.y0 - e.halfY, pl.z, e.x0 + u, e.y0 + e.halfY, pl.z], 6 * k);
    } else {
      out.u[k] = e.y0 + u;
      s.set([e.x0 - e.halfX, e.y0 + u, pl.z, e.x0 + e.halfX, e.y0 + u, pl.z], 6 * k);
    }
    k++;
  }
  return {
    element: out.element.subarray(0, k),
    plane: out.plane.subarray(0, k),
    view: out.view.subarray(0, k),
    u: out.u.subarray(0, k),
    z: out.z.subarray(0, k),
    segments: out.segments.subarray(0, 6 * k),
    straw: out.straw.subarray(0, k),
    unknown: out.unknown,
  };
}

/** Concatenates two hit sets (straws then strips). */
export function concatHits(a: TrackerHits, b: TrackerHits): TrackerHits {
  const cat = <T extends Int32Array | Uint8Array | Float64Array>(x: T, y: T): T => {
    const r = new (x.constructor as new (n: number) => T)(x.length + y.length);
    r.set(x);
    r.set(y, x.length);
    return r;
  };
  return { element: cat(a.element, b.element), plane: cat(a.plane, b.plane), view: cat(a.view, b.view), u: cat(a.u, b.u), z: cat(a.z, b.z), segments: cat(a.segments, b.segments), straw: cat(a.straw, b.straw) };
}
