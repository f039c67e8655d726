import { describe, expect, it } from 'vitest';
import { ALPHA, GEV2_TO_PB } from '../../core/index.js';
import { annihilationCrossSection, crossSectionKernel, finalStateFactor, type AnnihilationModel } from './annihilation-cross-section.js';
import { rRatio, type DarkMatterType } from '../decays/index.js';

const noHadrons = (): number => 0;
const model = (dm: DarkMatterType, m = 0.02, ratio = 3, extra: Partial<AnnihilationModel> = {}): AnnihilationModel =>
  ({ dm, dmMassGeV: m, mediatorMassGeV: ratio * m, alphaD: 0.5, splitting: 0, hadronicR: noHadrons, ...extra });

/** σ·v_rel at CM velocity β of each particle: s = 4m²/(1 − β²), v_rel = 2β (non-relativistic). */
function sigmaV(kernel: (s: number) => number, m: number, beta: number): number {
  return kernel((4 * m * m) / (1 - beta * beta)) * 2 * beta;
}

describe('annihilationCrossSection(sGeV2, model, epsilon)', () => {
  it('reproduces QED e⁺e⁻ → μ⁺μ⁻ = 4πα²/3s for a massless Dirac pair through a massless vector (Peskin & Schroeder eq. 5.13)', () => {
    const s = 4;
    const qed = (4 * Math.PI * ALPHA * ALPHA) / (3 * s) * GEV2_TO_PB;
    const sigma = annihilationCrossSection(s, { dm: 'dirac', dmMassGeV: 1e-9, mediatorMassGeV: 1e-9, alphaD: ALPHA, hadronicR: noHadrons }, 1);
    // the only final state open at √s = 2 GeV besides e, μ is τ (closed: 2m_τ = 3.55 GeV)
    const massless = finalStateFactor(s, noHadrons) / (2 * s); // e and μ, each ≈ s
    // the running width of the massless pair, √s·Γ = α_D·s/3, enters D(s) = s²(1 + (α/3)²)
    const widthFactor = 1 + (ALPHA / 3) ** 2;
    expect(Math.abs((sigma * widthFactor) / (qed * 2 * massless) - 1)).toBeLessThan(1e-10);
  });
  it('reproduces the point-like π⁺π⁻ → e⁺e⁻ = 4πα²β/3s for a complex scalar (detailed balance of σ(e⁺e⁻→π⁺π⁻) = πα²β³/3s)', () => {
    const m = 0.13957;
    const s = 1;
    const beta = Math.sqrt(1 - (4 * m * m) / s);
    const sigma = annihilationCrossSection(s, { dm: 'complex-scalar', dmMassGeV: m, mediatorMassGeV: 1e-9, alphaD: ALPHA, hadronicR: noHadrons }, 1);
    const expected = (4 * Math.PI * ALPHA * ALPHA * beta) / (3 * s) * finalStateFactor(s, noHadrons) / s * GEV2_TO_PB;
    // the dark width term is (α s β³/12)² ≪ s²: negligible here at 1e-5
    expect(Math.abs(sigma / expected - 1)).toBeLessThan(1e-5);
  });
  it('uses the measured R ratio of physics/decays for hadrons by default', () => {
    const { hadronicR: _drop, ...withDefault } = model('dirac', 0.4);
    const explicit = model('dirac', 0.4, 3, { hadronicR: rRatio });
    const none = model('dirac', 0.4);
    const s = 0.9; // √s = 0.95 GeV, between the ω and the φ: R ≈ 1.3
    expect(annihilationCrossSection(s, withDefault, 1e-4)).toBe(annihilationCrossSection(s, explicit, 1e-4));
    expect(annihilationCrossSection(s, withDefault, 1e-4) / annihilationCrossSection(s, none, 1e-4) - 1).toBeGreaterThan(0.5);
  });
  it('is proportional to ε² and vanishes below threshold', () => {
    const mdl = model('dirac', 0.1);
    const s = 0.05;
    expect(annihilationCrossSection(s, mdl, 2e-4) / annihilationCrossSection(s, mdl, 1e-4)).toBeCloseTo(4, 12);
    expect(annihilationCrossSection(0.039, mdl, 1e-4)).toBe(0);
  });
  it('rejects an unknown benchmark and non-positive masses', () => {
    expect(() => annihilationCrossSection(1, { ...model('dirac'), dm: 'vector' as DarkMatterType }, 1e-4)).toThrow(/complex-scalar, majorana, dirac, pseudo-dirac/);
    expect(() => annihilationCrossSection(1, { ...model('dirac'), dmMassGeV: 0 }, 1e-4)).toThrow(/dmMassGeV/);
    expect(() => annihilationCrossSection(1, { ...model('dirac'), mediatorMassGeV: -1 }, 1e-4)).toThrow(/mediatorMassGeV/);
    expect(() => annihilationCrossSection(1, model('dirac'), -1)).toThrow(/epsilon/);
  });
});

describe('crossSectionKernel(model) in the non-relativistic limit (arXiv:1505.00011)', () => {
  // Closed forms with v = v_rel, electron final state (F(4m²) = 4m² up to m_e² corrections):
  // scalar and Majorana σv = (8π/3)·α·α_D·ε²·m²·v²/(m_A′² − 4m²)²  (p-wave),
  // Dirac and pseudo-Dirac (δ = 0) σv = 16π·α·α_D·m²·ε²/(m_A′² − 4m²)²  (s-wave).
  const m = 0.02;
  const mA = 3 * m;
  const fRatio = finalStateFactor(4 * m * m, noHadrons) / (4 * m * m);
  const denom = (mA * mA - 4 * m * m) ** 2;
  it('gives σv ∝ v² for the complex scalar and Majorana with the coefficient (8π/3)αα_D m²/(m_A′²−4m²)²', () => {
    for (const dm of ['complex-scalar', 'majorana'] as const) {
      const k = crossSectionKernel(model(dm, m));
      for (const beta of [1e-3, 3e-3]) {
        const v = 2 * beta;
        const expected = ((8 * Math.PI) / 3) * ALPHA * 0.5 * m * m * v * v / denom * fRatio;
        expect(Math.abs(sigmaV(k, m, beta) / expected - 1), `${dm} β=${beta}`).toBeLessThan(1e-4);
      }
    }
  });
  it('gives constant σv = 16π αα_D m²/(m_A′²−4m²)² for Dirac and δ = 0 pseudo-Dirac', () => {
    for (const dm of ['dirac', 'pseudo-dirac'] as const) {
      const k = crossSectionKernel(model(dm, m));
      const expected = 16 * Math.PI * ALPHA * 0.5 * m * m / denom * fRatio;
      for (const beta of [1e-4, 1e-3]) {
        expect(Math.abs(sigmaV(k, m, beta) / expected - 1), `${dm} β=${beta}`).toBeLessThan(1e-5);
      }
    }
  });
  it('makes pseudo-Dirac with δ = 0 identical to Dirac at every s, and δ > 0 move the threshold to (m₁+m₂)²', () => {
    const pd = crossSectionKernel(model('pseudo-dirac', m));
    const d = crossSectionKernel(model('dirac', m));
    for (const s of [0.0017, 0.005, 0.02, 0.5]) expect(pd(s) / d(s)).toBeCloseTo(1, 12);
    const split = crossSectionKernel(model('pseudo-dirac', m, 3, { splitting: 0.1 }));
    expect(split(((2.1 * m) ** 2) * 0.999)).toBe(0);
    expect(split(((2.1 * m) ** 2) * 1.001)).toBeGreaterThan(0);
  });
  it('relates scalar and Dirac by σ_S/σ_D = sβ²/(s + 2m²) at every s (the two initial-state currents)', () => {
    // tiny α_D: the invisible widths (which differ between the two) drop out of the propagator
    const sc = crossSectionKernel(model('complex-scalar', m, 5, { alphaD: 1e-6 }));
    const di = crossSectionKernel(model('dirac', m, 5, { alphaD: 1e-6 }));
    for (const s of [0.0017, 0.004, 0.05, 0.3]) {
      const beta2 = 1 - (4 * m * m) / s;
      expect(sc(s) / di(s) / ((s * beta2) / (s + 2 * m * m))).toBeCloseTo(1, 8);
    }
  });
});

describe('finalStateFactor(s, hadronicR)', () => {
  it('adds s·R(√s) for hadrons to the lepton sum', () => {
    expect(finalStateFactor(2, () => 2.5) - finalStateFactor(2, noHadrons)).toBeCloseTo(5, 12);
  });
  it('opens μ⁺μ⁻ at 2m_μ with the β_μ(s + 2m_μ²) threshold factor', () => {
    const below = finalStateFactor(0.0446, noHadrons);
    const above = finalStateFactor(0.05, noHadrons);
    expect(below).toBeLessThan(0.0447);
    expect(above - 0.05).toBeGreaterThan(0.01);
  });
});
