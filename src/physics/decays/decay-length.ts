/**
 * Proper lifetime and lab-frame decay length of an unstable particle from its total width.
 */
import { EmissError, HBAR, SPEED_OF_LIGHT } from '../../core/index.js';

function checkWidth(widthGeV: number, where: string): void {
  if (!(widthGeV > 0) || !Number.isFinite(widthGeV)) {
    throw new EmissError(
      'OUT_OF_DOMAIN',
      where,
      widthGeV === 0 ? 'a zero width means a stable particle: it has no finite lifetime or decay length' : `${widthGeV} is not a valid width`,
      '> 0 GeV, finite',
    );
  }
}

/**
 * Proper lifetime τ = ħ/Γ [ns] (ħ = 6.582 119 569 × 10⁻¹⁶ GeV ns, PDG 2024 Table 1.1).
 *
 * @param widthGeV total width Γ [GeV], > 0.
 * @returns τ [ns].
 * @throws EmissError `OUT_OF_DOMAIN` for Γ ≤ 0 (Γ = 0: stable, no finite lifetime) or non-finite Γ.
 */
export function properLifetime(widthGeV: number): number {
  checkWidth(widthGeV, 'properLifetime(widthGeV)');
  return HBAR / widthGeV;
}

/** Arguments of {@link decayLength}. */
export interface DecayLengthOptions {
  /** Particle mass m [GeV], > 0. */
  massGeV: number;
  /** Lab-frame total energy E [GeV], ≥ m. */
  energyGeV: number;
  /** Total width Γ [GeV], > 0. */
  widthGeV: number;
}

/**
 * Mean lab-frame decay length L = γβ c τ = (p/m) c ħ/Γ [cm], p = √(E² − m²), c = 29.979 245 8 cm/ns.
 * The decay point is exponentially distributed with this mean (standard relativistic kinematics:
 * γβ = p/m, e.g. PDG 2024 review "Kinematics").
 *
 * @returns L [cm]; 0 for a particle at rest (E = m).
 * @throws EmissError `OUT_OF_DOMAIN` for Γ ≤ 0 (stable particle), m ≤ 0, E < m, or non-finite input.
 */
export function decayLength({ massGeV, energyGeV, widthGeV }: DecayLengthOptions): number {
  if (!(massGeV > 0) || !Number.isFinite(massGeV)) {
    throw new EmissError('OUT_OF_DOMAIN', 'decayLength({ massGeV })', `${massGeV} is not a valid mass`, '> 0 GeV, finite');
  }
  if (!(energyGeV >= massGeV) || !Number.isFinite(energyGeV)) {
    throw new EmissError('OUT_OF_DOMAIN', 'decayLength({ energyGeV })', `energy ${energyGeV} GeV is below the mass ${massGeV} GeV or not finite`, `≥ ${massGeV} GeV, finite`);
  }
  checkWidth(widthGeV, 'decayLength({ widthGeV })');
  // p/m written as √((E − m)(E + m))/m: no cancellation for E close to m.
  const gammaBeta = Math.sqrt((energyGeV - massGeV) * (energyGeV + massGeV)) / massGeV;
  return gammaBeta * SPEED_OF_LIGHT * (HBAR / widthGeV);
}
