/**
 * Quantiles of the standard Gamma(α) distribution on a grid of α (1–16, log-spaced, 97 rows)
 * and of probability (257 points from 0 to 1), to draw shower depths from one random word:
 * the depth of a spot is Q(α, u)/b, interpolated linearly in α and in u. Built once per process
 * with stdlib's inverse regularized incomplete gamma (~70 ms); shared by every shower.
 */
import gammaincinv from '@stdlib/math-base-special-gammaincinv';

const A_MIN = 1;
const A_MAX = 16;
const A_ROWS = 97;
const U_COLS = 257;
const LN_SPAN = Math.log(A_MAX / A_MIN);

let table: Float64Array | undefined;

function build(): Float64Array {
  const t = new Float64Array(A_ROWS * U_COLS);
  for (let i = 0; i < A_ROWS; i++) {
    const a = A_MIN * Math.exp((LN_SPAN * i) / (A_ROWS - 1));
    for (let j = 0; j < U_COLS; j++) {
      // The end points are the 0.05% and 99.95% quantiles (the open interval's numerical ends).
      const u = j === 0 ? 0.0005 : j === U_COLS - 1 ? 0.9995 : j / (U_COLS - 1);
      t[i * U_COLS + j] = gammaincinv(u, a);
    }
  }
  return t;
}

/**
 * The Gamma(α, 1) quantile at probability u ∈ (0, 1) (α clamped to [1, 16]); accuracy ~1e-3
 * relative in the body of the distribution, the extreme tails (u < 0.004 or > 0.996) linear.
 */
export function gammaQuantile(alpha: number, u: number): number {
  if (!table) table = build();
  let fa = (Math.log(alpha / A_MIN) / LN_SPAN) * (A_ROWS - 1);
  if (fa < 0) fa = 0;
  else if (fa > A_ROWS - 1.000001) fa = A_ROWS - 1.000001;
  const ia = Math.floor(fa);
  const wa = fa - ia;
  const fu = u * (U_COLS - 1);
  const iu = fu >= U_COLS - 1 ? U_COLS - 2 : Math.floor(fu);
  const wu = fu - iu;
  const r0 = ia * U_COLS + iu;
  const r1 = r0 + U_COLS;
  const q0 = table[r0] + wu * (table[r0 + 1] - table[r0]);
  const q1 = table[r1] + wu * (table[r1 + 1] - table[r1]);
  return q0 + wa * (q1 - q0);
}
