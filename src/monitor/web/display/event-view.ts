/**
 * Everything the display draws for one event, from the geometry and the event: tracker hit
 * lines, tracks (the reconstruction's, else straight-line fits through the hits), cells with
 * energy. Pure; the page turns it into three.js objects and the Phoenix export.
 */
import { caloCells } from './calo-cells.js';
import type { CaloCell } from './calo-cells.js';
import type { DisplayGeometry } from './display-geometry.js';
import type { DisplayEvent, DisplayTrack } from './display-event.js';
import { straightTracks } from './straight-tracks.js';
import { concatHits, trackerHits } from './tracker-hits.js';
import type { TrackerHits } from './tracker-hits.js';

/** The drawn content of one event. */
export interface EventView {
  hits: TrackerHits;
  tracks: DisplayTrack[];
  cells: CaloCell[];
  /** Hits whose channel id is outside every tracker (a geometry/data mismatch). */
  unknownChannels: number;
}

/** Builds the {@link EventView}; cells below `minCellGeV` (default 1 MeV) are left out. */
export function eventView(g: DisplayGeometry, ev: DisplayEvent, minCellGeV = 1e-3): EventView {
  const s = trackerHits(g, ev.strawChannels, true);
  const p = trackerHits(g, ev.stripChannels, false);
  const hits = concatHits(s, p);
  const tracks = ev.tracks.length > 0 ? ev.tracks : straightTracks(g, hits);
  return { hits, tracks, cells: caloCells(g, ev.cellChannels, ev.cellEnergiesGeV, minCellGeV), unknownChannels: s.unknown + p.unknown };
}
