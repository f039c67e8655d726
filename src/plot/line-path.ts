/**
 * SVG path data of a polyline, with d3-shape's `line`: a point whose data or pixel coordinate is
 * not finite (NaN, ±Infinity, or ≤ 0 on a log axis, which the scale maps to NaN) is skipped and
 * splits the line into separate `M…L…` pieces, so the path never contains NaN or Infinity.
 * Coordinates are rounded to 0.01 px.
 */
import { line } from 'd3-shape';

/** Maps a data value to a pixel (NaN when it cannot be drawn). */
export type PixelScale = (value: number) => number;

/**
 * Path data (`d`) through the points (x[i], y[i]) mapped by `sx`, `sy`; '' when fewer than one
 * drawable point. Lengths must agree (the shorter one is used otherwise).
 */
export function linePath(x: ArrayLike<number>, y: ArrayLike<number>, sx: PixelScale, sy: PixelScale): string {
  const n = Math.min(x.length, y.length);
  const index = Array.from({ length: n }, (_, i) => i);
  const px = (i: number): number => sx(x[i]);
  const py = (i: number): number => sy(y[i]);
  return (
    line<number>()
      .defined((i) => Number.isFinite(px(i)) && Number.isFinite(py(i)))
      .x(px)
      .y(py)
      .digits(2)(index) ?? ''
  );
}
