/**
 * Outlines of selection regions in a 2D plane: the condition is evaluated on a fine grid of
 * cell centres (with {@link conditionMask}), and the boundary is the set of grid edges between
 * a cell inside and a cell outside. Works for any condition over the two plane columns.
 */
import { conditionColumns, conditionMask } from '../../analysis/index.js';
import type { Condition } from '../../analysis/index.js';

/** A region outline: segments [x1, y1, x2, y2] in data units, and a label position (centroid). */
export interface RegionOutline {
  segments: number[][];
  labelX: number;
  labelY: number;
  cells: number;
}

/**
 * The outline of `cond` over [xlo, xhi] × [ylo, yhi] on an n × n grid, or null when the
 * condition reads other columns than `xCol` and `yCol` (it cannot be drawn in this plane) or
 * holds nowhere in the window.
 */
export function regionOutline(cond: Condition, xCol: string, yCol: string, xlo: number, xhi: number, ylo: number, yhi: number, n = 600): RegionOutline | null {
  if (conditionColumns(cond).some((c) => c !== xCol && c !== yCol)) return null;
  const dx = (xhi - xlo) / n;
  const dy = (yhi - ylo) / n;
  const xs = new Float64Array(n * n);
  const ys = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) {
    xs[i + n * j] = xlo + (i + 0.5) * dx;
    ys[i + n * j] = ylo + (j + 0.5) * dy;
  }
  const m = conditionMask(cond, { [xCol]: xs, [yCol]: ys }, n * n);
  const inside = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < n && j < n && m[i + n * j] === 1;
  const segments: number[][] = [];
  let sx = 0, sy = 0, cells = 0;
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) {
    if (!inside(i, j)) continue;
    cells++;
    sx += xs[i + n * j];
    sy += ys[i + n * j];
    const x0 = xlo + i * dx, x1 = x0 + dx, y0 = ylo + j * dy, y1 = y0 + dy;
    // edges on the window border are left out: the region continues beyond the plot
    if (i > 0 && !inside(i - 1, j)) segments.push([x0, y0, x0, y1]);
    if (i < n - 1 && !inside(i + 1, j)) segments.push([x1, y0, x1, y1]);
    if (j > 0 && !inside(i, j - 1)) segments.push([x0, y0, x1, y0]);
    if (j < n - 1 && !inside(i, j + 1)) segments.push([x0, y1, x1, y1]);
  }
  if (cells === 0) return null;
  return { segments: mergeSegments(segments), labelX: sx / cells, labelY: sy / cells, cells };
}

/** Joins collinear touching segments (same row or column) so the outline is a few long lines. */
function mergeSegments(segs: number[][]): number[][] {
  const key = (s: number[]): string => (s[0] === s[2] ? `v${s[0]}` : `h${s[1]}`);
  const groups = new Map<string, number[][]>();
  for (const s of segs) {
    const k = key(s);
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  const out: number[][] = [];
  for (const [k, g] of groups) {
    const vertical = k.startsWith('v');
    g.sort((a, b) => (vertical ? a[1] - b[1] : a[0] - b[0]));
    let cur = g[0].slice();
    for (let i = 1; i < g.length; i++) {
      const s = g[i];
      const touches = vertical ? Math.abs(s[1] - cur[3]) < 1e-9 : Math.abs(s[0] - cur[2]) < 1e-9;
      if (touches) {
        cur[2] = s[2];
        cur[3] = s[3];
      } else {
        out.push(cur);
        cur = s.slice();
      }
    }
    out.push(cur);
  }
  return out;
}
