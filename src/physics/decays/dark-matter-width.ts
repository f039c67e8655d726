/**
 * Invisible width of a dark photon, Γ(A′ → χχ̄), for the dark-matter types of the NA64/LDMX
 * benchmarks.
 */
import { EmissError } from '../../core/index.js';

/** The dark-matter types coupled to the dark photon (see {@link darkMatterWidth} for each current). */
export type DarkMatterType = 'complex-scalar' | 'majorana' | 'dirac' | 'pseudo-dirac';

/** All {@link DarkMatterType} names, in a fixed order. */
export const DARK_MATTER_TYPES: readonly DarkMatterType[] = ['complex-scalar', 'majorana', 'dirac', 'pseudo-dirac'];

/** Default relative splitting δ = (m₂ − m₁)/m₁ of pseudo-Dirac dark matter. */
export const DEFAULT_SPLITTING = 0.1;

/** A dark sector: the dark-matter particle and its gauge coupling to the dark photon. */
export interface DarkSector {
  /** Type of dark matter; fixes the current J_D^μ the dark photon couples to. */
  dm: DarkMatterType;
  /** Dark-matter mass m_χ [GeV] (> 0); for pseudo-Dirac, the lighter state m₁. */
  dmMassGeV: number;
  /** Dark gauge coupling α_D = g_D²/(4π) (≥ 0, dimensionless). */
  alphaD: number;
  /** Pseudo-Dirac only: δ = (m₂ − m₁)/m₁ ≥ 0 (default 0.1). Ignored for the other types. */
  splitting?: number;
}

/**
 * Checks a {@link DarkSector} and returns the masses [GeV] of the two final-state particles of A′ → χχ̄
 * (equal except for pseudo-Dirac, where they are m₁ and m₂ = m₁(1 + δ)).
 * @throws EmissError `UNKNOWN_NAME` for an unknown `dm`; `OUT_OF_DOMAIN` for a mass that is not
 * finite and > 0; `BAD_OPTION` for a negative or non-finite `alphaD` or `splitting`.
 */
export function darkSectorMasses(dark: DarkSector, where = 'dark'): [number, number] {
  if (!DARK_MATTER_TYPES.includes(dark.dm)) {
    throw new EmissError('UNKNOWN_NAME', `${where}.dm`, `unknown dark-matter type '${String(dark.dm)}'`, DARK_MATTER_TYPES.join(', '));
  }
  if (!(dark.dmMassGeV > 0) || !Number.isFinite(dark.dmMassGeV)) {
    throw new EmissError('OUT_OF_DOMAIN', `${where}.dmMassGeV`, `${dark.dmMassGeV} is not a valid mass`, '> 0 GeV, finite');
  }
  if (!(dark.alphaD >= 0) || !Number.isFinite(dark.alphaD)) {
    throw new EmissError('BAD_OPTION', `${where}.alphaD`, `${dark.alphaD} is not a valid coupling`, '≥ 0, finite');
  }
  if (dark.dm !== 'pseudo-dirac') return [dark.dmMassGeV, dark.dmMassGeV];
  const delta = dark.splitting ?? DEFAULT_SPLITTING;
  if (!(delta >= 0) || !Number.isFinite(delta)) {
    throw new EmissError('BAD_OPTION', `${where}.splitting`, `${delta} is not a valid relative splitting`, '≥ 0, finite');
  }
  return [dark.dmMassGeV, dark.dmMassGeV * (1 + delta)];
}

/**
 * Partial width Γ(A′ → χχ̄) [GeV] of a dark photon of mass m into dark matter, with the interaction
 * L ⊃ g_D A′_μ J_D^μ, α_D = g_D²/(4π), r = m_χ/m, β = √(1 − 4r²):
 *
 * | `dm` | current J_D^μ | Γ(A′ → χχ̄) |
 * | --- | --- | --- |
 * | `complex-scalar` | i(χ*∂^μχ − χ∂^μχ*) | (α_D m/12) β³ |
 * | `majorana` | ½ χ̄γ^μγ⁵χ | (α_D m/6) β³ |
 * | `dirac` | χ̄γ^μχ | (α_D m/3)(1 + 2r²) β |
 * | `pseudo-dirac` | i χ̄₁γ^μχ₂ (A′ → χ₁χ₂ only) | (α_D m/3)(1 − (r₂ − r₁)²)^{3/2} (1 − (r₁ + r₂)²)^{1/2} (1 + (r₁ + r₂)²/2) |
 *
 * Currents as in Izaguirre, Krnjaic, Schuster, Toro, PRL 115 (2015) 251301, arXiv:1505.00011 and
 * Berlin, Blinov, Krnjaic, Schuster, Toro, PRD 99 (2019) 075001, arXiv:1807.01730 (Sec. II);
 * pseudo-Dirac (inelastic) width as in Izaguirre, Kahn, Krnjaic, Moschella, PRD 96 (2017) 055007,
 * arXiv:1703.06881, with r_i = m_i/m. The widths follow from the tree-level |M|² of a massive vector
 * decaying to two fermions (vector coupling: 1 − (r₁² + r₂²)/2 − (r₁² − r₂²)²/2 + 3r₁r₂, times
 * λ^{1/2}(1, r₁², r₂²)) and were re-derived here; the table is the reference.
 *
 * Normalizations. Majorana: the ½ makes a Majorana χ with coupling g_D the same as one Weyl
 * fermion of charge g_D; its Feynman rule is g_D γ^μγ⁵ and the final state is two identical
 * particles, hence α_D m β³/6 — half a Dirac fermion's axial width (with J = χ̄γ^μγ⁵χ, no ½, the
 * width would be four times larger). Pseudo-Dirac: χ₁, χ₂ are the Majorana mass eigenstates of a
 * Dirac fermion ψ = (χ₁ + iχ₂)/√2 of charge g_D split by small Majorana masses; ψ̄γ^μψ = iχ̄₁γ^μχ₂, so
 * for δ → 0 the width tends continuously to the Dirac one (the A′χ₁χ₁ and A′χ₂χ₂ couplings vanish).
 * In the light limit r → 0 the ratios scalar : Majorana : Dirac are 1/4 : 1/2 : 1.
 *
 * @param massGeV dark-photon mass m [GeV], > 0.
 * @param dark the dark sector (type, m_χ [GeV], α_D, δ for pseudo-Dirac).
 * @returns Γ [GeV]; exactly 0 at and below threshold (m ≤ 2m_χ, or m ≤ m₁ + m₂).
 * @throws EmissError `OUT_OF_DOMAIN` for a non-positive or non-finite `massGeV`, and as {@link darkSectorMasses}.
 */
export function darkMatterWidth(massGeV: number, dark: DarkSector): number {
  if (!(massGeV > 0) || !Number.isFinite(massGeV)) {
    throw new EmissError('OUT_OF_DOMAIN', 'darkMatterWidth(massGeV)', `${massGeV} is not a valid dark-photon mass`, '> 0 GeV, finite');
  }
  const [m1, m2] = darkSectorMasses(dark);
  if (massGeV <= m1 + m2) return 0;
  const r1 = m1 / massGeV;
  const r2 = m2 / massGeV;
  const scale = dark.alphaD * massGeV;
  switch (dark.dm) {
    case 'complex-scalar': {
      const b2 = Math.max(0, 1 - 4 * r1 * r1);
      return (scale / 12) * b2 * Math.sqrt(b2);
    }
    case 'majorana': {
      const b2 = Math.max(0, 1 - 4 * r1 * r1);
      return (scale / 6) * b2 * Math.sqrt(b2);
    }
    case 'dirac':
      return (scale / 3) * (1 + 2 * r1 * r1) * Math.sqrt(Math.max(0, 1 - 4 * r1 * r1));
    case 'pseudo-dirac': {
      const minus = 1 - (r2 - r1) * (r2 - r1);
      const plus = Math.max(0, 1 - (r1 + r2) * (r1 + r2));
      return (scale / 3) * minus * Math.sqrt(minus) * Math.sqrt(plus) * (1 + ((r1 + r2) * (r1 + r2)) / 2);
    }
  }
}
