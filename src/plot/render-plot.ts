/**
 * Publication-quality plots (exclusion plots above all) as standalone SVG documents, in the look
 * of ROOT figures in HEP papers: white background, a frame with inward ticks on all four sides,
 * log axes with decades labelled 10ⁿ and minor ticks, axis titles at the axis ends, a legend box.
 *
 * Why not JSROOT: we tried JSROOT's `makeSVG` on a TMultiGraph in log–log; it chose a wrong x
 * range, and rendered by resvg its Greek letters and the minus signs of exponents came out
 * wrong. So plots are drawn by this small renderer on d3-scale (scales, ticks) and d3-shape
 * (paths), writing real Unicode (ε, χ, ′, − U+2212) and `<tspan>` superscripts that every SVG
 * renderer (browsers, resvg, Inkscape) sets alike. No Node-only API: it runs in the browser too;
 * `svgToPng` in `src/cli` rasterises.
 */
import { EmissError } from '../core/index.js';
import { areaPath } from './area-path.js';
import { axesSvg } from './axes-svg.js';
import { escapeXml } from './escape-xml.js';
import { formatLabel } from './format-label.js';
import { legendSvg } from './legend-svg.js';
import type { LegendEntry } from './legend-svg.js';
import { linePath } from './line-path.js';
import { DEFAULT_COLORS } from './okabe-ito.js';
import { plotLayout } from './plot-layout.js';
import type { PlotLayout } from './plot-layout.js';
import type { PlotSpec, Series } from './plot-spec.js';
import { roundPx } from './round-px.js';

/** The font list of every text; DejaVu Sans first (resvg finds it on Linux; it has all our symbols). */
export const FONT_FAMILY = "'DejaVu Sans', Helvetica, Arial, sans-serif";

const DEFAULT_Z: Record<Series['kind'], number> = { excluded: 0, band: 1, line: 2, points: 3 };

/**
 * A complete SVG document (with `xmlns`, `width`, `height`, `viewBox`) drawing `spec`.
 * Points that cannot be drawn (non-finite, or ≤ 0 on a log axis) are skipped and split lines and
 * areas; series are clipped to the frame; path coordinates are rounded to 0.01 px. The output
 * never contains NaN or Infinity. Series without colour take the Okabe–Ito cycle
 * ({@link DEFAULT_COLORS}) in list order. Deterministic: the same spec gives the same bytes (the
 * clip-path id is a hash of the content, so several plots can share one HTML page).
 * Throws `BAD_OPTION` for an axis range or size that cannot be drawn, or a series whose arrays
 * differ in length.
 */
export function renderPlot(spec: PlotSpec): string {
  const layout = plotLayout(spec);
  const { width, height, frame } = layout;
  let next = 0;
  const entries: LegendEntry[] = spec.series.map((series, i) => {
    checkLengths(series, i);
    const own = series.kind === 'line' || series.kind === 'points' ? series.color : undefined;
    return { series, color: own ?? DEFAULT_COLORS[next++ % DEFAULT_COLORS.length] };
  });
  const order = entries
    .map((e, i) => ({ e, i, z: e.series.z ?? DEFAULT_Z[e.series.kind] }))
    .sort((a, b) => a.z - b.z || a.i - b.i);
  const body = order.map(({ e }) => seriesSvg(e, layout)).join('');

  const clipRect = `<rect x="${roundPx(frame.left)}" y="${roundPx(frame.top)}" width="${roundPx(frame.right - frame.left)}" height="${roundPx(frame.bottom - frame.top)}"/>`;
  const clipId = `emiss-frame-${fnv1a(clipRect + body)}`;
  const fs = layout.fontSize;
  const title = spec.title
    ? `<text class="title" x="${roundPx(frame.left)}" y="${roundPx(frame.top - 0.3 * fs - 0.45 * fs)}">${formatLabel(spec.title)}</text>`
    : '';
  const legend = spec.legend === false ? '' : legendSvg(entries, layout, spec.legend?.position ?? 'top-right');
  const notes = (spec.annotations ?? [])
    .map((a) => {
      const x = layout.sx(a.x);
      const y = layout.sy(a.y);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return '';
      const anchor = a.anchor && a.anchor !== 'start' ? ` text-anchor="${a.anchor}"` : '';
      const color = a.color ? ` fill="${escapeXml(a.color)}"` : '';
      return `<text x="${roundPx(x)}" y="${roundPx(y)}" font-size="${roundPx(0.85 * fs)}"${anchor}${color}>${formatLabel(a.text)}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT_FAMILY}" font-size="${fs}">\n` +
    `<rect width="${width}" height="${height}" fill="#fff"/>\n` +
    `<defs><clipPath id="${clipId}">${clipRect}</clipPath></defs>\n` +
    `<g class="series" clip-path="url(#${clipId})">${body}</g>\n` +
    `${axesSvg(spec, layout)}\n` +
    (legend ? `${legend}\n` : '') +
    (notes ? `<g class="annotations">${notes}</g>\n` : '') +
    (title ? `${title}\n` : '') +
    `</svg>\n`
  );
}

function seriesSvg(e: LegendEntry, layout: PlotLayout): string {
  const { sx, sy, frame } = layout;
  const s = e.series;
  const opacity = (o: number | undefined): string => (o === undefined ? '' : ` fill-opacity="${o}"`);
  switch (s.kind) {
    case 'line': {
      const d = linePath(s.x, s.y, sx, sy);
      if (d === '') return '';
      const dash = s.dash ? ` stroke-dasharray="${escapeXml(s.dash)}"` : '';
      return `<path d="${d}" fill="none" stroke="${escapeXml(e.color)}" stroke-width="${s.width ?? 2}" stroke-linejoin="round"${dash}/>`;
    }
    case 'band': {
      const d = areaPath(s.x, s.low, s.high, sx, sy);
      return d === '' ? '' : `<path d="${d}" fill="${escapeXml(s.fill)}"${opacity(s.opacity)} stroke="none"/>`;
    }
    case 'excluded': {
      // One pixel beyond the frame so that no hairline of background shows along its edge.
      const edge = { pixel: (s.above ?? true) ? frame.top - 1 : frame.bottom + 1 };
      const d = areaPath(s.x, s.y, edge, sx, sy);
      return d === '' ? '' : `<path d="${d}" fill="${escapeXml(s.fill)}"${opacity(s.opacity)} stroke="none"/>`;
    }
    case 'points': {
      const r = s.radius ?? 4;
      let out = '';
      for (let i = 0; i < Math.min(s.x.length, s.y.length); i++) {
        const x = sx(s.x[i]);
        const y = sy(s.y[i]);
        if (Number.isFinite(x) && Number.isFinite(y)) out += `<circle cx="${roundPx(x)}" cy="${roundPx(y)}" r="${r}"/>`;
      }
      return out === '' ? '' : `<g fill="${escapeXml(e.color)}">${out}</g>`;
    }
  }
}

function checkLengths(s: Series, i: number): void {
  const n = s.x.length;
  const others = s.kind === 'band' ? [s.low.length, s.high.length] : [s.y.length];
  if (others.some((m) => m !== n)) {
    throw new EmissError('BAD_OPTION', `plot.series[${i}]`, `a ${s.kind} series has arrays of different lengths (${[n, ...others].join(', ')})`, 'equal lengths');
  }
}

// FNV-1a 32-bit hash (Fowler, Noll, Vo), as 8 hex digits: a short, deterministic id.
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
