/**
 * Photon conversion in a thin plane (a tracker plane): probability 1 − exp(−(7/9) t/X0) for a
 * thickness t/X0 along the path (high-energy limit of the pair cross section, PDG RPP 2024
 * §34.4.5: eq. 34.31 integrated over u gives σ = (7/9) A/(X0 N_A)), and the share
 * u = (E₋ − m_e)/(E_γ − 2m_e) of the electron from the complete-screening spectrum
 * ψ(u) ∝ 1 − (4/3)u(1 − u) (PDG eq. 34.31), by rejection (acceptance 7/9).
 * e⁺ and e⁻ keep the photon direction (opening angles ~m_e/E neglected).
 */
import type { RandomStream } from '../../core/index.js';
import { ELECTRON_MASS } from '../../core/index.js';
import type { ParticleState } from '../particle-stack.js';
import { ParticleState as State } from '../particle-stack.js';
import { Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';

const q = new State();

/** Probability that a photon converts in a plane of t/X0 = `thicknessX0` along its path. */
export function conversionProbability(thicknessX0: number): number {
  return -Math.expm1((-7 / 9) * thicknessX0);
}

/** u from ψ(u) = 1 − (4/3)u(1 − u) on (0, 1), by rejection (ψ ≤ 1). */
export function sampleScreenedPairFraction(rng: RandomStream): number {
  for (;;) {
    const u = rng.uniform();
    if (rng.uniform() <= 1 - (4 / 3) * u * (1 - u)) return u;
  }
}

/**
 * Converts photon p at its position into an e⁻e⁺ pair pushed on ctx.stack at z + dz (so that
 * they leave the plane), sharing E_γ − 2m_e by ψ(u). Below threshold the photon's energy is
 * deposited nowhere and counted as escaped. No allocation.
 */
export function convertPhoton(ctx: TransportContext, p: ParticleState, dz: number): void {
  const kin = p.e - 2 * ELECTRON_MASS;
  if (!(kin > 0)) {
    ctx.truth.eEscaped += p.e;
    return;
  }
  const u = sampleScreenedPairFraction(ctx.rng);
  q.copy(p);
  q.z = p.z + dz;
  q.generation = p.generation + 1;
  q.species = Species.Electron;
  q.e = ELECTRON_MASS + u * kin;
  ctx.stack.push(q);
  q.species = Species.Positron;
  q.e = ELECTRON_MASS + (1 - u) * kin;
  ctx.stack.push(q);
}
