/**
 * The materials table against the PDG reference values of test/reference/materials.json
 * (PDG RPP 2024, "Atomic and nuclear properties of materials"), each within its tolerance.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MATERIAL_NAMES, material } from '../../src/physics/materials/index.js';

interface Case {
  name: string;
  density: number;
  X0_g_cm2: number;
  X0_cm: number;
  Ec_MeV: number;
  lambdaI_g_cm2: number;
  lambdaI_cm: number;
  RM_cm: number;
  tolerance: number;
  note?: string;
}

const reference = JSON.parse(readFileSync(new URL('./materials.json', import.meta.url), 'utf8')) as { source: string; cases: Case[] };

describe('material(name) against test/reference/materials.json (PDG RPP 2024)', () => {
  it('has a source and a case for every PDG-tabulated material', () => {
    expect(reference.source).toMatch(/PDG RPP 2024/);
    const names = reference.cases.map((c) => c.name);
    expect(names).toEqual(MATERIAL_NAMES.filter((n) => !n.startsWith('NA64-')));
  });
  for (const c of reference.cases) {
    it(`${c.name}: ρ, X0, E_c, λ_I and R_M within ${c.tolerance} relative`, () => {
      const m = material(c.name);
      const pairs: [string, number, number][] = [
        ['density', m.density, c.density],
        ['X0 [g/cm²]', m.radiationLength, c.X0_g_cm2],
        ['X0 [cm]', m.radiationLengthCm, c.X0_cm],
        ['E_c [MeV]', m.criticalEnergy * 1e3, c.Ec_MeV],
        ['λ_I [g/cm²]', m.nuclearInteractionLength, c.lambdaI_g_cm2],
        ['λ_I [cm]', m.nuclearInteractionLengthCm, c.lambdaI_cm],
        ['R_M [cm]', m.moliereRadius, c.RM_cm],
      ];
      for (const [what, got, want] of pairs) {
        expect(Math.abs(got / want - 1), `${c.name} ${what}: ${got} vs ${want}`).toBeLessThanOrEqual(c.tolerance);
      }
    });
  }
});
