import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../test/support/error-code.js';
import { ALPHA, ELECTRON_MASS, logSpace, MUON_MASS, TAU_MASS } from '../../core/index.js';
import { DARK_MATTER_TYPES } from './dark-matter-width.js';
import type { DarkMatterType, DarkSector } from './dark-matter-width.js';
import { darkPhotonBranchingRatios, darkPhotonLeptonWidth, darkPhotonWidths } from './dark-photon-widths.js';
import { rRatio } from './r-ratio.js';

const closedForm = (m: number, eps: number, ml: number) => ((ALPHA * eps * eps * m) / 3) * (1 + (2 * ml * ml) / (m * m)) * Math.sqrt(1 - (4 * ml * ml) / (m * m));
const sumBr = (b: ReturnType<typeof darkPhotonBranchingRatios>) => b.ee + b.mumu + b.tautau + b.hadrons + b.invisible;

describe('darkPhotonLeptonWidth(massGeV, epsilon, leptonMassGeV)', () => {
  it('equals (α ε² m/3)(1 + 2m_ℓ²/m²)√(1 − 4m_ℓ²/m²) for e, μ, τ at chosen masses', () => {
    expect(darkPhotonLeptonWidth(0.0015, 1e-3, ELECTRON_MASS)).toBeCloseTo(closedForm(0.0015, 1e-3, ELECTRON_MASS), 25);
    expect(darkPhotonLeptonWidth(0.25, 1e-3, MUON_MASS) / closedForm(0.25, 1e-3, MUON_MASS)).toBeCloseTo(1, 14);
    expect(darkPhotonLeptonWidth(4, 1e-3, TAU_MASS) / closedForm(4, 1e-3, TAU_MASS)).toBeCloseTo(1, 14);
  });

  it('is exactly 0 at and below 2m_ℓ and grows ∝ β_ℓ just above it: Γ → (α ε² m/2) β_ℓ', () => {
    expect(darkPhotonLeptonWidth(2 * MUON_MASS, 1, MUON_MASS)).toBe(0);
    expect(darkPhotonLeptonWidth(0.2, 1, MUON_MASS)).toBe(0);
    const m = 2 * MUON_MASS * (1 + 1e-8);
    const beta = Math.sqrt(1 - (4 * MUON_MASS * MUON_MASS) / (m * m));
    expect(darkPhotonLeptonWidth(m, 1, MUON_MASS) / ((ALPHA * m * beta) / 2)).toBeCloseTo(1, 6);
  });

  it('tends to α ε² m/3 for m ≫ m_ℓ and scales as ε²', () => {
    expect(darkPhotonLeptonWidth(1, 1e-4, ELECTRON_MASS) / ((ALPHA * 1e-8) / 3)).toBeCloseTo(1, 12);
    expect(darkPhotonLeptonWidth(1, 2e-4, MUON_MASS) / darkPhotonLeptonWidth(1, 1e-4, MUON_MASS)).toBeCloseTo(4, 12);
  });
});

describe('darkPhotonWidths(massGeV, epsilon, dark)', () => {
  it('computes Γ_had = (α ε² m/3) R(m) and sums the partial widths into the total', () => {
    for (const m of [0.3, 0.78, 1.02, 2.5, 3.0969]) {
      const w = darkPhotonWidths(m, 1e-3);
      expect(w.hadrons).toBeCloseTo(((ALPHA * 1e-6 * m) / 3) * rRatio(m), 20);
      expect(w.total).toBe(w.ee + w.mumu + w.tautau + w.hadrons + w.invisible);
      expect(w.invisible).toBe(0);
    }
    expect(darkPhotonWidths(0.25, 1e-3).hadrons).toBe(0);
  });

  it('gives Γ_inv/Γ_ee = α_D (1 + 2r²)β_χ / (α ε² (1 + 2x_e)β_e) for a Dirac fermion, ≈ α_D/(α ε²) for m_χ, m_e ≪ m', () => {
    const m = 0.05;
    const mchi = 1e-5;
    const w = darkPhotonWidths(m, 1e-4, { dm: 'dirac', dmMassGeV: mchi, alphaD: 0.5 });
    const r2 = (mchi / m) ** 2;
    const x = (ELECTRON_MASS / m) ** 2;
    const exact = (0.5 * (1 + 2 * r2) * Math.sqrt(1 - 4 * r2)) / (ALPHA * 1e-8 * (1 + 2 * x) * Math.sqrt(1 - 4 * x));
    expect(w.invisible / w.ee / exact).toBeCloseTo(1, 12);
    expect(w.invisible / w.ee / (0.5 / (ALPHA * 1e-8))).toBeCloseTo(1, 3);
  });

  it('returns all-zero widths for a stable A′ (m ≤ 2m_e, no dark sector) or ε = 0 without one', () => {
    expect(darkPhotonWidths(0.001, 1e-3).total).toBe(0);
    expect(darkPhotonWidths(0.5, 0).total).toBe(0);
  });

  it('never returns NaN or Infinity from 0.1 MeV to 30 GeV, with and without a dark sector', () => {
    const darks: (DarkSector | undefined)[] = [undefined, ...DARK_MATTER_TYPES.map((dm) => ({ dm, dmMassGeV: 0.01, alphaD: 0.5 }))];
    for (const dark of darks) {
      for (const m of logSpace(1e-4, 30, 500)) {
        const w = darkPhotonWidths(m, 1e-3, dark);
        for (const v of Object.values(w)) expect(Number.isFinite(v) && v >= 0).toBe(true);
        const b = darkPhotonBranchingRatios(m, 1e-3, dark);
        for (const v of Object.values(b)) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  it('throws OUT_OF_DOMAIN for m ≤ 0, m > 30 GeV or NaN, BAD_OPTION for ε < 0, UNKNOWN_NAME for an unknown dark matter', () => {
    const code = errorCode;
    expect(code(() => darkPhotonWidths(0, 1e-3))).toBe('OUT_OF_DOMAIN');
    expect(code(() => darkPhotonWidths(31, 1e-3))).toBe('OUT_OF_DOMAIN');
    expect(code(() => darkPhotonWidths(Number.NaN, 1e-3))).toBe('OUT_OF_DOMAIN');
    expect(code(() => darkPhotonWidths(0.1, -1e-3))).toBe('BAD_OPTION');
    expect(code(() => darkPhotonWidths(0.1, 1e-3, { dm: 'axion' as DarkMatterType, dmMassGeV: 0.01, alphaD: 0.5 }))).toBe('UNKNOWN_NAME');
    // The dark sector is checked even where its channel is closed.
    expect(code(() => darkPhotonWidths(0.1, 1e-3, { dm: 'dirac', dmMassGeV: 1, alphaD: -1 }))).toBe('BAD_OPTION');
  });
});

describe('darkPhotonBranchingRatios(massGeV, epsilon, dark)', () => {
  it('sum to 1 over 1 MeV–3 GeV with and without a dark sector (all 0 where the A′ is stable)', () => {
    const darks: (DarkSector | undefined)[] = [undefined, ...DARK_MATTER_TYPES.map((dm) => ({ dm, dmMassGeV: 0.02, alphaD: 0.1 }))];
    for (const dark of darks) {
      for (const m of logSpace(1e-3, 3, 300)) {
        const b = darkPhotonBranchingRatios(m, 1e-3, dark);
        const stable = m <= 2 * ELECTRON_MASS && (dark === undefined || m <= 2 * dark.dmMassGeV);
        if (stable) expect(sumBr(b)).toBe(0);
        else expect(sumBr(b)).toBeCloseTo(1, 12);
      }
    }
  });

  it('is 100% e⁺e⁻ between 2m_e and 2m_μ without a dark sector', () => {
    expect(darkPhotonBranchingRatios(0.1, 1e-4).ee).toBe(1);
  });

  it('is ≈ 100% invisible for α_D = 0.5, ε = 1e-4 once m_A′ > 2m_χ (m_χ = m_A′/3), for every dark-matter type', () => {
    for (const dm of DARK_MATTER_TYPES) {
      for (const m of logSpace(1e-3, 3, 200)) {
        const b = darkPhotonBranchingRatios(m, 1e-4, { dm, dmMassGeV: m / 3, alphaD: 0.5 });
        expect(b.invisible).toBeGreaterThan(1 - 1e-6);
      }
    }
  });

  it('is 0 invisible below the dark-matter threshold', () => {
    expect(darkPhotonBranchingRatios(0.1, 1e-4, { dm: 'dirac' as DarkMatterType, dmMassGeV: 0.06, alphaD: 0.5 }).invisible).toBe(0);
  });
});
