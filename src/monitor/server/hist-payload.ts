/**
 * The compact form of a histogram pushed to the dashboard over the WebSocket (the full ROOT
 * TBufferJSON form is `GET /api/hist/<name>.json`): axes, titles and the in-range bin
 * contents, row by row for 2D (cell (ix, iy) at (iy − 1)·nx + ix − 1).
 */
import { Hist2D } from '../../analysis/hist/index.js';
import type { MonitorHist } from './monitor-state.js';

/** A histogram as the dashboard draws it. */
export interface HistPayload {
  name: string;
  kind: 1 | 2;
  title: string;
  xTitle: string;
  yTitle: string;
  nx: number;
  xlo: number;
  xhi: number;
  ny: number;
  ylo: number;
  yhi: number;
  entries: number;
  /** In-range bin contents. */
  contents: number[];
}

/** Rounds to 6 significant digits (keeps the JSON small; the dashboard draws pixels). */
function r6(v: number): number {
  return v === 0 ? 0 : Number(v.toPrecision(6));
}

/** The payload of `h`. */
export function histPayload(h: MonitorHist): HistPayload {
  if (h instanceof Hist2D) {
    const contents: number[] = new Array(h.nx * h.ny);
    for (let iy = 1; iy <= h.ny; iy++) for (let ix = 1; ix <= h.nx; ix++) contents[(iy - 1) * h.nx + ix - 1] = r6(h.contents[h.cell(ix, iy)]);
    return { name: h.name, kind: 2, title: h.title, xTitle: h.xTitle, yTitle: h.yTitle, nx: h.nx, xlo: h.xlo, xhi: h.xhi, ny: h.ny, ylo: h.ylo, yhi: h.yhi, entries: h.entries, contents };
  }
  const contents = Array.from(h.contents.subarray(1, h.nBins + 1), r6);
  return { name: h.name, kind: 1, title: h.title, xTitle: h.axisTitle, yTitle: h.yAxisTitle, nx: h.nBins, xlo: h.lo, xhi: h.hi, ny: 0, ylo: 0, yhi: 0, entries: h.entries, contents };
}
