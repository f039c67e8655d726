/**
 * Grindhammer–Peters parametrization of electromagnetic showers in homogeneous media
 * (G. Grindhammer, S. Peters, "The parameterized simulation of electromagnetic showers in
 * homogeneous and sampling calorimeters", arXiv:hep-ex/0001020; the GFlash model of Geant4).
 *
 * Longitudinal: dE/dt = E · b^α t^{α−1} e^{−bt}/Γ(α) (t in X0), with the shower maximum
 * T = (α − 1)/b. Per shower, ln T and ln α are drawn from a correlated bivariate normal
 * (eqs. 2.4–2.7 of the paper):
 *   ⟨ln T⟩ = ln(ln y − 0.812),         σ(ln T) = (−1.4 + 1.26 ln y)⁻¹,
 *   ⟨ln α⟩ = ln(0.81 + (0.458 + 2.26/Z) ln y),  σ(ln α) = (−0.58 + 0.86 ln y)⁻¹,
 *   ρ = 0.705 − 0.023 ln y,   y = E/E_c.
 * The average profile (eq. 2.3): ⟨T⟩ = ln y − 0.858, ⟨α⟩ = 0.21 + (0.492 + 2.38/Z) ln y.
 * Lateral: f(r) = p f_C(r) + (1 − p) f_T(r), f_i(r) = 2r R_i²/(r² + R_i²)², r in Molière radii,
 * with τ = t/T (eqs. 2.11–2.13):
 *   R_C = z1 + z2 τ,  z1 = 0.0251 + 0.00319 ln E,  z2 = 0.1162 − 0.000381 Z,
 *   R_T = k1 (e^{k3(τ − k2)} + e^{k4(τ − k2)}),  k1 = 0.659 − 0.00309 Z, k2 = 0.645, k3 = −2.59,
 *         k4 = 0.3585 + 0.0421 ln E,
 *   p = p1 exp((p2 − τ)/p3 − exp((p2 − τ)/p3)),  p1 = 2.632 − 0.00094 Z, p2 = 0.401 + 0.00187 Z,
 *         p3 = 1.313 − 0.0686 ln E   (E in GeV).
 * The homogeneous parameters are applied to the homogenised sampling-calorimeter media with their
 * own X0, E_c, R_M and an effective Z (the paper's sampling corrections are not used: the
 * read-out's sampling fluctuations are added by the digitizer instead).
 */

/** Parameters of one shower's longitudinal profile. */
export interface LongitudinalProfile {
  /** Shape α (> 1) and rate b [1/X0] of the Gamma profile. */
  alpha: number;
  b: number;
}

/** Mean shower-maximum depth ⟨T⟩ = ln y − 0.858 [X0] (GP eq. 2.3), y = E/E_c. */
export function meanShowerMaximum(energyGeV: number, criticalEnergyGeV: number): number {
  return Math.log(energyGeV / criticalEnergyGeV) - 0.858;
}

/** Mean shape ⟨α⟩ = 0.21 + (0.492 + 2.38/Z) ln y (GP eq. 2.3). */
export function meanAlpha(energyGeV: number, criticalEnergyGeV: number, Z: number): number {
  return 0.21 + (0.492 + 2.38 / Z) * Math.log(energyGeV / criticalEnergyGeV);
}

/**
 * A fluctuated profile for one shower of energy E (GP eqs. 2.4–2.7), from two standard normal
 * draws n1, n2. Valid for y = E/E_c ≳ 5; below, a short profile with α ≥ 1.1 is returned.
 */
export function fluctuatedProfile(energyGeV: number, criticalEnergyGeV: number, Z: number, n1: number, n2: number, out: LongitudinalProfile): LongitudinalProfile {
  const lny = Math.log(energyGeV / criticalEnergyGeV);
  if (lny < 1.7) {
    // Below ~5 E_c the parametrization is not defined: a short profile, maximum near 1 X0.
    out.alpha = 2;
    out.b = 1;
    return out;
  }
  const mT = Math.log(lny - 0.812);
  const sT = 1 / (-1.4 + 1.26 * lny);
  const mA = Math.log(0.81 + (0.458 + 2.26 / Z) * lny);
  const sA = 1 / (-0.58 + 0.86 * lny);
  const rho = 0.705 - 0.023 * lny;
  const lnT = mT + sT * n1;
  const lnA = mA + sA * (rho * n1 + Math.sqrt(1 - rho * rho) * n2);
  let alpha = Math.exp(lnA);
  if (alpha < 1.1) alpha = 1.1;
  const T = Math.exp(lnT);
  out.alpha = alpha;
  out.b = (alpha - 1) / T;
  return out;
}

/** GP lateral parameters at relative depth τ = t/T for energy E [GeV], material Z: R_C, R_T [Molière radii] and p. */
export function lateralParameters(tau: number, energyGeV: number, Z: number, out: { rc: number; rt: number; p: number }): void {
  const lnE = Math.log(energyGeV);
  out.rc = 0.0251 + 0.00319 * lnE + (0.1162 - 0.000381 * Z) * tau;
  const k1 = 0.659 - 0.00309 * Z;
  const k4 = 0.3585 + 0.0421 * lnE;
  out.rt = k1 * (Math.exp(-2.59 * (tau - 0.645)) + Math.exp(k4 * (tau - 0.645)));
  const p1 = 2.632 - 0.00094 * Z;
  const p2 = 0.401 + 0.00187 * Z;
  const p3 = 1.313 - 0.0686 * lnE;
  const w = (p2 - tau) / p3;
  let p = p1 * Math.exp(w - Math.exp(w));
  if (p > 1) p = 1;
  else if (p < 0) p = 0;
  out.p = p;
}
