import { describe, expect, it } from 'vitest';
import { MUON_MASS, PROTON_MASS, RandomStream } from '../../core/index.js';
import { maxEnergyTransfer, mostProbableLoss, restrictedBethe, landauXi } from './bethe-bloch.js';
import { ionizationMaterial } from './ionization-material.js';
import { sampleIonizationLoss } from './ionization-loss.js';

const POLYSTYRENE = ionizationMaterial(1.06, 0.53768, 68.7e-9, 41.31);
const FE = ionizationMaterial(7.874, 26 / 55.845, 286e-9, 1.757);

function histogramMode(values: Float64Array, bin: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.floor(v / bin), (counts.get(Math.floor(v / bin)) ?? 0) + 1);
  let best = 0;
  let at = 0;
  for (const [k, c] of counts) if (c > best) [best, at] = [c, k];
  const y0 = counts.get(at - 1) ?? 0;
  const y2 = counts.get(at + 1) ?? 0;
  return (at + 0.5 + (0.5 * (y0 - y2)) / (y0 - 2 * best + y2)) * bin;
}

describe('sampleIonizationLoss()', () => {
  it('gives a 100 GeV muon in 0.5 cm of scintillator the Landau peak Δ_p = 0.81 MeV and the restricted Bethe mean', () => {
    const rng = new RandomStream(31, 0);
    const x = 0.53;
    const cut = 1; // knock-ons above 1 GeV are produced one by one
    const n = 200_000;
    const v = new Float64Array(n);
    let s = 0;
    for (let i = 0; i < n; i++) s += v[i] = sampleIonizationLoss(rng, POLYSTYRENE, MUON_MASS, 100, x, cut, true);
    const dp = mostProbableLoss(POLYSTYRENE, MUON_MASS, 100, x);
    expect(Math.abs(histogramMode(v, 0.01e-3) / dp - 1)).toBeLessThan(0.02);
    // The mean has the heavy Landau tail (up to λ_max ≈ 2×10⁴): its standard error is ξ√(λ_max/n).
    const mean = restrictedBethe(POLYSTYRENE, MUON_MASS, 100, cut, true) * x;
    expect(Math.abs(s / n / mean - 1)).toBeLessThan(0.03);
  });

  it('splits a layer into steps without moving the peak (the Landau law is stable)', () => {
    const rng = new RandomStream(32, 0);
    const n = 100_000;
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = sampleIonizationLoss(rng, POLYSTYRENE, MUON_MASS, 100, 0.265, 1, true) + sampleIonizationLoss(rng, POLYSTYRENE, MUON_MASS, 100, 0.265, 1, true);
    expect(Math.abs(histogramMode(v, 0.01e-3) / mostProbableLoss(POLYSTYRENE, MUON_MASS, 100, 0.53) - 1)).toBeLessThan(0.03);
  });

  it('turns Gaussian with Bohr\'s width σ² = ξW(1 − β²/2) when κ = ξ/W_max ≥ 0.3 (a 150 MeV proton in 1 cm of iron)', () => {
    const rng = new RandomStream(33, 0);
    const E = PROTON_MASS + 0.15;
    const x = 7.874;
    const b2 = 1 - (PROTON_MASS / E) ** 2;
    const xi = landauXi(FE, b2, x);
    const w = maxEnergyTransfer(PROTON_MASS, E);
    expect(xi / w).toBeGreaterThan(0.3);
    const n = 50_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const l = sampleIonizationLoss(rng, FE, PROTON_MASS, E, x, Infinity, true);
      s += l;
      s2 += l * l;
    }
    const mean = restrictedBethe(FE, PROTON_MASS, E, Infinity, true) * x;
    expect(s / n / mean).toBeCloseTo(1, 2);
    expect(Math.sqrt(s2 / n - (s / n) ** 2) / Math.sqrt(xi * w * (1 - b2 / 2))).toBeCloseTo(1, 1);
  });
});
