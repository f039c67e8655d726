/**
 * The new boson emitted in lepton bremsstrahlung ℓ Z → ℓ Z X, by its coupling to the lepton:
 *   vector (dark photon A′, Z′):  ε e ℓ̄γ^μℓ X_μ     scalar:       ε e ℓ̄ℓ S
 *   pseudoscalar:                 i ε e ℓ̄γ⁵ℓ P      axial vector: ε e ℓ̄γ^μγ⁵ℓ X_μ
 * In every case the coupling is written g = ε e, so that all cross sections are ∝ ε²
 * (for the dark photon ε is the kinetic mixing). Conventions as in NA64, arXiv:2102.01885,
 * and D.V. Kirpichnikov et al., arXiv:2002.04998.
 */
export type MediatorKind = 'vector' | 'scalar' | 'pseudoscalar' | 'axial';

/** All mediator kinds, for validation and help texts. */
export const MEDIATOR_KINDS: readonly MediatorKind[] = ['vector', 'scalar', 'pseudoscalar', 'axial'];
