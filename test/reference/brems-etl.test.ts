import { describe, expect, it } from 'vitest';
import table from './brems-etl.json' with { type: 'json' };
import dmg4 from './dmg4-etl-table.json' with { type: 'json' };
import { bremsCrossSection } from '../../src/physics/production/index.js';
import type { FormFactorModel } from '../../src/physics/production/index.js';

const Pb = { Z: 82, A: 207.2 };
const sigma = (E0: number, mGeV: number, formFactor?: FormFactorModel): number =>
  bremsCrossSection({ method: 'etl', beamEnergyGeV: E0, massGeV: mGeV, target: Pb, epsilon: 1e-4, minEnergyGeV: Math.max(0.01, 2 * mGeV), formFactor });

describe('bremsCrossSection reproduces the DMG4 exact-tree-level values quoted in issue 2 (arXiv:2101.12192)', () => {
  for (const c of table.cases) {
    it(`m_A′ = ${c.massGeV} GeV: ${c.sigma_pb} pb within ${table.tolerance * 100}%`, () => {
      expect(Math.abs(sigma(100, c.massGeV) / c.sigma_pb - 1)).toBeLessThan(table.tolerance);
    });
  }
});

describe('bremsCrossSection against the whole DMG4 ETL table (20–160 GeV, 2 MeV – 3 GeV)', () => {
  // Where the smallest momentum transfer m²/2E0 is below 50 MeV (t_min < d/2 for Pb) the
  // production is coherent off the nucleus and both calculations agree within 5%.
  // Beyond, the incoherent (quasi-elastic) production off the protons that emiss includes
  // dominates and emiss is above DMG4; with the elastic form factor alone it is below, by at
  // most 25%. See docs/validation.md.
  const coherent: string[] = [];
  const incoherent: string[] = [];
  for (const E0 of dmg4.energies_GeV)
    dmg4.masses_MeV.forEach((mMeV, i) => {
      const m = mMeV / 1000;
      if ((m * m) / (2 * E0) < 0.05) coherent.push(`${E0}:${i}`);
      else incoherent.push(`${E0}:${i}`);
    });
  const ref = (key: string): [number, number, number] => {
    const [E, i] = key.split(':').map(Number);
    return [E, dmg4.masses_MeV[i] / 1000, (dmg4.sigma_pb as Record<string, number[]>)[String(E)][i]];
  };
  it(`agrees within 5% at the ${coherent.length} coherent points`, () => {
    const bad = coherent.map(ref).filter(([E, m, s]) => Math.abs(sigma(E, m) / s - 1) > 0.05);
    expect(bad).toEqual([]);
  });
  it(`lies above DMG4 at the ${incoherent.length} incoherent points, and the elastic-only variant within −25% … 0 of it`, () => {
    for (const [E, m, s] of incoherent.map(ref)) {
      expect(sigma(E, m, 'elastic+inelastic') / s).toBeGreaterThan(1);
      const el = sigma(E, m, 'elastic') / s;
      expect(el).toBeGreaterThan(0.75);
      expect(el).toBeLessThan(1);
    }
  });
});
