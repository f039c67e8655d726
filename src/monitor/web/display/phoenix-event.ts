/**
 * An event in the event-data JSON format of HSF's Phoenix event display
 * (github.com/HSF/phoenix, guides/developers/event_data_format.md), so that it can be opened
 * in Phoenix or any tool that reads the format:
 *   { "<key>": { "event number", "run number", "Tracks": {coll: [{pos: [[x,y,z]…]}]},
 *                "Hits": {coll: [{type: 'Line', pos: [x0,y0,z0,x1,y1,z1]}]},
 *                "PlanarCaloCells": {coll: {plane: [nx,ny,nz,d], cells: [{cellSize, energy, pos: [x,y]}]}},
 *                "Hits" of type 'Box' for the calorimeter cells in 3D: pos [x,y,z,dx,dy,dz] } }
 * Phoenix's example files (ATLAS, LHCb) give lengths in mm: lengths are converted cm → mm;
 * energies stay in GeV, and the event's `units` entry says so. The hits of one tracker form one
 * collection (Phoenix reads the hit type from a collection's first hit, so the lines of
 * tracker hits and the boxes of calorimeter cells never share a collection).
 */
import type { CaloCell } from './calo-cells.js';
import type { DisplayGeometry } from './display-geometry.js';
import type { DisplayEvent, DisplayTrack } from './display-event.js';
import type { TrackerHits } from './tracker-hits.js';

const MM = 10; // mm per cm

/** A Phoenix event object (one entry of a Phoenix event file). */
export interface PhoenixEventObject {
  'event number': number;
  'run number': number;
  [key: string]: unknown;
}

/** Builds the Phoenix file content `{ "run R event E": eventObject }`. */
export function phoenixEvent(g: DisplayGeometry, ev: DisplayEvent, hits: TrackerHits, tracks: readonly DisplayTrack[], cells: readonly CaloCell[]): Record<string, PhoenixEventObject> {
  const r = (v: number): number => Math.round(v * MM * 1000) / 1000;
  const hitCollections: Record<string, unknown[]> = {};
  for (let k = 0; k < hits.z.length; k++) {
    const name = g.elements[hits.element[k]].name;
    (hitCollections[name] ??= []).push({ type: 'Line', pos: Array.from(hits.segments.subarray(6 * k, 6 * k + 6), r), color: hits.straw[k] ? '#e69f00' : '#cc79a7' });
  }
  const planar: Record<string, { plane: number[]; cells: unknown[] }> = {};
  const boxes: Record<string, unknown[]> = {};
  for (const c of cells) {
    const e = g.elements[c.element];
    const sec = e.sections[c.section]?.name ?? e.name;
    (planar[sec] ??= { plane: [0, 0, 1, r(e.sections[c.section]?.z0 ?? e.z0)], cells: [] }).cells.push({ cellSize: r(Math.min(c.dx, c.dy)), energy: c.energyGeV, pos: [r(c.x), r(c.y)] });
    (boxes[`${e.name} cells`] ??= []).push({ type: 'Box', pos: [r(c.x), r(c.y), r(c.z), r(c.dx), r(c.dy), r(c.dz)], energy: c.energyGeV, cell: sec, ix: c.ix, iy: c.iy });
  }
  const trackColl: Record<string, unknown[]> = {};
  for (const t of tracks) {
    (trackColl[t.origin === 'straight-line fit' ? 'StraightLineFits' : 'RecoTracks'] ??= []).push({
      pos: t.points.map((p) => p.map(r)),
      ...(t.momGeV !== undefined ? { mom: t.momGeV } : {}),
      ...(t.chi2ndf !== undefined ? { chi2: t.chi2ndf, dof: 1 } : {}),
      color: '#d55e00',
      linewidth: 2,
    });
  }
  const obj: PhoenixEventObject = {
    'event number': ev.event,
    'run number': ev.run,
    spill: ev.spill,
    trigger_bits: ev.triggerBits,
    units: 'lengths in mm, energies in GeV',
    summary: ev.summary,
    Tracks: trackColl,
    Hits: { ...hitCollections, ...boxes },
    PlanarCaloCells: planar,
  };
  return { [`run ${ev.run} event ${ev.event}`]: obj };
}
