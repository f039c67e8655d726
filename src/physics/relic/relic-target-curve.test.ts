import { describe, expect, it } from 'vitest';
import { relicTarget } from './relic-target.js';
import { relicTargetCurve } from './relic-target-curve.js';

describe('relicTargetCurve(options)', () => {
  it('returns one column entry per mass, in input order, equal to relicTarget at each mass', () => {
    const masses = [0.02, 0.005];
    const c = relicTargetCurve({ dm: 'majorana', masses });
    expect(Array.from(c.dmMassGeV)).toEqual(masses);
    expect(c.y.length).toBe(2);
    expect(c.y[1]).toBe(relicTarget({ dm: 'majorana', dmMassGeV: 0.005 }).y);
    expect(c.y[0]).toBeGreaterThan(c.y[1]); // y grows roughly as m² below the muon threshold
    expect(c.mediatorMassGeV[0]).toBeCloseTo(0.06, 12);
    expect(c.sigmaVLateCm3PerS[0]).toBeLessThan(c.sigmaVFreezeOutCm3PerS[0] / 10); // p-wave
  });
  it('rejects an empty mass list with BAD_OPTION and names a bad mass', () => {
    expect(() => relicTargetCurve({ dm: 'majorana', masses: [] })).toThrow(/relicTargetCurve\.masses/);
    expect(() => relicTargetCurve({ dm: 'majorana', masses: [0.01, 3] })).toThrow(/dmMassGeV/);
  });
});
