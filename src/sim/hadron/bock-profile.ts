/**
 * The longitudinal profile of hadron showers of Bock, Hansl-Kozanecka and Shah, NIM 186 (1981)
 * 533 (fit to Fe and U calorimeters, 10–140 GeV pions), measured from the shower's starting
 * point (the first inelastic interaction):
 *   dE/ds ∝ w (s/X0)^{a−1} e^{−b s/X0} + (1 − w) (s/λ)^{a−1} e^{−d s/λ},
 *   a = 0.6165 + 0.3183 ln E,  b = 0.2198,  d = 0.9099 − 0.0237 ln E,  w = 0.4634  (E in GeV),
 * X0 and λ = λ_I the radiation and nuclear interaction lengths of the medium (parameter values as
 * quoted by Y.A. Kulchitsky et al., arXiv:hep-ex/9912028, eq. 1; as recalled).
 * Each term is a Gamma distribution: the first, on the X0 scale, is read as the electromagnetic
 * (π⁰) part, the second, on the λ scale, as the hadronic part. The relative weights are not used
 * by the simulation (the split comes from Groom's f_em, em-fraction.ts); they are used here for
 * the reference mean depth that the tests compare with.
 * Below 1 GeV the 1 GeV shape is used (a ≥ 0.6165).
 */

/** Bock et al. parameters (see file comment). */
export const BOCK = Object.freeze({ a0: 0.6165, a1: 0.3183, b: 0.2198, d0: 0.9099, d1: 0.0237, w: 0.4634 });

/** Shape a(E) (E in GeV, clamped to ≥ 1 GeV). */
export function bockShape(energyGeV: number): number {
  return BOCK.a0 + BOCK.a1 * Math.log(energyGeV > 1 ? energyGeV : 1);
}

/** Slope d(E) of the hadronic term [1/λ] (E in GeV, clamped to ≥ 1 GeV). */
export function bockHadronicSlope(energyGeV: number): number {
  return BOCK.d0 - BOCK.d1 * Math.log(energyGeV > 1 ? energyGeV : 1);
}

/**
 * Mean depth [cm] of Bock's full profile (both terms with their weights) from the starting point,
 * for energy E [GeV] in a medium of radiation length X0 [cm] and interaction length λ [cm].
 */
export function bockMeanDepthCm(energyGeV: number, radiationLengthCm: number, lambdaCm: number): number {
  const a = bockShape(energyGeV);
  const d = bockHadronicSlope(energyGeV);
  // ∫ (s/L)^{a−1} e^{−c s/L} ds = L Γ(a)/c^a; Γ(a) cancels in the weights.
  const n1 = BOCK.w * radiationLengthCm * Math.pow(BOCK.b, -a);
  const n2 = (1 - BOCK.w) * lambdaCm * Math.pow(d, -a);
  return (n1 * ((a * radiationLengthCm) / BOCK.b) + n2 * ((a * lambdaCm) / d)) / (n1 + n2);
}

/** Bock's profile (unnormalised) at depth s [cm] from the starting point. */
export function bockProfile(depthCm: number, energyGeV: number, radiationLengthCm: number, lambdaCm: number): number {
  if (!(depthCm > 0)) return 0;
  const a = bockShape(energyGeV);
  const d = bockHadronicSlope(energyGeV);
  const u = depthCm / radiationLengthCm;
  const v = depthCm / lambdaCm;
  return BOCK.w * Math.pow(u, a - 1) * Math.exp(-BOCK.b * u) + (1 - BOCK.w) * Math.pow(v, a - 1) * Math.exp(-d * v);
}
