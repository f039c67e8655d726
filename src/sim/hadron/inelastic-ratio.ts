/**
 * How much smaller the inelastic cross section of a pion or kaon on a nucleus of mass number A
 * is than that of a nucleon, R_h(A) = σ_inel(hA)/σ_inel(NA): the factor that turns the tabulated
 * nuclear interaction length λ_I (nucleons) into the longer λ_h = λ_I/R_h of mesons.
 *
 * Form: R_h(A) = r_h · A^{δ_h}: the meson–nucleus cross section grows faster with A (σ ∝ A^{α_N+δ})
 * than the nucleon–nucleus one (σ ∝ A^{α_N}, α_N ≈ 0.71), because a smaller hadron–nucleon cross
 * section leaves the nucleus less black (Glauber).
 *  - Pions: r_π and δ_π are fixed by the PDG pion and nuclear interaction lengths of Fe and Pb
 *    (PDG RPP 2024, "Atomic and nuclear properties of materials": λ_π = 20.42 cm (Fe), 19.93 cm
 *    (Pb); λ_I = 16.77 cm, 17.59 cm): r_π = 0.6584, δ_π = 0.05493. They reproduce the PDG λ_π of
 *    Cu (18.51 cm), W (11.33 cm) and Al (50.64 cm) to < 1% (test), and r_π = R_π(1) = 0.658 is the
 *    hadron–proton ratio σ_inel(πp)/σ_inel(pp) ≈ 20.7/31.6 mb = 0.655 read from the total and
 *    elastic cross sections at 100 GeV/c (PDG RPP, "Plots of cross sections and related
 *    quantities"; as read from the plots, ±3%).
 *  - Kaons (K±, K⁰_L): r_K = σ_inel(Kp)/σ_inel(pp) = 0.54, the mean of K⁺p (≈ 16.1 mb) and K⁻p
 *    (≈ 17.7 mb) inelastic cross sections at 100 GeV/c over pp (31.6 mb) (same PDG plots, as read,
 *    ±5%; K⁰_L scatters as the mean of K⁰ and K̄⁰, which isospin makes the K± mean). The exponent
 *    follows from the pion one with dα/d ln σ_hN = −δ_π/ln(1/r_π) held fixed: δ_K = 0.0810.
 *    Cross-check: K⁰_L–nucleus total cross sections grow as A^{0.84±0.01} (Gsponer et al.,
 *    PRL 42 (1979) 13), p–nucleus total ones as ≈ A^{0.77}: a difference of ≈ 0.07, as δ_K here.
 *  - Nucleons (p, n): R = 1 by definition of λ_I.
 * The energy dependence of σ_inel between 10 and 200 GeV (a few %) is neglected.
 */

/** Projectile classes for hadron–nucleus cross sections. */
export const HadronClass = { Nucleon: 0, Pion: 1, Kaon: 2 } as const;

/** r_π = σ_inel(π p)/σ_inel(p p) (fit through PDG λ_π/λ_I of Fe and Pb; see file comment). */
export const PION_RATIO_R1 = 0.6584;
/** δ_π: A-exponent of σ_inel(πA)/σ_inel(NA) (same fit). */
export const PION_RATIO_DELTA = 0.05493;
/** r_K = σ_inel(K p)/σ_inel(p p), K± mean at 100 GeV/c (PDG cross-section plots, as read). */
export const KAON_RATIO_R1 = 0.54;
/** δ_K = δ_π ln(1/r_K)/ln(1/r_π). */
export const KAON_RATIO_DELTA = (PION_RATIO_DELTA * Math.log(1 / KAON_RATIO_R1)) / Math.log(1 / PION_RATIO_R1);
/**
 * α_N: σ_inel(NA) ∝ A^{α_N}, used only to share a mixture's inverse interaction length among its
 * elements (PDG RPP 2024 §34 and the task brief: 0.71–0.77 for nuclei; 0.71 taken).
 */
export const NUCLEON_A_EXPONENT = 0.71;

/**
 * R_h(A) = σ_inel(hA)/σ_inel(NA) for projectile class `cls` (HadronClass) on a nucleus of mass
 * number A ≥ 1 (dimensionless; 1 for nucleons). Valid for 10–200 GeV projectiles.
 */
export function inelasticRatio(cls: number, A: number): number {
  if (cls === HadronClass.Pion) return PION_RATIO_R1 * Math.pow(A, PION_RATIO_DELTA);
  if (cls === HadronClass.Kaon) return KAON_RATIO_R1 * Math.pow(A, KAON_RATIO_DELTA);
  return 1;
}
