/**
 * Energy → colour of the display's cells: the viridis colour map (perceptually uniform,
 * readable in grey and by colour-blind viewers; S. van der Walt, N. Smith, matplotlib 2015),
 * sampled at 9 points and interpolated linearly in RGB, on a logarithmic energy scale between
 * `minGeV` and `maxGeV` (calorimeter cells span 4 decades in one event).
 */

// viridis at t = 0, 1/8, …, 1 (matplotlib's _viridis_data, rounded to 8 bits).
const VIRIDIS: readonly [number, number, number][] = [
  [68, 1, 84],
  [71, 44, 122],
  [59, 81, 139],
  [44, 113, 142],
  [33, 144, 141],
  [39, 173, 129],
  [92, 200, 99],
  [170, 220, 50],
  [253, 231, 37],
];

/** Position in [0, 1] of E on the log scale [minGeV, maxGeV] (clamped). */
export function energyScale(energyGeV: number, minGeV: number, maxGeV: number): number {
  if (!(energyGeV > minGeV)) return 0;
  if (!(energyGeV < maxGeV)) return 1;
  return Math.log(energyGeV / minGeV) / Math.log(maxGeV / minGeV);
}

/** The colour of E as 0xRRGGBB. */
export function energyColor(energyGeV: number, minGeV: number, maxGeV: number): number {
  const t = energyScale(energyGeV, minGeV, maxGeV) * (VIRIDIS.length - 1);
  const k = Math.min(Math.floor(t), VIRIDIS.length - 2);
  const f = t - k;
  const c = VIRIDIS[k].map((v, j) => Math.round(v + f * (VIRIDIS[k + 1][j] - v)));
  return (c[0] << 16) | (c[1] << 8) | c[2];
}

/** 0xRRGGBB → '#rrggbb'. */
export function hexColor(rgb: number): string {
  return `#${rgb.toString(16).padStart(6, '0')}`;
}
