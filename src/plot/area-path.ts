/**
 * SVG path data of a filled region between two curves over the same x, with d3-shape's `area`:
 * each run of drawable points gives one closed polygon (`M…L…Z`); a point where x or either
 * curve cannot be drawn (non-finite, or ≤ 0 on a log axis) ends the run. Rounded to 0.01 px.
 */
import { area } from 'd3-shape';
import type { PixelScale } from './line-path.js';

/**
 * Path data (`d`) of the region between the curves y0(x) and y1(x); a curve given as a number is
 * a horizontal edge at that pixel (used for areas that reach the frame). '' when nothing is drawable.
 */
export function areaPath(
  x: ArrayLike<number>,
  y0: ArrayLike<number> | { pixel: number },
  y1: ArrayLike<number> | { pixel: number },
  sx: PixelScale,
  sy: PixelScale,
): string {
  const n = Math.min(x.length, 'pixel' in y0 ? Infinity : y0.length, 'pixel' in y1 ? Infinity : y1.length);
  const index = Array.from({ length: n }, (_, i) => i);
  const edge = (y: ArrayLike<number> | { pixel: number }): ((i: number) => number) =>
    'pixel' in y ? () => y.pixel : (i) => sy(y[i]);
  const px = (i: number): number => sx(x[i]);
  const p0 = edge(y0);
  const p1 = edge(y1);
  return (
    area<number>()
      .defined((i) => Number.isFinite(px(i)) && Number.isFinite(p0(i)) && Number.isFinite(p1(i)))
      .x(px)
      .y0(p0)
      .y1(p1)
      .digits(2)(index) ?? ''
  );
}
