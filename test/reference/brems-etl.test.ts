import { describe, expect, it } from 'vitest';
import table from './brems-etl.json' with { type: 'json' };
import { bremsCrossSection } from '../../src/physics/production/index.js';

describe('bremsCrossSection reproduces the DMG4 exact-tree-level table (arXiv:2101.12192)', () => {
  for (const c of table.cases) {
    it(`m_A′ = ${c.massGeV} GeV: ${c.sigma_pb} pb within ${table.tolerance * 100}%`, () => {
      const sigma = bremsCrossSection({
        method: 'etl',
        beamEnergyGeV: 100,
        massGeV: c.massGeV,
        target: { Z: 82, A: 207.2 },
        epsilon: 1e-4,
        minEnergyGeV: Math.max(0.01, 2 * c.massGeV),
      });
      expect(Math.abs(sigma / c.sigma_pb - 1)).toBeLessThan(table.tolerance);
    });
  }
});
