/**
 * The most probable value of a MIP spectrum (muons crossing a calorimeter cell): the peak of a
 * Landau-like distribution broadened by sampling and photo-statistics. Method: the mode of the
 * histogram smoothed over 5 bins, then a weighted least-squares parabola in ln(counts) over the
 * bins above half the smoothed maximum (a Gaussian approximation of the peak region; the Landau
 * most probable value is where the density peaks, PDG RPP 2024 "Passage of particles through
 * matter", §34.2.9); the error of the vertex from the fit covariance (Poisson weights w = n).
 */

/** Result of {@link mipPeak}. */
export interface MipPeak {
  /** Peak position [histogram units]. */
  peak: number;
  /** Its statistical error. */
  error: number;
  /** Entries in the histogram. */
  entries: number;
}

/**
 * The peak of histogram `counts` (bin i covers lo + i·width … lo + (i + 1)·width). Returns null
 * with fewer than `minEntries` (100) entries or no peak inside the range.
 * Example: counts of a Gaussian of mean 40, σ 8 in 1-wide bins → peak ≈ 40.
 */
export function mipPeak(counts: ArrayLike<number>, lo: number, width: number, minEntries = 100): MipPeak | null {
  const n = counts.length;
  let entries = 0;
  for (let i = 0; i < n; i++) entries += counts[i];
  if (entries < minEntries) return null;
  const smooth = new Float64Array(n);
  let best = -1;
  for (let i = 0; i < n; i++) {
    let s = 0;
    let m = 0;
    for (let k = Math.max(0, i - 2); k <= Math.min(n - 1, i + 2); k++) {
      s += counts[k];
      m++;
    }
    smooth[i] = s / m;
    if (best < 0 || smooth[i] > smooth[best]) best = i;
  }
  const half = 0.5 * smooth[best];
  let a = best;
  let b = best;
  while (a > 0 && smooth[a - 1] >= half) a--;
  while (b < n - 1 && smooth[b + 1] >= half) b++;
  if (b - a < 2) {
    a = Math.max(0, best - 1);
    b = Math.min(n - 1, best + 1);
  }
  // Weighted LS of ln n_i = c0 + c1 u + c2 u², u = bin centre − mode centre, weight n_i (Var ln n ≈ 1/n).
  const uc = lo + (best + 0.5) * width;
  let S0 = 0;
  let S1 = 0;
  let S2 = 0;
  let S3 = 0;
  let S4 = 0;
  let T0 = 0;
  let T1 = 0;
  let T2 = 0;
  for (let i = a; i <= b; i++) {
    const c = counts[i];
    if (c <= 0) continue;
    const u = lo + (i + 0.5) * width - uc;
    const y = Math.log(c);
    const u2 = u * u;
    S0 += c;
    S1 += c * u;
    S2 += c * u2;
    S3 += c * u2 * u;
    S4 += c * u2 * u2;
    T0 += c * y;
    T1 += c * y * u;
    T2 += c * y * u2;
  }
  // Solve the 3×3 normal equations [[S0 S1 S2][S1 S2 S3][S2 S3 S4]] c = T by Cramer's rule, with the inverse for the errors.
  const M = [S0, S1, S2, S1, S2, S3, S2, S3, S4];
  const det = M[0] * (M[4] * M[8] - M[5] * M[7]) - M[1] * (M[3] * M[8] - M[5] * M[6]) + M[2] * (M[3] * M[7] - M[4] * M[6]);
  if (!(Math.abs(det) > 0)) return null;
  const inv = [
    (M[4] * M[8] - M[5] * M[7]) / det, (M[2] * M[7] - M[1] * M[8]) / det, (M[1] * M[5] - M[2] * M[4]) / det,
    (M[5] * M[6] - M[3] * M[8]) / det, (M[0] * M[8] - M[2] * M[6]) / det, (M[2] * M[3] - M[0] * M[5]) / det,
    (M[3] * M[7] - M[4] * M[6]) / det, (M[1] * M[6] - M[0] * M[7]) / det, (M[0] * M[4] - M[1] * M[3]) / det,
  ];
  const c1 = inv[3] * T0 + inv[4] * T1 + inv[5] * T2;
  const c2 = inv[6] * T0 + inv[7] * T1 + inv[8] * T2;
  if (!(c2 < 0)) return null;
  const v = -c1 / (2 * c2);
  // Error propagation of v = −c1/(2 c2): ∂v/∂c1 = −1/(2c2), ∂v/∂c2 = c1/(2c2²).
  const d1 = -1 / (2 * c2);
  const d2 = c1 / (2 * c2 * c2);
  const varV = d1 * d1 * inv[4] + 2 * d1 * d2 * inv[5] + d2 * d2 * inv[8];
  const peak = uc + v;
  if (!(peak > lo && peak < lo + n * width) || !(varV >= 0)) return null;
  return { peak, error: Math.sqrt(varV), entries };
}
