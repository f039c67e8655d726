/**
 * Calorimeter cells and counters with energy, as boxes in the lab frame: ADC channel c of an
 * element is cell (ix, iy) of section s with c − firstCell = (s·ny + iy)·nx + ix, centred at
 *   x = x0 − halfX + (ix + ½)·pitchX,  y likewise,  z from the section's range
 * (the channel numbering and cell layout of sim/sim-geometry.ts, cellAt).
 */
import type { DisplayGeometry } from './display-geometry.js';

/** One cell with energy. */
export interface CaloCell {
  channel: number;
  element: number;
  section: number;
  ix: number;
  iy: number;
  /** Centre [cm] and full sizes [cm]. */
  x: number;
  y: number;
  z: number;
  dx: number;
  dy: number;
  dz: number;
  energyGeV: number;
}

/** Cells with energy above `minEnergyGeV` (default 0); channels outside every element are skipped. */
export function caloCells(g: DisplayGeometry, channels: readonly number[], energiesGeV: readonly number[], minEnergyGeV = 0): CaloCell[] {
  const out: CaloCell[] = [];
  for (let h = 0; h < channels.length; h++) {
    const c = channels[h];
    const E = energiesGeV[h];
    if (!(E > minEnergyGeV)) continue;
    const i = g.elements.findIndex((e) => e.nCells > 0 && c >= e.firstCell && c < e.firstCell + e.nCells && (e.kind === 'calorimeter' || e.kind === 'counter'));
    if (i < 0) continue;
    const e = g.elements[i];
    const local = c - e.firstCell;
    const perSection = e.nx * e.ny;
    const s = Math.floor(local / perSection);
    const iy = Math.floor((local - s * perSection) / e.nx);
    const ix = local - s * perSection - iy * e.nx;
    const sec = e.sections[s] ?? { z0: e.z0, z1: e.z1 };
    const px = e.kind === 'counter' ? 2 * e.halfX : e.pitchX;
    const py = e.kind === 'counter' ? 2 * e.halfY : e.pitchY;
    out.push({
      channel: c,
      element: i,
      section: s,
      ix,
      iy,
      x: e.x0 - e.halfX + (ix + 0.5) * px,
      y: e.y0 - e.halfY + (iy + 0.5) * py,
      z: 0.5 * (sec.z0 + sec.z1),
      dx: px,
      dy: py,
      dz: sec.z1 - sec.z0,
      energyGeV: E,
    });
  }
  return out;
}
