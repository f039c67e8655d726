import { describe, expect, it } from 'vitest';
import { AVOGADRO } from '../../core/index.js';
import { atomDensities } from './atom-densities.js';
import { material } from './material.js';

describe('atomDensities(m)', () => {
  it('gives N_A · 11.35 / 207.2 = 3.2988e22 lead atoms per cm³', () => {
    const [pb] = atomDensities(material('Pb'));
    expect(pb.element.symbol).toBe('Pb');
    expect(pb.atomsPerCm3 / ((AVOGADRO * 11.35) / 207.2)).toBeCloseTo(1, 14);
    expect(pb.atomsPerCm3).toBeCloseTo(3.2988e22, -18);
  });
  it('gives BGO atoms in the stoichiometric ratio Bi : Ge : O = 4 : 3 : 12', () => {
    const n = Object.fromEntries(atomDensities(material('BGO')).map((d) => [d.element.symbol, d.atomsPerCm3]));
    expect(n.Bi / n.Ge).toBeCloseTo(4 / 3, 12);
    expect(n.O / n.Ge).toBeCloseTo(4, 12);
  });
  it('gives the mass density back: Σ n_j A_j / N_A = ρ', () => {
    for (const name of ['air', 'NA64-ECAL']) {
      const m = material(name);
      const rho = atomDensities(m).reduce((s, d) => s + (d.atomsPerCm3 * d.element.A) / AVOGADRO, 0);
      expect(rho / m.density).toBeCloseTo(1, 12);
    }
  });
});
