/**
 * Two-photon annihilation of a positron in flight on an atomic electron at rest,
 * e⁺e⁻ → γγ (W. Heitler, The Quantum Theory of Radiation, 3rd ed. 1954, §26; as in the Geant4
 * Physics Reference Manual, "Positron–electron annihilation"):
 *   σ(γ) = π r_e²/(γ + 1) · [ (γ² + 4γ + 1)/(γ² − 1) · ln(γ + √(γ² − 1)) − (γ + 3)/√(γ² − 1) ],
 * with γ the positron's Lorentz factor; the photon energy fraction ε ∈ [ε_min, 1 − ε_min],
 * ε_min = 1/(γ + 1 + √(γ² − 1)), is sampled from dσ/dε ∝ S(ε)/ε, S = 1 − ε + (2γε − 1)/(ε(γ + 1)²).
 */
import { ELECTRON_MASS } from '../../core/index.js';

/** Classical electron radius [cm] (PDG 2024: 2.8179403262 fm). */
const RE_CM = 2.8179403262e-13;

/** Heitler's annihilation cross section per electron [cm²] for a positron of total energy E [GeV]. */
export function annihilationCrossSectionCm2(positronEnergyGeV: number): number {
  const g = positronEnergyGeV / ELECTRON_MASS;
  if (!(g > 1)) return 0;
  const s = Math.sqrt(g * g - 1);
  return ((Math.PI * RE_CM * RE_CM) / (g + 1)) * (((g * g + 4 * g + 1) / (g * g - 1)) * Math.log(g + s) - (g + 3) / s);
}

/** Samples the energy fraction ε of the first photon (Heitler's spectrum); the second has 1 − ε. */
export function sampleAnnihilationFraction(positronEnergyGeV: number, uniform: () => number): number {
  const g = positronEnergyGeV / ELECTRON_MASS;
  const s = Math.sqrt(g * g - 1);
  const eMin = 1 / (g + 1 + s);
  const eMax = 1 - eMin;
  const lr = Math.log(eMax / eMin);
  for (let k = 0; k < 1000; k++) {
    const e = eMin * Math.exp(lr * uniform());
    const S = 1 - e + (2 * g * e - 1) / (e * (g + 1) * (g + 1));
    if (uniform() <= S) return e;
  }
  return 0.5;
}
