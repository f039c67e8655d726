import { describe, expect, it } from 'vitest';
import { elasticPhotonFlux, numericPhotonFlux, photonFlux } from './photon-flux.js';
import { elasticScreening2, nuclearSizeParameter } from './form-factor.js';

const targets = { Pb: { Z: 82, A: 207.2 }, W: { Z: 74, A: 183.84 }, Al: { Z: 13, A: 26.98 }, H: { Z: 1, A: 1.008 } };

describe('elasticPhotonFlux(tMin, tMax, target)', () => {
  it('equals the numerical integral of (T − t_min)/T² G₂,el to 1e-8', () => {
    for (const t of Object.values(targets)) {
      for (const [lo, hi] of [[1e-12, 1e-6], [1e-9, 1e-2], [2.5e-9, 0.01], [1e-6, 1], [0, 1e-4], [1e-3, 1e3]]) {
        expect(elasticPhotonFlux(lo, hi, t) / numericPhotonFlux(lo, hi, t, 'elastic') - 1).toBeCloseTo(0, 8);
      }
    }
  });
  it('tends to complete screening, Z²[ln(a²d) − 2], for t_min → 0 and t_max → ∞ (BEST eq. A18 limit)', () => {
    const t = targets.Pb;
    const limit = t.Z ** 2 * (Math.log(elasticScreening2(t.Z) * nuclearSizeParameter(t.A)) - 2);
    expect(elasticPhotonFlux(0, 1e6, t) / limit).toBeCloseTo(1, 5);
  });
  it('is zero for an empty range and grows with t_max', () => {
    expect(elasticPhotonFlux(1e-4, 1e-4, targets.Pb)).toBe(0);
    expect(elasticPhotonFlux(1e-8, 1e-2, targets.Pb)).toBeGreaterThan(elasticPhotonFlux(1e-8, 1e-3, targets.Pb));
  });
  it('rejects t_min > t_max', () => {
    expect(() => elasticPhotonFlux(1, 0.1, targets.Pb)).toThrow(/t_min/);
  });
});

describe('photonFlux(tMin, tMax, target, model)', () => {
  it('adds the inelastic term, a correction of order 1/Z for heavy atoms', () => {
    const el = photonFlux(1e-8, 1e-2, targets.Pb, 'elastic');
    const all = photonFlux(1e-8, 1e-2, targets.Pb);
    expect(all / el - 1).toBeGreaterThan(0.2 / 82);
    expect(all / el - 1).toBeLessThan(2 / 82);
    expect(all / numericPhotonFlux(1e-8, 1e-2, targets.Pb) - 1).toBeCloseTo(0, 7);
  });
});
