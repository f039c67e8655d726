/**
 * The electromagnetic fraction of hadron showers and the resulting e/π response ratio.
 *
 * Mean electromagnetic fraction (Groom's power law: T.A. Gabriel, D.E. Groom, P.K. Job,
 * N.V. Mokhov, G.R. Stevenson, NIM A338 (1994) 336; PDG RPP, "Calorimetry", hadronic showers):
 *   f_em = 1 − (E/E0)^{k−1},   k = 0.82, E0 = 1 GeV for meson-induced showers and 2.6 GeV for
 *   baryon-induced ones (baryon-number conservation keeps a leading baryon, lowering f_em).
 * (k from the task brief, "≈ 0.82"; E0 for baryons as recalled from the PDG review.)
 *
 * Response ratio (Wigmans, Calorimetry, Oxford 2000, eq. 3.x; PDG "Calorimetry"):
 *   π/e = f_em + (1 − f_em) h/e   ⇔   e/π = (e/h)/(1 − f_em (1 − e/h)).
 */

/** k of Groom's power law. */
export const GROOM_K = 0.82;
/** E0 [GeV] for pion/kaon (meson) showers. */
export const GROOM_E0_MESON = 1;
/** E0 [GeV] for proton/neutron (baryon) showers. */
export const GROOM_E0_BARYON = 2.6;

/**
 * Mean hadronic (non-EM) energy [GeV] of a shower of energy E [GeV]: E·(E/E0)^{k−1} for E > E0,
 * E below (no π⁰ production accounted for under E0).
 */
export function hadronicEnergy(energyGeV: number, baryon: boolean): number {
  const e0 = baryon ? GROOM_E0_BARYON : GROOM_E0_MESON;
  if (!(energyGeV > e0)) return energyGeV > 0 ? energyGeV : 0;
  return e0 * Math.pow(energyGeV / e0, GROOM_K);
}

/** Mean electromagnetic fraction f_em(E) of a hadron shower (E in GeV; 0 below E0). */
export function groomEmFraction(energyGeV: number, baryon = false): number {
  if (!(energyGeV > 0)) return 0;
  return 1 - hadronicEnergy(energyGeV, baryon) / energyGeV;
}

/** e/π of a calorimeter with the given e/h for showers of mean EM fraction f_em (Wigmans). */
export function wigmansEOverPi(emFraction: number, eOverH: number): number {
  return eOverH / (1 - emFraction * (1 - eOverH));
}
