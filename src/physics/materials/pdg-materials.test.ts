import { describe, expect, it } from 'vitest';
import { ALPHA } from '../../core/index.js';
import { ELEMENTS } from './element.js';
import { MOLIERE_SCALE_ENERGY } from './moliere-scale-energy.js';
import { PDG_MATERIALS } from './pdg-materials.js';

const all = Object.values(PDG_MATERIALS);
const elements = ['Pb', 'W', 'Fe', 'Cu', 'Al'].map((n) => PDG_MATERIALS[n]);

/**
 * Tsai's radiation length of an element, PDG RPP 2024 Eqs. 34.25–34.26 with Table 34.2
 * (L_rad = ln(184.15 Z^-1/3), L'_rad = ln(1194 Z^-2/3) for Z > 4; hydrogen from the table):
 * the formula the PDG table itself is computed with.
 */
function tsaiX0(Z: number, A: number): number {
  const a2 = (ALPHA * Z) ** 2;
  const f = a2 * (1 / (1 + a2) + 0.20206 - 0.0369 * a2 + 0.0083 * a2 ** 2 - 0.002 * a2 ** 3);
  const [Lrad, Lprime] = Z === 1 ? [5.31, 6.144] : [Math.log(184.15 * Z ** (-1 / 3)), Math.log(1194 * Z ** (-2 / 3))];
  return (716.408 * A) / (Z * Z * (Lrad - f) + Z * Lprime);
}

describe('PDG_MATERIALS', () => {
  it('holds the published PDG values of lead: ρ 11.35, X0 6.37 g/cm² = 0.5612 cm, E_c 7.43 MeV, λ_I 199.6 g/cm² = 17.59 cm, R_M 1.602 cm', () => {
    const pb = PDG_MATERIALS.Pb;
    expect(pb.density).toBe(11.35);
    expect(pb.radiationLength).toBeCloseTo(6.37, 2);
    expect(pb.radiationLengthCm).toBeCloseTo(0.5612, 4);
    expect(pb.criticalEnergy).toBeCloseTo(7.43e-3, 5);
    expect(pb.nuclearInteractionLength).toBeCloseTo(199.6, 1);
    expect(pb.nuclearInteractionLengthCm).toBeCloseTo(17.59, 2);
    expect(pb.moliereRadius).toBeCloseTo(1.602, 3);
  });
  it('reproduces the two X0 quoted in PDG ch. 34 captions: Pb 6.37 g/cm² (Fig. 34.11), Cu 12.86 g/cm² (Fig. 34.13)', () => {
    expect(PDG_MATERIALS.Pb.radiationLength).toBeCloseTo(6.37, 2);
    expect(PDG_MATERIALS.Cu.radiationLength).toBeCloseTo(12.86, 2);
  });
  it('agrees with Tsai\'s X0 of the elements (PDG Eq. 34.25) within 0.1 % (the table is printed to 3–4 digits)', () => {
    for (const m of elements) {
      const e = m.components[0].element;
      expect(Math.abs(m.radiationLength / tsaiX0(e.Z, e.A) - 1)).toBeLessThan(1e-3);
    }
  });
  it('agrees for compounds with the mixture rule 1/X0 = Σ w_j/X_j over Tsai\'s element X0 (PDG Eq. 34.27) within 0.1 %', () => {
    for (const m of [PDG_MATERIALS.polystyrene, PDG_MATERIALS.BGO, PDG_MATERIALS.air]) {
      const inv = m.components.reduce((s, c) => s + c.massFraction / tsaiX0(c.element.Z, c.element.A), 0);
      expect(Math.abs(m.radiationLength * inv - 1)).toBeLessThan(1e-3);
    }
  });
  it('has cm values equal to the g/cm² values over the density within 0.1 % (4-digit rounding of both)', () => {
    for (const m of all) {
      expect(Math.abs(m.radiationLength / m.density / m.radiationLengthCm - 1)).toBeLessThan(1e-3);
      expect(Math.abs(m.nuclearInteractionLength / m.density / m.nuclearInteractionLengthCm - 1)).toBeLessThan(1e-3);
    }
  });
  it('has R_M = E_s X0 / (E_c ρ) (PDG Eq. 34.37) within 0.5 % for every material', () => {
    // The PDG pages print R_M, X0 and E_c each rounded to 3–4 digits from one calculation in
    // which R_M = E_s X0/E_c exactly, so the relation holds to the rounding (largest: W, 0.09 %).
    // The task brief allowed ~5 %; 0.5 % still leaves room for rounding and catches any typo.
    for (const m of all) {
      const rm = (MOLIERE_SCALE_ENERGY * m.radiationLength) / (m.criticalEnergy * m.density);
      expect(Math.abs(rm / m.moliereRadius - 1)).toBeLessThan(5e-3);
    }
  });
  it('has E_c of the solid elements on the PDG fit 610 MeV/(Z + 1.24) within 5 % (Fig. 34.14, rms 2.2 %)', () => {
    for (const m of elements) {
      const Z = m.components[0].element.Z;
      expect(Math.abs(m.criticalEnergy / (0.61 / (Z + 1.24)) - 1)).toBeLessThan(0.05);
    }
  });
  it('has components summing to 1, known elements, and a source for every quantity', () => {
    const quantities = ['components', 'density', 'radiationLength', 'radiationLengthCm', 'criticalEnergy', 'nuclearInteractionLength', 'nuclearInteractionLengthCm', 'moliereRadius'];
    for (const m of all) {
      expect(m.components.reduce((s, c) => s + c.massFraction, 0)).toBeCloseTo(1, 12);
      for (const c of m.components) expect(ELEMENTS[c.element.symbol]).toBe(c.element);
      for (const q of quantities) expect(m.sources[q], `${m.name}.${q}`).toMatch(/\S/);
    }
  });
});
