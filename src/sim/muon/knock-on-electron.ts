/**
 * Knock-on electrons (δ rays) with kinetic energy T above the cut W_cut, produced one by one:
 * T from d²N/dTdx ∝ F(T)/T² (PDG RPP 2024 eq. 34.8), F = 1 − β²T/W_max (+ T²/(2E²) for spin ½),
 * by drawing 1/T² on [W_cut, W_max] and accepting with F/max F (F is convex: its maximum is at an
 * end); emission angle from two-body kinematics, cos θ = T(E + m_e)/(p_δ P) (e.g. the Geant4
 * Physics Reference Manual, "Ionisation: sampling of δ rays"), azimuth uniform; the projectile
 * loses T and its momentum changes by −p_δ (momentum conservation with the electron at rest).
 */
import type { RandomStream } from '../../core/index.js';
import { ELECTRON_MASS } from '../../core/index.js';
import { maxEnergyTransfer } from './bethe-bloch.js';

/** Kinetic energy T [GeV] of one knock-on electron above cutGeV (< W_max) for mass M, energy E. */
export function sampleKnockOnEnergy(rng: RandomStream, massGeV: number, energyGeV: number, cutGeV: number, spinHalf: boolean): number {
  const wMax = maxEnergyTransfer(massGeV, energyGeV);
  const g = energyGeV / massGeV;
  const b2 = 1 - 1 / (g * g);
  const s = spinHalf ? 1 / (2 * energyGeV * energyGeV) : 0;
  const fMax = Math.max(1 - (b2 * cutGeV) / wMax + s * cutGeV * cutGeV, 1 - b2 + s * wMax * wMax);
  for (let i = 0; i < 10000; i++) {
    const T = 1 / (1 / cutGeV - rng.uniform() * (1 / cutGeV - 1 / wMax));
    if (rng.uniform() * fMax <= 1 - (b2 * T) / wMax + s * T * T) return T;
  }
  return cutGeV;
}

/** cos θ of a knock-on electron of kinetic energy T from a projectile of energy E, momentum P. */
export function knockOnCosTheta(kineticGeV: number, energyGeV: number, momentumGeV: number): number {
  const pd = Math.sqrt(kineticGeV * (kineticGeV + 2 * ELECTRON_MASS));
  const c = (kineticGeV * (energyGeV + ELECTRON_MASS)) / (pd * momentumGeV);
  return c < 1 ? c : 1;
}
