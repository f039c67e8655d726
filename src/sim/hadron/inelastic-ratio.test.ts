import { describe, expect, it } from 'vitest';
import { material } from '../../physics/index.js';
import { HadronClass, KAON_RATIO_DELTA, inelasticRatio } from './inelastic-ratio.js';

// PDG RPP 2024 "Atomic and nuclear properties": pion interaction lengths [cm] (as quoted by
// independent code; see inelastic-ratio.ts). Fe and Pb fix the fit; Cu, W, Al test it.
const PDG_PION_LAMBDA_CM: Record<string, [number, number]> = { Fe: [20.42, 55.845], Pb: [19.93, 207.2], Cu: [18.51, 63.546], W: [11.33, 183.84], Al: [50.64, 26.98] };

describe('inelasticRatio()', () => {
  it('inelasticRatio(Pion, A) turns the PDG λ_I into the PDG pion interaction length (Fe, Pb fitted; Cu, W, Al < 1%)', () => {
    for (const [name, [lambdaPi, A]] of Object.entries(PDG_PION_LAMBDA_CM)) {
      const lambdaI = material(name).nuclearInteractionLengthCm;
      const predicted = lambdaI / inelasticRatio(HadronClass.Pion, A);
      expect(Math.abs(predicted / lambdaPi - 1), name).toBeLessThan(name === 'Fe' || name === 'Pb' ? 1e-3 : 0.01);
    }
  });

  it('inelasticRatio(Pion, 1) is σ_inel(πp)/σ_inel(pp) ≈ 20.7/31.6 mb (PDG cross-section plots, 100 GeV/c)', () => {
    expect(inelasticRatio(HadronClass.Pion, 1)).toBeCloseTo(20.7 / 31.6, 1);
  });

  it('inelasticRatio() orders the lengths λ_K > λ_π > λ_N for every nucleus, and tends to 1 for heavy ones', () => {
    for (const A of [1, 12, 27, 56, 207]) {
      expect(inelasticRatio(HadronClass.Kaon, A)).toBeLessThan(inelasticRatio(HadronClass.Pion, A));
      expect(inelasticRatio(HadronClass.Pion, A)).toBeLessThan(1);
      expect(inelasticRatio(HadronClass.Nucleon, A)).toBe(1);
    }
    expect(inelasticRatio(HadronClass.Pion, 207.2)).toBeGreaterThan(inelasticRatio(HadronClass.Pion, 12));
  });

  it('KAON_RATIO_DELTA makes the kaon–nucleus exponent ≈ 0.07 above the nucleon one (K⁰_L total σ ∝ A^0.84 vs p ∝ A^0.77)', () => {
    expect(KAON_RATIO_DELTA).toBeGreaterThan(0.06);
    expect(KAON_RATIO_DELTA).toBeLessThan(0.1);
  });
});
