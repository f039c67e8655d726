/**
 * Classical synchrotron-radiation quantities of an ultra-relativistic charge on a circle of
 * radius ρ (J.D. Jackson, Classical Electrodynamics, 3rd ed., §14.6; PDG RPP 2024 "Synchrotron
 * radiation", after M. Sands, SLAC-121 (1970)). Units: GeV, cm.
 */
import { ALPHA, HBAR_C } from '../../core/index.js';
import { SR_NUMBER_INTEGRAL } from './synchrotron-spectrum.js';

/** Critical energy ε_c = (3/2) ħc γ³/ρ [GeV] (Jackson eq. 14.85), γ the Lorentz factor, ρ [cm]. */
export function synchrotronCriticalEnergy(gamma: number, radiusCm: number): number {
  return (1.5 * HBAR_C * gamma * gamma * gamma) / radiusCm;
}

/**
 * Mean number of photons per cm of path, (5/(2√3)) α γ/ρ [1/cm] (Jackson §14.6 integrated over
 * frequency; Sands eq. 5.17). For |charge| = 1.
 */
export function synchrotronPhotonsPerCm(gamma: number, radiusCm: number): number {
  return ((Math.sqrt(3) / (2 * Math.PI)) * ALPHA * gamma * SR_NUMBER_INTEGRAL) / radiusCm;
}

/**
 * Mean energy radiated per cm, −dE/ds = (2/3) r_e m_e c² γ⁴/ρ² = (2/3) α ħc γ⁴/ρ² [GeV/cm]
 * (Larmor's formula for circular motion, Jackson eq. 14.31 with P = c dE/ds; r_e m_e c² = αħc).
 */
export function synchrotronLossPerCm(gamma: number, radiusCm: number): number {
  const g2 = gamma * gamma;
  return ((2 / 3) * ALPHA * HBAR_C * g2 * g2) / (radiusCm * radiusCm);
}
