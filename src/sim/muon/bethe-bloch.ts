/**
 * Mean ionization energy loss of heavy charged particles (M ≫ m_e) and the parameters of its
 * fluctuations (PDG RPP 2024 §34.2, S. Navas et al., PRD 110 (2024) 030001). Units: GeV, g/cm².
 *  - W_max = 2m_e c²β²γ² / (1 + 2γ m_e/M + (m_e/M)²)                          (eq. 34.4)
 *  - ⟨−dE/dx⟩ = K z² ⟨Z/A⟩ β⁻² [½ ln(2m_e c²β²γ² W_max/I²) − β² − δ/2]          (eq. 34.5)
 *    plus, for spin-½ projectiles (μ, p), the term ⅛(W_max/E)² in the bracket (Rossi,
 *    High-Energy Particles (1952) §2.3; Groom, Mokhov, Striganov, ADNDT 78 (2001) 183, §3.1);
 *  - restricted to energy transfers W < W_cut (eq. 34.7):
 *    K z² ⟨Z/A⟩ β⁻² [½ ln(2m_e c²β²γ² W_cut/I²) − (β²/2)(1 + W_cut/W_max) − δ/2] (+ ⅛(W_cut/E)²);
 *  - ξ = (K/2) z² ⟨Z/A⟩ x/β² and the most probable loss in x [g/cm²] (eq. 34.12)
 *    Δ_p = ξ [ln(2m_e c²β²γ²/I) + ln(ξ/I) + j − β² − δ(βγ)], j = 0.200;
 *  - knock-on electrons above W (eq. 34.8 integrated): per g/cm²,
 *    (K/2) z² ⟨Z/A⟩ β⁻² [(1/W − 1/W_max) − (β²/W_max) ln(W_max/W) + (W_max − W)/(2E²) (spin ½)].
 * Muons also radiate photons from atomic electrons, counted by Groom et al. (§3.1, after Kelner, Kokoulin & Petrukhin) in the
 * "ionization" column: Δ(dE/dx) = (K/4π) ⟨Z/A⟩ α [ln(2E/M) − ⅓ ln(2W_max/m_e)] ln²(2W_max/m_e),
 * ~2% of the loss at 100 GeV; {@link atomicElectronBremsstrahlung} gives it, the stepping adds it
 * to the continuous loss of muons.
 */
import { ALPHA, ELECTRON_MASS } from '../../core/index.js';
import type { IonizationMaterial } from './ionization-material.js';
import { densityEffect } from './ionization-material.js';

/** Maximum energy transfer W_max [GeV] to a free electron (PDG eq. 34.4). */
export function maxEnergyTransfer(massGeV: number, energyGeV: number): number {
  const g = energyGeV / massGeV;
  const bg2 = g * g - 1;
  const r = ELECTRON_MASS / massGeV;
  return (2 * ELECTRON_MASS * bg2) / (1 + 2 * g * r + r * r);
}

/**
 * Restricted mean ionization loss [GeV cm²/g] for transfers below `cutGeV` (the full Bethe loss
 * when cutGeV ≥ W_max; PDG eqs. 34.5, 34.7), charge ±1. `spinHalf` adds ⅛(W/E)².
 */
export function restrictedBethe(m: IonizationMaterial, massGeV: number, energyGeV: number, cutGeV: number, spinHalf: boolean): number {
  const g = energyGeV / massGeV;
  const bg2 = g * g - 1;
  if (!(bg2 > 0)) return 0;
  const b2 = bg2 / (g * g);
  const wMax = maxEnergyTransfer(massGeV, energyGeV);
  const w = cutGeV < wMax ? cutGeV : wMax;
  const I = m.meanExcitationGeV;
  let bracket = 0.5 * Math.log((2 * ELECTRON_MASS * bg2 * w) / (I * I)) - 0.5 * b2 * (1 + w / wMax) - 0.5 * densityEffect(m, Math.sqrt(bg2));
  if (spinHalf) bracket += 0.125 * (w / energyGeV) * (w / energyGeV);
  return bracket > 0 ? (m.kZA / b2) * bracket : 0;
}

/** Mean ionization loss −dE/dx [GeV cm²/g] (PDG eq. 34.5; + ⅛(W_max/E)² for spin ½), charge ±1. */
export function betheMean(m: IonizationMaterial, massGeV: number, energyGeV: number, spinHalf: boolean): number {
  return restrictedBethe(m, massGeV, energyGeV, Number.POSITIVE_INFINITY, spinHalf);
}

/** Landau width ξ = (K/2)⟨Z/A⟩ x/β² [GeV] for x [g/cm²] (PDG eq. 34.11), charge ±1. */
export function landauXi(m: IonizationMaterial, beta2: number, gramsPerCm2: number): number {
  return (0.5 * m.kZA * gramsPerCm2) / beta2;
}

/** Most probable loss Δ_p [GeV] in x [g/cm²] (PDG eq. 34.12, j = 0.200), charge ±1. */
export function mostProbableLoss(m: IonizationMaterial, massGeV: number, energyGeV: number, gramsPerCm2: number): number {
  const g = energyGeV / massGeV;
  const bg2 = g * g - 1;
  const b2 = bg2 / (g * g);
  const xi = landauXi(m, b2, gramsPerCm2);
  const I = m.meanExcitationGeV;
  return xi * (Math.log((2 * ELECTRON_MASS * bg2) / I) + Math.log(xi / I) + 0.2 - b2 - densityEffect(m, Math.sqrt(bg2)));
}

/**
 * Number of knock-on electrons with kinetic energy above `cutGeV` per g/cm² (PDG eq. 34.8
 * integrated up to W_max; spin-½ term optional), charge ±1. 0 when cutGeV ≥ W_max.
 */
export function knockOnRate(m: IonizationMaterial, massGeV: number, energyGeV: number, cutGeV: number, spinHalf: boolean): number {
  const wMax = maxEnergyTransfer(massGeV, energyGeV);
  if (!(cutGeV < wMax)) return 0;
  const g = energyGeV / massGeV;
  const b2 = 1 - 1 / (g * g);
  let s = 1 / cutGeV - 1 / wMax - (b2 / wMax) * Math.log(wMax / cutGeV);
  if (spinHalf) s += (wMax - cutGeV) / (2 * energyGeV * energyGeV);
  return ((0.5 * m.kZA) / b2) * s;
}

/**
 * Radiation from atomic electrons by muons [GeV cm²/g] (Groom, Mokhov, Striganov 2001 §3.1,
 * after Kelner, Kokoulin, Petrukhin): (K/4π)⟨Z/A⟩α[ln(2E/M) − ⅓ln(2W_max/m_e)] ln²(2W_max/m_e),
 * 0 when negative (low energies).
 */
export function atomicElectronBremsstrahlung(m: IonizationMaterial, massGeV: number, energyGeV: number): number {
  const wMax = maxEnergyTransfer(massGeV, energyGeV);
  const l = Math.log((2 * wMax) / ELECTRON_MASS);
  const v = ((m.kZA / (4 * Math.PI)) * ALPHA * (Math.log((2 * energyGeV) / massGeV) - l / 3) * l * l);
  return v > 0 ? v : 0;
}
