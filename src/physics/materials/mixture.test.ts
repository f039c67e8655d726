import { describe, expect, it } from 'vitest';
import { EmissError } from '../../core/index.js';
import { mixture } from './mixture.js';
import { MOLIERE_SCALE_ENERGY } from './moliere-scale-energy.js';
import { PDG_MATERIALS } from './pdg-materials.js';

const { Pb, Fe, W, polystyrene: Sc } = PDG_MATERIALS;

describe('mixture(spec)', () => {
  it('of one material equals the material (R_M within the 0.1 % rounding of the PDG pages)', () => {
    for (const m of Object.values(PDG_MATERIALS)) {
      for (const parts of [[{ material: m, massFraction: 1 }], [{ material: m, thicknessCm: 0.7 }]]) {
        const x = mixture({ name: 'x', description: 'one part', parts });
        expect(x.density).toBeCloseTo(m.density, 12);
        expect(x.radiationLength / m.radiationLength).toBeCloseTo(1, 12);
        expect(x.nuclearInteractionLength / m.nuclearInteractionLength).toBeCloseTo(1, 12);
        expect(x.criticalEnergy / m.criticalEnergy).toBeCloseTo(1, 12);
        // R_M of a mixture comes from E_c and X0 (Eq. 34.38); the table's R_M is printed separately.
        expect(Math.abs(x.moliereRadius / m.moliereRadius - 1)).toBeLessThan(1e-3);
        expect(x.components.map((c) => [c.element.symbol, c.massFraction])).toEqual(m.components.map((c) => [c.element.symbol, c.massFraction]));
      }
    }
  });

  it('of two materials has X0, λ_I, E_c and density between those of the parts', () => {
    const x = mixture({ name: 'PbFe', description: 'test', parts: [{ material: Pb, massFraction: 0.3 }, { material: Fe, massFraction: 0.7 }] });
    const between = (v: number, a: number, b: number) => v > Math.min(a, b) && v < Math.max(a, b);
    expect(between(x.radiationLength, Pb.radiationLength, Fe.radiationLength)).toBe(true);
    expect(between(x.nuclearInteractionLength, Pb.nuclearInteractionLength, Fe.nuclearInteractionLength)).toBe(true);
    expect(between(x.criticalEnergy, Pb.criticalEnergy, Fe.criticalEnergy)).toBe(true);
    expect(between(x.density, Pb.density, Fe.density)).toBe(true);
  });

  it('of 1.5 mm Pb + 1.5 mm polystyrene matches a hand calculation: X0 = 6.8716 g/cm² = 1.1074 cm, ρ = 6.205 g/cm³', () => {
    // By hand: mass per period 11.35·0.15 + 1.06·0.15 = 1.8615 g/cm², so ρ = 1.8615/0.3 = 6.205 g/cm³
    // and w(Pb) = 1.7025/1.8615 = 0.914585; 1/X0 = 0.914585/6.37 + 0.085415/43.79 = 0.145528 cm²/g.
    // In cm, per period: 0.15/0.5612 + 0.15/41.31 = 0.270915 X0, so X0 = 0.3/0.270915 = 1.1074 cm.
    const x = mixture({ name: 'PbSc', description: 'test', parts: [{ material: Pb, thicknessCm: 0.15 }, { material: Sc, thicknessCm: 0.15 }] });
    expect(x.density).toBeCloseTo(6.205, 10);
    expect(x.radiationLength).toBeCloseTo(6.8716, 4);
    expect(Math.abs(x.radiationLengthCm / 1.1074 - 1)).toBeLessThan(1e-4);
    expect(x.components.find((c) => c.element.symbol === 'Pb')!.massFraction).toBeCloseTo(0.914585, 6);
  });

  it('gives the same material by thicknesses and by the mass fractions they imply', () => {
    const t = mixture({ name: 'a', description: 'a', parts: [{ material: Fe, thicknessCm: 2.5 }, { material: Sc, thicknessCm: 0.4 }] });
    const wFe = (2.5 * Fe.density) / (2.5 * Fe.density + 0.4 * Sc.density);
    const m = mixture({ name: 'b', description: 'b', parts: [{ material: Fe, massFraction: wFe }, { material: Sc, massFraction: 1 - wFe }] });
    for (const k of ['density', 'radiationLength', 'radiationLengthCm', 'criticalEnergy', 'nuclearInteractionLength', 'nuclearInteractionLengthCm', 'moliereRadius'] as const) {
      expect(m[k] / t[k]).toBeCloseTo(1, 12);
    }
  });

  it('keeps E_c = E_s X0/R_M (PDG Eq. 34.37) and 1/R_M = Σ w_i E_c,i/(E_s X_i) (Eq. 34.38)', () => {
    const x = mixture({ name: 'WSc', description: 'test', parts: [{ material: W, thicknessCm: 0.3 }, { material: Sc, thicknessCm: 0.2 }] });
    expect((MOLIERE_SCALE_ENERGY * x.radiationLength) / (x.moliereRadius * x.density) / x.criticalEnergy).toBeCloseTo(1, 12);
    const mW = 0.3 * W.density;
    const mS = 0.2 * Sc.density;
    const inv = ((mW / (mW + mS)) * W.criticalEnergy) / W.radiationLength + ((mS / (mW + mS)) * Sc.criticalEnergy) / Sc.radiationLength;
    expect((x.moliereRadius * x.density * inv) / MOLIERE_SCALE_ENERGY).toBeCloseTo(1, 12);
  });

  it('merges the elements of the parts by mass, summing to 1', () => {
    const x = mixture({ name: 'c', description: 'c', parts: [{ material: Sc, massFraction: 0.5 }, { material: PDG_MATERIALS.air, massFraction: 0.5 }] });
    expect(x.components.map((c) => c.element.symbol)).toEqual(['C', 'H', 'N', 'O', 'Ar']);
    expect(x.components.reduce((s, c) => s + c.massFraction, 0)).toBeCloseTo(1, 14);
  });

  it('records its rules and the caller\'s sources', () => {
    const x = mixture({ name: 'd', description: 'd', parts: [{ material: Pb, massFraction: 1 }], sources: { parts: 'my logbook' } });
    expect(x.sources.radiationLength).toMatch(/34\.27/);
    expect(x.sources.moliereRadius).toMatch(/34\.38/);
    expect(x.sources.parts).toBe('my logbook');
  });

  it('throws BAD_OPTION for no parts, both or neither amount, mixed kinds, bad values, fractions not summing to 1', () => {
    const bad = [
      [],
      [{ material: Pb }],
      [{ material: Pb, massFraction: 1, thicknessCm: 1 }],
      [{ material: Pb, massFraction: 0.5 }, { material: Fe, thicknessCm: 1 }],
      [{ material: Pb, thicknessCm: -1 }],
      [{ material: Pb, massFraction: Number.NaN }],
      [{ material: Pb, massFraction: 0.5 }, { material: Fe, massFraction: 0.4 }],
    ];
    for (const parts of bad) {
      expect(() => mixture({ name: 'e', description: 'e', parts })).toThrow(EmissError);
      try {
        mixture({ name: 'e', description: 'e', parts });
      } catch (e) {
        expect((e as EmissError).code).toBe('BAD_OPTION');
        expect((e as EmissError).where).toMatch(/^mixture\.parts/);
      }
    }
  });
});
