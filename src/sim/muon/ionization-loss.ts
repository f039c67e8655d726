/**
 * Sampling of the ionization energy loss of a heavy charged particle (charge ±1) in a step of
 * x [g/cm²], restricted to energy transfers below W_cut (harder knock-on electrons are produced
 * one by one, knock-on-electron.ts):
 *  - κ = ξ/W_cut < 0.3 (thin layers, the usual case for muons): a Landau distribution with the
 *    most probable loss Δ_p of PDG RPP 2024 eq. 34.12 and the width ξ (eq. 34.11),
 *    ΔE = Δ_p + ξ(λ − λ_mode), λ drawn from φ truncated at λ_max chosen so that the mean equals
 *    the restricted Bethe mean ⟨ΔE⟩ (eq. 34.7) — the GEANT3 prescription (landau-distribution.ts).
 *    From eqs. 34.7 and 34.12, (⟨ΔE⟩ − Δ_p)/ξ = ln(W_cut/ξ) − j − β² W_cut/W_max (+ (W_cut/E)²/4
 *    for spin ½), so the truncated mean must be μ = λ_mode + that, and ΔE = ⟨ΔE⟩ + ξ(λ − μ).
 *    The Landau form is stable, so splitting a layer into steps keeps Δ_p (ξ ln ξ is additive);
 *  - κ ≥ 0.3 or μ too close to the mode (Vavilov regime, nearly Gaussian): a Gaussian with the
 *    restricted mean and Bohr's variance σ² = ξ W_cut (1 − β²/2) (PDG §34.2.9; Geant4 Physics
 *    Reference Manual, "Fluctuations of energy loss", Gaussian regime), truncated symmetrically
 *    to [0, 2⟨ΔE⟩] so that the mean is kept;
 *  - ξ < 10 I (a few collisions: Landau's theory does not hold): the mean.
 * The result is clamped to [0, kinetic energy].
 */
import type { RandomStream } from '../../core/index.js';
import { landauXi, maxEnergyTransfer, restrictedBethe } from './bethe-bloch.js';
import type { IonizationMaterial } from './ionization-material.js';
import { LANDAU_MODE, landauCutForMean, sampleTruncatedLandau } from './landau-distribution.js';

/** κ above which the Gaussian form is used. */
export const KAPPA_GAUSSIAN = 0.3;

/**
 * The fluctuating loss [GeV] about a given restricted mean `meanGeV` over x [g/cm²]: β² of the
 * particle, E its total energy, w = min(W_cut, W_max), wMax = W_max [GeV]. The low-level form
 * used by the stepping (which has these numbers already). No allocation.
 */
export function fluctuateIonization(rng: RandomStream, m: IonizationMaterial, meanGeV: number, gramsPerCm2: number, beta2: number, energyGeV: number, w: number, wMax: number, spinHalf: boolean): number {
  const xi = landauXi(m, beta2, gramsPerCm2);
  if (xi < 10 * m.meanExcitationGeV || !(meanGeV > 0)) return meanGeV;
  if (xi < KAPPA_GAUSSIAN * w) {
    const r = w / energyGeV;
    const mu = LANDAU_MODE + Math.log(w / xi) - 0.2 - (beta2 * w) / wMax + (spinHalf ? 0.25 * r * r : 0);
    const lambdaMax = landauCutForMean(mu);
    if (lambdaMax === lambdaMax) return meanGeV + xi * (sampleTruncatedLandau(lambdaMax, rng.uniform()) - mu);
  }
  const sigma = Math.sqrt(xi * w * (1 - 0.5 * beta2));
  for (let i = 0; i < 100; i++) {
    const loss = meanGeV + sigma * rng.normal();
    if (loss >= 0 && loss <= 2 * meanGeV) return loss;
  }
  return meanGeV;
}

/**
 * A random ionization loss [GeV] of a particle of mass M, total energy E [GeV], over x [g/cm²],
 * restricted to transfers below `cutGeV` (∞: the full Bethe loss). `spinHalf` for μ and p.
 */
export function sampleIonizationLoss(rng: RandomStream, m: IonizationMaterial, massGeV: number, energyGeV: number, gramsPerCm2: number, cutGeV: number, spinHalf: boolean): number {
  const kinetic = energyGeV - massGeV;
  if (!(gramsPerCm2 > 0) || !(kinetic > 0)) return 0;
  const g = energyGeV / massGeV;
  const b2 = 1 - 1 / (g * g);
  const wMax = maxEnergyTransfer(massGeV, energyGeV);
  const w = cutGeV < wMax ? cutGeV : wMax;
  const mean = restrictedBethe(m, massGeV, energyGeV, cutGeV, spinHalf) * gramsPerCm2;
  const loss = fluctuateIonization(rng, m, mean, gramsPerCm2, b2, energyGeV, w, wMax, spinHalf);
  if (loss < 0) return 0;
  return loss > kinetic ? kinetic : loss;
}
