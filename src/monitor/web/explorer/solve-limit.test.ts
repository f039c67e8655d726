import { describe, expect, it } from 'vitest';
import { invisibleLimit } from '../../../sensitivity/index.js';
import { setupSchema } from '../../../setup/index.js';
import type { SetupWithResult } from '../../../setup/index.js';
import { DEFAULT_INPUTS } from './explorer-inputs.js';
import { solveLimit } from './solve-limit.js';
import { yieldTable } from './yield-table.js';

const inputs = { ...DEFAULT_INPUTS, nMasses: 6 };
const table = yieldTable(inputs, 'iww');

describe('solveLimit(table, inputs)', () => {
  it('agrees with sensitivity/invisibleLimit (the CLI) for the same setup, to 1e-9', () => {
    const setup = setupSchema.parse({
      schema: 'emiss-setup/1',
      name: 'explorer',
      description: 'the explorer defaults',
      beam: { particle: 'e-', energyGeV: 100 },
      target: { material: 'NA64-ECAL', thicknessX0: 40 },
      exposure: { particlesOnTarget: inputs.particlesOnTarget },
      signal: { maxEcalEnergyGeV: 50, crossSection: 'iww', efficiency: { massesGeV: [0.001], values: [0.6], relativeUncertainty: 0.15 } },
      result: { observed: 0, background: 0.5, backgroundUncertainty: 0.2 },
    }) as SetupWithResult;
    const cli = invisibleLimit({ setup, massesGeV: Array.from(table.massesGeV), dm: 'complex-scalar', alphaD: 0.5, ratio: 3, method: 'iww' });
    const mine = solveLimit(table, inputs);
    expect(mine.signalEvents).toBeCloseTo(cli.signal_events_90, 12);
    cli.points.forEach((p, k) => {
      expect(mine.epsilon[k] / p.epsilon_90).toBeCloseTo(1, 9);
      expect(mine.y[k] / p.y_90).toBeCloseTo(1, 9);
    });
  });
  it('scales ε_90 as 1/√N without background (B(A′ → χχ̄) = 1 at α_D = 0.5)', () => {
    const a = solveLimit(table, { ...inputs, background: 0, backgroundUncertainty: 0 });
    const b = solveLimit(table, { ...inputs, background: 0, backgroundUncertainty: 0, particlesOnTarget: inputs.particlesOnTarget * 100 });
    for (let k = 0; k < a.epsilon.length; k++) expect(a.epsilon[k] / b.epsilon[k] / 10).toBeCloseTo(1, 4);
  });
  it('uses N_90 = ln 10 for 0 observed, no background and no uncertainty', () => {
    const c = solveLimit(table, { ...inputs, background: 0, backgroundUncertainty: 0, efficiencyRelUncertainty: 0 });
    expect(c.signalEvents).toBeCloseTo(Math.log(10), 6);
  });
  it('rejects a mass ratio below 2 with a message naming it', () => {
    expect(() => solveLimit(table, { ...inputs, ratio: 1.5 })).toThrow(/m_A′\/m_χ/);
  });
});
