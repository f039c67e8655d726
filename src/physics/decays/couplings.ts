/**
 * Conversions between the couplings used to present light-dark-matter results: the kinetic mixing ε,
 * the dimensionless y = ε² α_D (m_χ/m_A′)⁴, and the DM–electron reference cross section σ̄_e.
 */
import { ALPHA, ELECTRON_MASS, EmissError, GEV2_TO_PB } from '../../core/index.js';

/** 1 pb in cm². */
const PB_TO_CM2 = 1e-36;

/** Dark-matter and mediator masses of a dark-photon model point. */
export interface DarkMatterMasses {
  /** Dark-matter mass m_χ [GeV], > 0. */
  dmMassGeV: number;
  /** Dark-photon (mediator) mass m_A′ [GeV], > 0; the common benchmark is m_A′ = 3 m_χ. */
  mediatorMassGeV: number;
}

function checkMasses({ dmMassGeV, mediatorMassGeV }: DarkMatterMasses, where: string): void {
  if (!(dmMassGeV > 0) || !Number.isFinite(dmMassGeV)) {
    throw new EmissError('OUT_OF_DOMAIN', `${where}.dmMassGeV`, `${dmMassGeV} is not a valid mass`, '> 0 GeV, finite');
  }
  if (!(mediatorMassGeV > 0) || !Number.isFinite(mediatorMassGeV)) {
    throw new EmissError('OUT_OF_DOMAIN', `${where}.mediatorMassGeV`, `${mediatorMassGeV} is not a valid mass`, '> 0 GeV, finite');
  }
}

function checkNonNegative(value: number, where: string): void {
  if (!(value >= 0) || !Number.isFinite(value)) {
    throw new EmissError('BAD_OPTION', where, `${value} is not valid`, '≥ 0, finite');
  }
}

function checkPositive(value: number, where: string): void {
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new EmissError('BAD_OPTION', where, `${value} is not valid`, '> 0, finite');
  }
}

/**
 * y = ε² α_D (m_χ/m_A′)⁴, the combination that fixes the DM annihilation rate through an off-shell
 * A′ for m_A′ ≫ m_χ and on which thermal-relic targets are drawn. Source: Izaguirre, Krnjaic, Schuster,
 * Toro, PRL 115 (2015) 251301, arXiv:1505.00011.
 *
 * @param epsilon kinetic mixing ε ≥ 0.
 * @param alphaD dark coupling α_D ≥ 0.
 * @param masses m_χ and m_A′ [GeV].
 * @returns y (dimensionless).
 * @throws EmissError `BAD_OPTION` for a negative coupling, `OUT_OF_DOMAIN` for a non-positive mass.
 */
export function yFromEpsilon(epsilon: number, alphaD: number, masses: DarkMatterMasses): number {
  checkNonNegative(epsilon, 'yFromEpsilon(epsilon)');
  checkNonNegative(alphaD, 'yFromEpsilon(alphaD)');
  checkMasses(masses, 'yFromEpsilon(masses)');
  const ratio = masses.dmMassGeV / masses.mediatorMassGeV;
  return epsilon * epsilon * alphaD * ratio ** 4;
}

/**
 * ε = √(y/α_D) (m_A′/m_χ)², inverse of {@link yFromEpsilon} (same source).
 *
 * @param y dimensionless y ≥ 0.
 * @param alphaD dark coupling α_D > 0.
 * @param masses m_χ and m_A′ [GeV].
 * @returns ε ≥ 0.
 * @throws EmissError `BAD_OPTION` for y < 0 or α_D ≤ 0, `OUT_OF_DOMAIN` for a non-positive mass.
 */
export function epsilonFromY(y: number, alphaD: number, masses: DarkMatterMasses): number {
  checkNonNegative(y, 'epsilonFromY(y)');
  checkPositive(alphaD, 'epsilonFromY(alphaD)');
  checkMasses(masses, 'epsilonFromY(masses)');
  const ratio = masses.mediatorMassGeV / masses.dmMassGeV;
  return Math.sqrt(y / alphaD) * ratio * ratio;
}

// σ̄_e per unit α_D ε², in cm²: 16π α μ_χe² / (m_A′² + α² m_e²)², GeV⁻² → pb → cm².
function crossSectionPerAlphaDEpsilon2(masses: DarkMatterMasses): number {
  const mu = (masses.dmMassGeV * ELECTRON_MASS) / (masses.dmMassGeV + ELECTRON_MASS);
  const q2 = (ALPHA * ELECTRON_MASS) ** 2; // reference momentum transfer q = α m_e
  const denominator = masses.mediatorMassGeV * masses.mediatorMassGeV + q2;
  return ((16 * Math.PI * ALPHA * mu * mu) / (denominator * denominator)) * GEV2_TO_PB * PB_TO_CM2;
}

/**
 * Reference DM–electron scattering cross section of a dark-photon mediated model,
 * σ̄_e = 16π α α_D ε² μ_χe² / (m_A′² + α² m_e²)², evaluated at the reference momentum transfer
 * q = α m_e, with μ_χe = m_χ m_e/(m_χ + m_e). Source: Essig, Mardon, Volansky, PRD 85 (2012) 076007,
 * arXiv:1108.5383 (definition of σ̄_e and its dark-photon form; re-derived here from the
 * non-relativistic |M|² = 16 m_χ² m_e² (4πα ε²)(4πα_D)/(q² + m_A′²)², σ̄_e = μ²|M|²/(16π m_χ² m_e²)).
 * Same for scalar and fermion DM with a vector coupling; for m_A′ ≫ α m_e it becomes 16π α μ² y/m_χ⁴.
 *
 * @param epsilon kinetic mixing ε ≥ 0.
 * @param alphaD dark coupling α_D ≥ 0.
 * @param masses m_χ and m_A′ [GeV].
 * @returns σ̄_e [cm²].
 * @throws EmissError `BAD_OPTION` for a negative coupling, `OUT_OF_DOMAIN` for a non-positive mass.
 */
export function electronCrossSection(epsilon: number, alphaD: number, masses: DarkMatterMasses): number {
  checkNonNegative(epsilon, 'electronCrossSection(epsilon)');
  checkNonNegative(alphaD, 'electronCrossSection(alphaD)');
  checkMasses(masses, 'electronCrossSection(masses)');
  return alphaD * epsilon * epsilon * crossSectionPerAlphaDEpsilon2(masses);
}

/**
 * ε from σ̄_e, inverse of {@link electronCrossSection} (same source).
 *
 * @param crossSectionCm2 σ̄_e [cm²] ≥ 0.
 * @param alphaD dark coupling α_D > 0.
 * @param masses m_χ and m_A′ [GeV].
 * @returns ε ≥ 0.
 * @throws EmissError `BAD_OPTION` for σ̄_e < 0 or α_D ≤ 0, `OUT_OF_DOMAIN` for a non-positive mass.
 */
export function epsilonFromElectronCrossSection(crossSectionCm2: number, alphaD: number, masses: DarkMatterMasses): number {
  checkNonNegative(crossSectionCm2, 'epsilonFromElectronCrossSection(crossSectionCm2)');
  checkPositive(alphaD, 'epsilonFromElectronCrossSection(alphaD)');
  checkMasses(masses, 'epsilonFromElectronCrossSection(masses)');
  return Math.sqrt(crossSectionCm2 / (alphaD * crossSectionPerAlphaDEpsilon2(masses)));
}

/**
 * σ̄_e [cm²] from y, eliminating α_D ε² = y (m_A′/m_χ)⁴ from {@link electronCrossSection}:
 * σ̄_e = 16π α μ_χe² y (m_A′/m_χ)⁴ / (m_A′² + α² m_e²)² (sources as there). Independent of α_D.
 *
 * @param y dimensionless y ≥ 0.
 * @param masses m_χ and m_A′ [GeV] (for the usual benchmark, m_A′ = 3 m_χ).
 * @returns σ̄_e [cm²].
 * @throws EmissError `BAD_OPTION` for y < 0, `OUT_OF_DOMAIN` for a non-positive mass.
 */
export function electronCrossSectionFromY(y: number, masses: DarkMatterMasses): number {
  checkNonNegative(y, 'electronCrossSectionFromY(y)');
  checkMasses(masses, 'electronCrossSectionFromY(masses)');
  const ratio = masses.mediatorMassGeV / masses.dmMassGeV;
  return y * ratio ** 4 * crossSectionPerAlphaDEpsilon2(masses);
}

/**
 * y from σ̄_e, inverse of {@link electronCrossSectionFromY}.
 *
 * @param crossSectionCm2 σ̄_e [cm²] ≥ 0.
 * @param masses m_χ and m_A′ [GeV].
 * @returns y (dimensionless).
 * @throws EmissError `BAD_OPTION` for σ̄_e < 0, `OUT_OF_DOMAIN` for a non-positive mass.
 */
export function yFromElectronCrossSection(crossSectionCm2: number, masses: DarkMatterMasses): number {
  checkNonNegative(crossSectionCm2, 'yFromElectronCrossSection(crossSectionCm2)');
  checkMasses(masses, 'yFromElectronCrossSection(masses)');
  const ratio = masses.dmMassGeV / masses.mediatorMassGeV;
  return (crossSectionCm2 * ratio ** 4) / crossSectionPerAlphaDEpsilon2(masses);
}
