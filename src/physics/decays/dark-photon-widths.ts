/**
 * Partial and total widths and branching ratios of a kinetically mixed dark photon A′.
 */
import { ALPHA, ELECTRON_MASS, EmissError, MUON_MASS, TAU_MASS } from '../../core/index.js';
import { darkMatterWidth, darkSectorMasses } from './dark-matter-width.js';
import type { DarkSector } from './dark-matter-width.js';
import { rRatio } from './r-ratio.js';

/**
 * Highest dark-photon mass [GeV] accepted. The widths below couple A′ to ε e J_em^μ, which holds
 * for m ≪ m_Z; the A′–Z mixing corrections, O(m²/m_Z²), reach ≈ 10% at 30 GeV.
 */
export const DARK_PHOTON_MAX_MASS_GEV = 30;

/** Partial and total widths of a dark photon [GeV]. */
export interface DarkPhotonWidths {
  /** Γ(A′ → e⁺e⁻) [GeV]. */
  ee: number;
  /** Γ(A′ → μ⁺μ⁻) [GeV]. */
  mumu: number;
  /** Γ(A′ → τ⁺τ⁻) [GeV]. */
  tautau: number;
  /** Γ(A′ → hadrons) [GeV]. */
  hadrons: number;
  /** Γ(A′ → χχ̄) [GeV], 0 without a dark sector. */
  invisible: number;
  /** Sum of the above [GeV]. */
  total: number;
}

/** Branching ratios of a dark photon (sum 1, or all 0 for a stable A′). */
export interface DarkPhotonBranchingRatios {
  ee: number;
  mumu: number;
  tautau: number;
  hadrons: number;
  invisible: number;
}

function checkMass(massGeV: number, where: string): void {
  if (!(massGeV > 0 && massGeV <= DARK_PHOTON_MAX_MASS_GEV)) {
    throw new EmissError('OUT_OF_DOMAIN', where, `dark-photon mass ${massGeV} GeV is outside the domain`, `0 < m ≤ ${DARK_PHOTON_MAX_MASS_GEV} GeV`);
  }
}

function checkEpsilon(epsilon: number, where: string): void {
  if (!(epsilon >= 0) || !Number.isFinite(epsilon)) {
    throw new EmissError('BAD_OPTION', where, `kinetic mixing ${epsilon} is not valid`, '≥ 0, finite (only ε² enters)');
  }
}

/**
 * Γ(A′ → ℓ⁺ℓ⁻) = (α ε² m/3)(1 + 2m_ℓ²/m²)√(1 − 4m_ℓ²/m²) [GeV], tree level.
 * Source: Bjorken, Essig, Schuster, Toro, PRD 80 (2009) 075018, arXiv:0906.0580 (A′ decay widths);
 * Batell, Pospelov, Ritz, PRD 80 (2009) 095024, arXiv:0906.5614.
 * Near threshold Γ ≈ (α ε² m/2) β_ℓ; for m ≫ m_ℓ, Γ → α ε² m/3.
 *
 * @param massGeV dark-photon mass m [GeV], 0 < m ≤ 30.
 * @param epsilon kinetic mixing ε ≥ 0.
 * @param leptonMassGeV lepton mass m_ℓ [GeV], ≥ 0.
 * @returns Γ [GeV], exactly 0 for m ≤ 2m_ℓ.
 * @throws EmissError `OUT_OF_DOMAIN` for m outside (0, 30] GeV or a bad lepton mass; `BAD_OPTION` for ε < 0.
 */
export function darkPhotonLeptonWidth(massGeV: number, epsilon: number, leptonMassGeV: number): number {
  checkMass(massGeV, 'darkPhotonLeptonWidth(massGeV)');
  checkEpsilon(epsilon, 'darkPhotonLeptonWidth(epsilon)');
  if (!(leptonMassGeV >= 0) || !Number.isFinite(leptonMassGeV)) {
    throw new EmissError('OUT_OF_DOMAIN', 'darkPhotonLeptonWidth(leptonMassGeV)', `${leptonMassGeV} is not a valid mass`, '≥ 0 GeV, finite');
  }
  if (massGeV <= 2 * leptonMassGeV) return 0;
  const x = (leptonMassGeV * leptonMassGeV) / (massGeV * massGeV);
  return ((ALPHA * epsilon * epsilon * massGeV) / 3) * (1 + 2 * x) * Math.sqrt(Math.max(0, 1 - 4 * x));
}

/**
 * Partial widths of a dark photon of mass m with kinetic mixing ε (L ⊃ −(ε/2) F′_μν F^μν, so A′
 * couples to ε e J_em^μ), and optionally a dark sector it decays into:
 * - e⁺e⁻, μ⁺μ⁻, τ⁺τ⁻: {@link darkPhotonLeptonWidth};
 * - hadrons: Γ = (α ε² m/3) R(m), ε² times the width of a virtual photon of mass m, with R the
 *   measured ratio of {@link rRatio}. This is the R-ratio method of Buschmann, Kopp, Liu, Machado,
 *   JHEP 07 (2015) 045, arXiv:1505.07459, and Ilten, Soreq, Williams, Xue, JHEP 06 (2018) 004,
 *   arXiv:1801.04847 (Sec. 2), who write it Γ_μμ·R_μ. Because the PDG R is normalized to the point
 *   cross section 4πα²/(3s), the factor multiplying R here is the massless-muon width α ε² m/3; with the
 *   muon kinematic factor instead, Γ_had would be lower by 11% at 0.3 GeV, 1.3% at 0.5 GeV, < 0.3%
 *   above 1 GeV. Within a few widths of a narrow resonance (J/ψ, Υ) this is the width to lowest order
 *   in the A′–meson mixing, valid while the mixing mass term is below the resonance width (Kamada,
 *   Kuwahara, Matsumoto, Watanabe, Watanabe, arXiv:2404.06793);
 * - invisible: {@link darkMatterWidth} (0 without `dark`).
 * The loop decay A′ → 3γ below 2m_e (rate ∝ α⁴ε² m⁹/m_e⁸) is neglected: for m ≤ 2m_e and no dark
 * sector every width is 0 (a stable A′ on the scales of fixed-target experiments).
 *
 * @param massGeV dark-photon mass m [GeV], 0 < m ≤ 30 ({@link DARK_PHOTON_MAX_MASS_GEV}).
 * @param epsilon kinetic mixing ε ≥ 0.
 * @param dark optional dark sector (dark-matter type, mass, α_D, splitting).
 * @returns the partial widths and their sum [GeV]; never NaN or Infinity, 0 below each threshold.
 * @throws EmissError `OUT_OF_DOMAIN` for m outside (0, 30] GeV, `BAD_OPTION` for ε < 0, and the
 * errors of {@link darkMatterWidth} for a bad dark sector.
 */
export function darkPhotonWidths(massGeV: number, epsilon: number, dark?: DarkSector): DarkPhotonWidths {
  checkMass(massGeV, 'darkPhotonWidths(massGeV)');
  checkEpsilon(epsilon, 'darkPhotonWidths(epsilon)');
  if (dark !== undefined) darkSectorMasses(dark);
  const ee = darkPhotonLeptonWidth(massGeV, epsilon, ELECTRON_MASS);
  const mumu = darkPhotonLeptonWidth(massGeV, epsilon, MUON_MASS);
  const tautau = darkPhotonLeptonWidth(massGeV, epsilon, TAU_MASS);
  const hadrons = ((ALPHA * epsilon * epsilon * massGeV) / 3) * rRatio(massGeV);
  const invisible = dark === undefined ? 0 : darkMatterWidth(massGeV, dark);
  return { ee, mumu, tautau, hadrons, invisible, total: ee + mumu + tautau + hadrons + invisible };
}

/**
 * Branching ratios Γ_i/Γ_total of a dark photon, from {@link darkPhotonWidths} (same arguments,
 * sources and errors). They sum to 1, except when Γ_total = 0 — m ≤ 2m_e with no open dark-matter
 * channel, or ε = 0 and no dark sector — where the A′ is stable and all ratios are returned as 0.
 *
 * @param massGeV dark-photon mass m [GeV], 0 < m ≤ 30.
 * @param epsilon kinetic mixing ε ≥ 0.
 * @param dark optional dark sector.
 * @returns dimensionless branching ratios (e⁺e⁻, μ⁺μ⁻, τ⁺τ⁻, hadrons, invisible).
 */
export function darkPhotonBranchingRatios(massGeV: number, epsilon: number, dark?: DarkSector): DarkPhotonBranchingRatios {
  const w = darkPhotonWidths(massGeV, epsilon, dark);
  if (w.total === 0) return { ee: 0, mumu: 0, tautau: 0, hadrons: 0, invisible: 0 };
  return { ee: w.ee / w.total, mumu: w.mumu / w.total, tautau: w.tautau / w.total, hadrons: w.hadrons / w.total, invisible: w.invisible / w.total };
}
