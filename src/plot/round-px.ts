/** Pixel coordinates are written to 0.01 px: finer than any display or print, and short. */

/** `v` rounded to 0.01 (−0 written as 0). */
export function roundPx(v: number): number {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r;
}
