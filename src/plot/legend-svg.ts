/**
 * The legend: a white box with a thin black border in a corner of the frame, one row per
 * labelled series: a sample (a stroke for lines, a filled box for bands and excluded regions,
 * a marker for points) and the label.
 */
import { escapeXml } from './escape-xml.js';
import { formatLabel } from './format-label.js';
import type { PlotLayout } from './plot-layout.js';
import type { LegendPosition, Series } from './plot-spec.js';
import { roundPx } from './round-px.js';
import { textWidth } from './text-width.js';

/** A series with the colour it is drawn in (lines and points) resolved. */
export interface LegendEntry {
  series: Series;
  color: string;
}

/** Legend text size relative to the tick-label font size. */
export const LEGEND_SCALE = 0.85;

/** SVG fragment of the legend of `entries` (labelled ones only) in the `position` corner; '' when none is labelled. */
export function legendSvg(entries: LegendEntry[], layout: PlotLayout, position: LegendPosition): string {
  const rows = entries.filter((e) => e.series.label);
  if (rows.length === 0) return '';
  const fs = layout.fontSize * LEGEND_SCALE;
  const rowH = 1.4 * fs;
  const padX = 0.5 * fs;
  const padY = 0.35 * fs;
  const sampleW = 2.2 * fs;
  const gap = 0.5 * fs;
  const textW = Math.max(...rows.map((e) => textWidth(e.series.label ?? '', fs)));
  const w = padX + sampleW + gap + textW + padX;
  const h = 2 * padY + rows.length * rowH;
  const { left, top, right, bottom } = layout.frame;
  const inset = layout.majorTick + 0.4 * layout.fontSize;
  const x0 = position.endsWith('left') ? left + inset : right - inset - w;
  const y0 = position.startsWith('top') ? top + inset : bottom - inset - h;
  let out = `<g class="legend"><rect x="${roundPx(x0)}" y="${roundPx(y0)}" width="${roundPx(w)}" height="${roundPx(h)}" fill="#fff" stroke="#000" stroke-width="1"/>`;
  rows.forEach((e, i) => {
    const cy = y0 + padY + (i + 0.5) * rowH;
    const sx0 = x0 + padX;
    out += sample(e, sx0, cy, sampleW, fs);
    out += `<text x="${roundPx(sx0 + sampleW + gap)}" y="${roundPx(cy + 0.35 * fs)}" font-size="${roundPx(fs)}">${formatLabel(e.series.label ?? '')}</text>`;
  });
  return `${out}</g>`;
}

function sample(e: LegendEntry, x: number, cy: number, w: number, fs: number): string {
  const s = e.series;
  switch (s.kind) {
    case 'line':
      return (
        `<path d="M${roundPx(x)} ${roundPx(cy)}h${roundPx(w)}" fill="none" stroke="${escapeXml(e.color)}" stroke-width="${s.width ?? 2}"` +
        `${s.dash ? ` stroke-dasharray="${escapeXml(s.dash)}"` : ''}/>`
      );
    case 'points':
      return `<circle cx="${roundPx(x + w / 2)}" cy="${roundPx(cy)}" r="${s.radius ?? 4}" fill="${escapeXml(e.color)}"/>`;
    case 'band':
    case 'excluded': {
      const bh = 0.8 * fs;
      const opacity = s.opacity === undefined ? '' : ` fill-opacity="${s.opacity}"`;
      return `<rect x="${roundPx(x)}" y="${roundPx(cy - bh / 2)}" width="${roundPx(w)}" height="${roundPx(bh)}" fill="${escapeXml(s.fill)}"${opacity}/>`;
    }
  }
}
