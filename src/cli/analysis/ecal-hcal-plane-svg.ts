/**
 * The E_ECAL–E_HCAL plane as SVG: a 2D histogram (colour = events per cell, log scale) in the
 * frame and axes of src/plot (ROOT style), with the outlines and labels of the selection's
 * regions (I, II, III) and of the signal box — as NA64 shows it ([prd2018] Fig. 3).
 */
import { boxCondition } from '../../analysis/index.js';
import type { Hist2D, Selection } from '../../analysis/index.js';
import { escapeXml, plotLayout, renderPlot, roundPx } from '../../plot/index.js';
import type { PlotSpec, Series } from '../../plot/index.js';
import { regionOutline } from './region-outline.js';

// Colour map: viridis at 9 stops (matplotlib's `viridis`, van der Walt & Smith 2015), interpolated.
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

function colour(t: number): string {
  const u = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const k = Math.min(VIRIDIS.length - 2, Math.floor(u));
  const f = u - k;
  const a = VIRIDIS[k], b = VIRIDIS[k + 1];
  const ch = (s: string, o: number): number => parseInt(s.slice(o, o + 2), 16);
  const mix = (o: number): string => Math.round(ch(a, o) + f * (ch(b, o) - ch(a, o))).toString(16).padStart(2, '0');
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}

/** Options of {@link ecalHcalPlaneSvg}. */
export interface PlaneOptions {
  title?: string;
  /** Draw the signal box (default true). */
  box?: boolean;
  width?: number;
  height?: number;
}

/**
 * SVG of the plane: `h` (x = E_ECAL, y = E_HCAL, its own ranges), region outlines computed from
 * the selection's conditions over `e_ecal_GeV` and `e_hcal_GeV`. Cells with Σw > 0 are coloured
 * on a log scale from the smallest to the largest content.
 */
export function ecalHcalPlaneSvg(h: Hist2D, sel: Selection, opts: PlaneOptions = {}): string {
  const series: Series[] = [];
  const annotations: NonNullable<PlotSpec['annotations']> = [];
  const outline = (name: string, cond: Parameters<typeof regionOutline>[0], color: string, dash?: string): void => {
    const o = regionOutline(cond, 'e_ecal_GeV', 'e_hcal_GeV', h.xlo, h.xhi, h.ylo, h.yhi);
    if (!o) return;
    const x: number[] = [], y: number[] = [];
    for (const s of o.segments) {
      x.push(s[0], s[2], Number.NaN);
      y.push(s[1], s[3], Number.NaN);
    }
    series.push({ kind: 'line', x, y, color, width: 2, ...(dash ? { dash } : {}) });
    annotations.push({ x: o.labelX, y: o.labelY, text: name, anchor: 'middle', color });
  };
  for (const r of sel.regions) outline(r.name, r.where, '#d55e00', '6 4');
  if (opts.box !== false) outline('signal box', boxCondition(sel), '#cc0000');
  const spec: PlotSpec = {
    width: opts.width ?? 800,
    height: opts.height ?? 700,
    x: { label: h.xTitle || 'E_{ECAL} [GeV]', min: h.xlo, max: h.xhi },
    y: { label: h.yTitle || 'E_{HCAL} [GeV]', min: h.ylo, max: h.yhi },
    series,
    annotations,
    legend: false,
    ...(opts.title ? { title: opts.title } : {}),
  };
  const layout = plotLayout(spec);
  let max = 0;
  let min = Number.POSITIVE_INFINITY;
  for (let iy = 1; iy <= h.ny; iy++) for (let ix = 1; ix <= h.nx; ix++) {
    const v = h.binContent(ix, iy);
    if (v > 0) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
  }
  const cells: string[] = [];
  const lmin = Math.log(min);
  const span = max > min ? Math.log(max) - lmin : 1;
  const dx = (h.xhi - h.xlo) / h.nx;
  const dy = (h.yhi - h.ylo) / h.ny;
  for (let iy = 1; iy <= h.ny; iy++) for (let ix = 1; ix <= h.nx; ix++) {
    const v = h.binContent(ix, iy);
    if (!(v > 0)) continue;
    const x0 = layout.sx(h.xlo + (ix - 1) * dx), x1 = layout.sx(h.xlo + ix * dx);
    const y0 = layout.sy(h.ylo + iy * dy), y1 = layout.sy(h.ylo + (iy - 1) * dy);
    cells.push(`<rect x="${roundPx(x0)}" y="${roundPx(y0)}" width="${roundPx(x1 - x0 + 0.3)}" height="${roundPx(y1 - y0 + 0.3)}" fill="${colour((Math.log(v) - lmin) / span)}"/>`);
  }
  const svg = renderPlot(spec);
  const heat = `<g class="hist2d">${cells.join('')}</g>\n`;
  const note = max > 0
    ? `<text x="${roundPx(layout.frame.right - 0.5 * layout.fontSize)}" y="${roundPx(layout.frame.top + 1.2 * layout.fontSize)}" text-anchor="end" font-size="${roundPx(0.7 * layout.fontSize)}">${escapeXml(`Σw per cell ${fmt(min)} … ${fmt(max)} (log colour)`)}</text>\n`
    : '';
  // the histogram goes under the series (region outlines) and the axes
  return svg.replace('<g class="series"', `${heat}${note}<g class="series"`);
}

function fmt(v: number): string {
  return v >= 0.01 && v < 1e5 ? String(Number(v.toPrecision(3))) : v.toExponential(2);
}
