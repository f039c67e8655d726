import { describe, expect, it } from 'vitest';
import { invisibleLimit } from './invisible-limit.js';
import { setupSchema } from '../setup/index.js';
import type { SetupWithResult } from '../setup/index.js';

const base = setupSchema.parse({
  schema: 'emiss-setup/1',
  name: 'test',
  description: 'test setup',
  beam: { particle: 'e-', energyGeV: 100 },
  target: { material: 'NA64-ECAL', thicknessX0: 40 },
  exposure: { particlesOnTarget: 1e11 },
  signal: { maxEcalEnergyGeV: 50, crossSection: 'etl', efficiency: { massesGeV: [0.001], values: [1], relativeUncertainty: 0 } },
  result: { observed: 0, background: 0.3, backgroundUncertainty: 0.1 },
}) as SetupWithResult;

describe('invisibleLimit(options)', () => {
  it('uses 2.30 signal events for zero observed events and no signal uncertainty', () => {
    expect(invisibleLimit({ setup: base, massesGeV: [0.01] }).signal_events_90).toBeCloseTo(Math.log(10), 8);
  });
  it('scales ε_90 as 1/√EOT and 1/√efficiency', () => {
    const a = invisibleLimit({ setup: base, massesGeV: [0.01, 0.3] }).points;
    const more = invisibleLimit({ setup: { ...base, exposure: { particlesOnTarget: 4e11 } }, massesGeV: [0.01, 0.3] }).points;
    const halfEff = invisibleLimit({ setup: { ...base, signal: { ...base.signal, efficiency: { massesGeV: [0.001], values: [0.5], relativeUncertainty: 0 } } }, massesGeV: [0.01] }).points;
    for (let i = 0; i < 2; i++) expect(a[i].epsilon_90 / more[i].epsilon_90).toBeCloseTo(2, 6);
    expect(halfEff[0].epsilon_90 / a[0].epsilon_90).toBeCloseTo(Math.SQRT2, 6);
  });
  it('converts to y = ε² α_D (m_χ/m_A′)⁴', () => {
    const p = invisibleLimit({ setup: base, massesGeV: [0.05], alphaD: 0.1, ratio: 4 }).points[0];
    expect(p.y_90 / ((p.epsilon_90 ** 2 * 0.1) / 4 ** 4)).toBeCloseTo(1, 12);
    expect(p.dm_mass_GeV).toBeCloseTo(0.0125, 12);
  });
  it('weakens with a smaller invisible branching ratio (tiny α_D)', () => {
    const strong = invisibleLimit({ setup: base, massesGeV: [0.1], alphaD: 0.5 }).points[0];
    const weak = invisibleLimit({ setup: base, massesGeV: [0.1], alphaD: 1e-9 }).points[0];
    expect(weak.branching_invisible).toBeLessThan(0.9);
    expect(weak.epsilon_90).toBeGreaterThan(strong.epsilon_90);
  });
  it('is finite and monotonic in mass above 10 MeV from 1 MeV to 1 GeV', () => {
    const pts = invisibleLimit({ setup: base, massesGeV: [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1] }).points;
    for (const p of pts) expect(Number.isFinite(p.epsilon_90) && Number.isFinite(p.y_90)).toBe(true);
    for (let i = 3; i < pts.length; i++) expect(pts[i].epsilon_90).toBeGreaterThan(pts[i - 1].epsilon_90);
  });
  it('rejects a muon beam and a mass ratio that closes A′ → χχ̄', () => {
    expect(() => invisibleLimit({ setup: { ...base, beam: { ...base.beam, particle: 'mu-', energyGeV: 160 } }, massesGeV: [0.01] })).toThrow(/beam.particle/);
    expect(() => invisibleLimit({ setup: base, massesGeV: [0.01], ratio: 1.5 })).toThrow(/ratio/);
  });
});
