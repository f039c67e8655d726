import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from './explorer-inputs.js';
import { explorerMasses, yieldTable } from './yield-table.js';

describe('yieldTable(inputs, method)', () => {
  it('gives e+ and e− beams the same yield (the cascade equations and σ are charge-symmetric)', () => {
    const base = { ...DEFAULT_INPUTS, massMinGeV: 0.005, massMaxGeV: 0.2, nMasses: 3 };
    const e = yieldTable(base, 'iww');
    const p = yieldTable({ ...base, beam: 'e+' }, 'iww');
    for (let k = 0; k < 3; k++) expect(p.yieldPerParticle[k] / e.yieldPerParticle[k]).toBeCloseTo(1, 6);
  });
  it('gives a muon beam a yield ∝ target thickness (no shower: one bin at E0)', () => {
    const base = { ...DEFAULT_INPUTS, beam: 'mu-' as const, beamEnergyGeV: 160, massMinGeV: 0.01, massMaxGeV: 0.1, nMasses: 2 };
    const a = yieldTable(base, 'iww');
    const b = yieldTable({ ...base, thicknessX0: 80 }, 'iww');
    for (let k = 0; k < 2; k++) expect(b.yieldPerParticle[k] / a.yieldPerParticle[k]).toBeCloseTo(2, 9);
  });
  it('keeps the mass grid inside the cross sections’ domain (≤ 3 GeV, ≤ E0/2)', () => {
    const m = explorerMasses({ massMinGeV: 0.001, massMaxGeV: 10, nMasses: 5, beamEnergyGeV: 4 });
    expect(m[m.length - 1]).toBeCloseTo(2, 12);
  });
  it('names the mass field that leaves the cross sections’ domain', () => {
    const base = { massMinGeV: 1e-3, massMaxGeV: 1, nMasses: 5, beamEnergyGeV: 100 };
    expect(() => explorerMasses({ ...base, massMinGeV: 5e-4 })).toThrow(/lowest mass.*0.001 to 3 GeV/);
    expect(() => explorerMasses({ ...base, massMaxGeV: 5e-4 })).toThrow(/highest mass/);
  });
});
