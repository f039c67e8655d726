import { describe, expect, it } from 'vitest';
import type { DarkMatterType } from '../decays/index.js';
import { relicAbundance, relicSolver } from './relic-abundance.js';

describe('relicAbundance(options)', () => {
  it('falls roughly as 1/ε² (a bit slower: x_f grows with ε)', () => {
    const solve = relicSolver({ dm: 'dirac', dmMassGeV: 0.05 });
    const ratio = solve(2e-5).omegaH2 / solve(1e-5).omegaH2;
    // Ω ∝ x_f/ε² and x_f grows by ln 4 ≈ 1.4 on 18: measured 0.277
    expect(ratio).toBeGreaterThan(0.25);
    expect(ratio).toBeLessThan(0.29);
  });
  it('gives the Dirac result for pseudo-Dirac dark matter with δ = 0 (Ω of χ₁ + χ₂ = Ω of χ + χ̄)', () => {
    const d = relicAbundance({ dm: 'dirac', dmMassGeV: 0.02, epsilon: 1e-5 });
    const pd = relicAbundance({ dm: 'pseudo-dirac', dmMassGeV: 0.02, splitting: 0, epsilon: 1e-5 });
    expect(pd.omegaH2 / d.omegaH2).toBeCloseTo(1, 6);
  });
  it('makes Majorana Ω about half the complex scalar one at equal ε (same σ, no antiparticle to count)', () => {
    const s = relicAbundance({ dm: 'complex-scalar', dmMassGeV: 0.02, epsilon: 1e-4 });
    const m = relicAbundance({ dm: 'majorana', dmMassGeV: 0.02, epsilon: 1e-4 });
    // g = 2 against 1 delays freeze-out by Δx_f ≈ ln 2, and Y∞ ∝ x_f² for p-wave: 0.5·(1 + 2·0.7/16.7) ≈ 0.54
    expect(m.omegaH2 / s.omegaH2).toBeGreaterThan(0.5);
    expect(m.omegaH2 / s.omegaH2).toBeLessThan(0.56);
  });
  it('raises Ω for a pseudo-Dirac splitting (χ₂ Boltzmann-suppressed during and after freeze-out)', () => {
    const small = relicAbundance({ dm: 'pseudo-dirac', dmMassGeV: 0.02, splitting: 0.01, epsilon: 1e-5 });
    const large = relicAbundance({ dm: 'pseudo-dirac', dmMassGeV: 0.02, splitting: 0.1, epsilon: 1e-5 });
    expect(large.omegaH2 / small.omegaH2).toBeGreaterThan(2);
  });
  it('is frozen out by x = 1000: the closed-form tail changes Y∞ by < 3% (s-wave) and < 0.1% (p-wave)', () => {
    expect(relicAbundance({ dm: 'dirac', dmMassGeV: 0.3, epsilon: 1e-4 }).tailFraction).toBeLessThan(0.03);
    expect(relicAbundance({ dm: 'complex-scalar', dmMassGeV: 0.3, epsilon: 1e-3 }).tailFraction).toBeLessThan(1e-3);
  });
  it('rejects inputs outside the domain, naming the argument', () => {
    expect(() => relicAbundance({ dm: 'dirac', dmMassGeV: 5e-4, epsilon: 1e-5 })).toThrow(/relicAbundance\.dmMassGeV.*0\.001 ≤ dmMassGeV ≤ 1/);
    expect(() => relicAbundance({ dm: 'dirac', dmMassGeV: 2, epsilon: 1e-5 })).toThrow(/OUT_OF_DOMAIN|outside/);
    expect(() => relicAbundance({ dm: 'vector' as DarkMatterType, dmMassGeV: 0.1, epsilon: 1e-5 })).toThrow(/complex-scalar, majorana/);
    expect(() => relicAbundance({ dm: 'dirac', dmMassGeV: 0.1, ratio: 1.5, epsilon: 1e-5 })).toThrow(/ratio/);
    expect(() => relicAbundance({ dm: 'dirac', dmMassGeV: 0.1, alphaD: 0, epsilon: 1e-5 })).toThrow(/alphaD/);
    expect(() => relicAbundance({ dm: 'pseudo-dirac', dmMassGeV: 0.1, splitting: 0.7, epsilon: 1e-5 })).toThrow(/splitting/);
    expect(() => relicAbundance({ dm: 'dirac', dmMassGeV: 0.1, epsilon: 0 })).toThrow(/epsilon/);
  });
});
