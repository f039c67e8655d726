/**
 * The universal spectrum of synchrotron radiation and a sampler of photon energies from it.
 *
 * Photons per unit x = ε/ε_c, per radian of bending (J.D. Jackson, Classical Electrodynamics,
 * 3rd ed., §14.6, eq. 14.91 integrated over angles; PDG RPP 2024 "Synchrotron radiation" (Sands)):
 *   dN/(dθ dx) = (√3/2π) α γ F(x),   F(x) = ∫ₓ^∞ K_{5/3}(t) dt,
 * so the power spectrum is x F(x) (∝ the "universal function" S(x) = (9√3/8π) x F(x), ∫S dx = 1).
 * Exact moments used by the tests (Gradshteyn–Ryzhik 6.561.16: ∫₀^∞ t^{μ−1} K_ν(t) dt =
 * 2^{μ−2} Γ((μ−ν)/2) Γ((μ+ν)/2)): ∫₀^∞ F dx = 5π/3 and ∫₀^∞ x F dx = 8π/(9√3), hence the mean
 * photon energy ⟨ε⟩ = (8/(15√3)) ε_c ≈ 0.3079 ε_c and N_γ = (5/(2√3)) α γ per radian.
 *
 * F is computed, not tabulated from a book: integrating the representation
 * K_ν(t) = ∫₀^∞ e^{−t cosh u} cosh(νu) du (A&S 9.6.24) over t gives
 *   F(x) = ∫₀^∞ e^{−x cosh u} cosh(5u/3)/cosh u du,
 * an integrand analytic in the strip |Im u| < π/2, for which the trapezoidal rule converges
 * geometrically (error ~ e^{−π²/h}; h = 0.1 gives machine precision). For x → 0,
 * F(x) → (3/2) 2^{2/3} Γ(5/3) x^{−2/3} (from K_ν(t) ≈ ½Γ(ν)(2/t)^ν, A&S 9.6.9).
 *
 * Sampling: in y = x^{1/3} the number density 3y² F(y³) is finite and smooth at y = 0, so its
 * cumulative is tabulated on a fine y grid once per process (1,440 evaluations of F, a few
 * ms), inverted to a table of y at 4,096 equal-probability points up to u = 0.999, and a draw is
 * one uniform number and a linear interpolation; the last 0.1% of probability (x ≳ 6, where the
 * spectrum falls like e^{−x}) is inverted by bisection on the fine cumulative itself.
 */
import gamma from '@stdlib/math-base-special-gamma';

/** ⟨x⟩ = ⟨ε⟩/ε_c of synchrotron photons: 8/(15√3) (exact). */
export const SR_MEAN_X = 8 / (15 * Math.sqrt(3));
/** ∫₀^∞ F(x) dx = 5π/3 (exact), the number normalization of the spectrum. */
export const SR_NUMBER_INTEGRAL = (5 * Math.PI) / 3;

const H_U = 0.1;

/** F(x) = ∫ₓ^∞ K_{5/3}(t) dt for x > 0, by the trapezoidal rule on the integral representation above. */
export function synchrotronF(x: number): number {
  if (!(x > 0)) return Number.POSITIVE_INFINITY;
  // Integrand negligible (< e^{−60} relative) once x cosh u > 60 + (2/3)u.
  const uMax = Math.acosh(Math.max(1, (70 + 20 * Math.log1p(1 / x)) / x)) + 1;
  let s = 0.5 * Math.exp(-x); // u = 0: cosh = 1
  for (let u = H_U; u <= uMax; u += H_U) {
    const c = Math.cosh(u);
    s += (Math.exp(-x * c) * Math.cosh((5 / 3) * u)) / c;
  }
  return s * H_U;
}

/** Small-x limit coefficient: F(x) ≈ SR_SMALL_X_COEFF · x^{−2/3}. */
export const SR_SMALL_X_COEFF = 1.5 * Math.pow(2, 2 / 3) * gamma(5 / 3);

const Y_MAX = 3.6; // x = 46.7: F ~ e^{−47}
const N_Y = 1440;
const N_U = 4096;
const U_B = 0.999;
let Y_TABLE: Float64Array | undefined;
let CUM: Float64Array | undefined;
let TOTAL = 0;

function build(): Float64Array {
  const h = Y_MAX / N_Y;
  const g = new Float64Array(N_Y + 1);
  g[0] = 3 * SR_SMALL_X_COEFF;
  for (let i = 1; i <= N_Y; i++) {
    const y = i * h;
    g[i] = 3 * y * y * synchrotronF(y * y * y);
  }
  // Cumulative by the trapezoidal rule with an end correction (Simpson on pairs would need an
  // even count; the trapezoid's error, h²/12 · g', is below 1e-6 here).
  const c = new Float64Array(N_Y + 1);
  for (let i = 1; i <= N_Y; i++) c[i] = c[i - 1] + 0.5 * h * (g[i - 1] + g[i]);
  TOTAL = c[N_Y];
  for (let i = 0; i <= N_Y; i++) c[i] /= TOTAL;
  CUM = c;
  const t = new Float64Array(N_U + 1);
  let j = 0;
  for (let k = 0; k <= N_U; k++) {
    const target = (k / N_U) * U_B;
    while (j < N_Y - 1 && c[j + 1] < target) j++;
    const f = (target - c[j]) / (c[j + 1] - c[j]);
    t[k] = (j + Math.min(Math.max(f, 0), 1)) * h;
  }
  return t;
}

/** ∫₀^∞ F(x) dx from the tabulation (should equal 5π/3; a check of the quadrature). */
export function synchrotronTableIntegral(): number {
  if (!Y_TABLE) Y_TABLE = build();
  return TOTAL;
}

/**
 * x = ε/ε_c of one synchrotron photon, drawn from the number spectrum F(x)/(5π/3), given a
 * uniform number u in (0, 1). No allocation.
 */
export function sampleSynchrotronX(u: number): number {
  const t = Y_TABLE ?? (Y_TABLE = build());
  let y: number;
  if (u < U_B) {
    const r = (u / U_B) * N_U;
    const k = Math.min(Math.floor(r), N_U - 1);
    y = t[k] + (r - k) * (t[k + 1] - t[k]);
  } else {
    const c = CUM as Float64Array;
    let lo = 0;
    let hi = N_Y;
    while (hi - lo > 1) {
      const m = (lo + hi) >> 1;
      if (c[m] <= u) lo = m;
      else hi = m;
    }
    y = ((lo + (u - c[lo]) / (c[hi] - c[lo])) * Y_MAX) / N_Y;
  }
  return y * y * y;
}
