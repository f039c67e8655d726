import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../test/support/error-code.js';
import { DARK_MATTER_TYPES, darkMatterWidth, darkSectorMasses } from './dark-matter-width.js';
import type { DarkMatterType, DarkSector } from './dark-matter-width.js';

const sector = (dm: DarkMatterType, dmMassGeV: number, alphaD = 0.5, splitting?: number): DarkSector => ({ dm, dmMassGeV, alphaD, splitting });

// General two-body width of a vector into fermions of masses m1, m2 through a vector coupling g
// (Γ = g² m λ^{1/2} B/(12π)), written independently of the factorized form in the source.
function vectorToFermions(m: number, m1: number, m2: number, alphaD: number): number {
  const r1 = m1 / m;
  const r2 = m2 / m;
  const lambda = (1 - (r1 + r2) ** 2) * (1 - (r1 - r2) ** 2);
  const b = 1 - (r1 * r1 + r2 * r2) / 2 - (r1 * r1 - r2 * r2) ** 2 / 2 + 3 * r1 * r2;
  return ((alphaD * m) / 3) * Math.sqrt(lambda) * b;
}

describe('darkMatterWidth(massGeV, dark)', () => {
  it('matches the closed forms of each dark-matter type at m_A′ = 0.3 GeV, m_χ = 0.1 GeV, α_D = 0.5', () => {
    const m = 0.3;
    const r = 0.1 / 0.3;
    const beta = Math.sqrt(1 - 4 * r * r);
    expect(darkMatterWidth(m, sector('complex-scalar', 0.1))).toBeCloseTo(((0.5 * m) / 12) * beta ** 3, 15);
    expect(darkMatterWidth(m, sector('majorana', 0.1))).toBeCloseTo(((0.5 * m) / 6) * beta ** 3, 15);
    expect(darkMatterWidth(m, sector('dirac', 0.1))).toBeCloseTo(((0.5 * m) / 3) * (1 + 2 * r * r) * beta, 15);
    const pd = darkMatterWidth(m, sector('pseudo-dirac', 0.1, 0.5, 0.1));
    expect(pd / vectorToFermions(m, 0.1, 0.11, 0.5)).toBeCloseTo(1, 12);
  });

  it('reduces to the general vector-to-fermion-pair width with equal masses for Dirac', () => {
    for (const m of [0.05, 0.3, 2]) expect(darkMatterWidth(m, sector('dirac', 0.02)) / vectorToFermions(m, 0.02, 0.02, 0.5)).toBeCloseTo(1, 12);
  });

  it('scales as 1/4 : 1/2 : 1 (scalar : Majorana : Dirac) for m_χ ≪ m_A′, and linearly in α_D', () => {
    const m = 1;
    const dirac = darkMatterWidth(m, sector('dirac', 1e-7));
    expect(darkMatterWidth(m, sector('complex-scalar', 1e-7)) / dirac).toBeCloseTo(0.25, 10);
    expect(darkMatterWidth(m, sector('majorana', 1e-7)) / dirac).toBeCloseTo(0.5, 10);
    expect(dirac).toBeCloseTo(0.5 / 3, 10);
    expect(darkMatterWidth(m, sector('dirac', 1e-7, 0.1)) / darkMatterWidth(m, sector('dirac', 1e-7, 0.2))).toBeCloseTo(0.5, 14);
  });

  it('is exactly 0 at and below threshold, and ∝ β³ (scalar, Majorana) or ∝ β (Dirac) just above it', () => {
    for (const dm of DARK_MATTER_TYPES) {
      expect(darkMatterWidth(0.2, sector(dm, 0.1, 0.5, 0))).toBe(0);
      expect(darkMatterWidth(0.1, sector(dm, 0.1))).toBe(0);
    }
    const beta = (m: number) => Math.sqrt(1 - 0.04 / (m * m));
    const [m1, m2] = [0.2 * (1 + 1e-6), 0.2 * (1 + 4e-6)];
    const ratio = (dm: DarkMatterType) => darkMatterWidth(m2, sector(dm, 0.1)) / darkMatterWidth(m1, sector(dm, 0.1));
    expect(ratio('complex-scalar')).toBeCloseTo((beta(m2) / beta(m1)) ** 3 * (m2 / m1), 4);
    expect(ratio('majorana')).toBeCloseTo((beta(m2) / beta(m1)) ** 3 * (m2 / m1), 4);
    expect(ratio('dirac') / (beta(m2) / beta(m1))).toBeCloseTo(1, 4);
  });

  it('opens the pseudo-Dirac channel A′ → χ₁χ₂ at m₁(2 + δ), with δ = 0.1 by default', () => {
    expect(darkMatterWidth(0.21, sector('pseudo-dirac', 0.1))).toBe(0);
    expect(darkMatterWidth(0.2101, sector('pseudo-dirac', 0.1))).toBeGreaterThan(0);
    expect(darkMatterWidth(0.3, sector('pseudo-dirac', 0.1))).toBe(darkMatterWidth(0.3, sector('pseudo-dirac', 0.1, 0.5, 0.1)));
    expect(darkSectorMasses(sector('pseudo-dirac', 0.1, 0.5, 0.4))[1]).toBeCloseTo(0.14, 15);
  });

  it('gives the Dirac width for a pseudo-Dirac fermion as δ → 0 (ψ = (χ₁ + iχ₂)/√2 has ψ̄γψ = iχ̄₁γχ₂)', () => {
    for (const m of [0.05, 0.3, 1.7]) {
      const dirac = darkMatterWidth(m, sector('dirac', 0.01));
      expect(darkMatterWidth(m, sector('pseudo-dirac', 0.01, 0.5, 0)) / dirac).toBeCloseTo(1, 14);
      expect(darkMatterWidth(m, sector('pseudo-dirac', 0.01, 0.5, 1e-9)) / dirac).toBeCloseTo(1, 7);
    }
  });

  it('ignores `splitting` for the types other than pseudo-Dirac', () => {
    expect(darkMatterWidth(0.3, sector('dirac', 0.1, 0.5, 3))).toBe(darkMatterWidth(0.3, sector('dirac', 0.1)));
  });

  it('never returns NaN or Infinity over masses from 1e-4 to 30 GeV', () => {
    for (const dm of DARK_MATTER_TYPES) {
      for (let m = 1e-4; m <= 30; m *= 1.05) {
        const w = darkMatterWidth(m, sector(dm, 0.01));
        expect(Number.isFinite(w) && w >= 0).toBe(true);
      }
    }
  });

  it('throws UNKNOWN_NAME for an unknown type, BAD_OPTION for a negative α_D or δ, OUT_OF_DOMAIN for bad masses', () => {
    const code = errorCode;
    expect(code(() => darkMatterWidth(0.3, { dm: 'wimp' as DarkMatterType, dmMassGeV: 0.1, alphaD: 0.5 }))).toBe('UNKNOWN_NAME');
    expect(code(() => darkMatterWidth(0.3, sector('dirac', 0.1, -0.1)))).toBe('BAD_OPTION');
    expect(code(() => darkMatterWidth(0.3, sector('pseudo-dirac', 0.1, 0.5, -0.2)))).toBe('BAD_OPTION');
    expect(code(() => darkMatterWidth(0.3, sector('dirac', 0)))).toBe('OUT_OF_DOMAIN');
    expect(code(() => darkMatterWidth(-1, sector('dirac', 0.1)))).toBe('OUT_OF_DOMAIN');
    expect(code(() => darkMatterWidth(Number.NaN, sector('dirac', 0.1)))).toBe('OUT_OF_DOMAIN');
  });
});
