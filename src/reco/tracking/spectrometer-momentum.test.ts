import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSetup } from '../../setup/index.js';
import { buildGeometry } from '../../sim/sim-geometry.js';
import { GEV_PER_TESLA_METRE, momentumFromSlopes, scatteringTerm } from './spectrometer-momentum.js';
import { trackingLayout } from './tracking-layout.js';

describe('momentumFromSlopes(tUp, tDown, ∫B·dl, charge)', () => {
  it('inverts the exact helix of a hard-edged dipole (sin φ₁ = sin φ₀ − 0.2998 q ∫B·dl / p, sim/passive/magnet-crossing.ts)', () => {
    for (const [p, tUp] of [[100, 0], [100, 0.004], [20, -0.01], [160, 0.03]]) {
      const sin0 = tUp / Math.sqrt(1 + tUp * tUp);
      const sin1 = sin0 + (GEV_PER_TESLA_METRE * 7) / p; // q = −1
      const tDown = Math.tan(Math.asin(sin1));
      expect(momentumFromSlopes(tUp, tDown, 7, -1)).toBeCloseTo(p, 9);
      expect(momentumFromSlopes(tUp, tDown, 7, +1)).toBeCloseTo(-p, 9);
    }
  });
  it('is the textbook p = 0.3·∫B·dl/Δθ for small angles: 100 GeV ↔ 21.0 mrad in 7 T·m', () => {
    expect(momentumFromSlopes(0, 0.021, 7, -1)).toBeCloseTo(99.93, 1);
  });
});

describe('scatteringTerm(layout, spectrometer)', () => {
  const FILE = 'configs/na64e-2021-2023.yaml';
  const g = buildGeometry(parseSetup(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8'), FILE));
  const L = trackingLayout(g);
  it('finds one spectrometer (MBPL1 + MBPL2, 7 T·m, bending plane at the ∫B-weighted centre 625 cm) in NA64e 2021–2023', () => {
    expect(L.spectrometers).toHaveLength(1);
    expect(L.spectrometers[0].fieldIntegralTm).toBeCloseTo(7, 12);
    expect(L.spectrometers[0].zBendCm).toBeCloseTo(625, 9);
  });
  it('is bounded by the Highland angle of all the matter between the arms (a kink between the arms counts fully, one inside an arm less)', () => {
    const K = scatteringTerm(L, L.spectrometers[0], 'arms');
    let x = 0;
    for (let s = 0; s < L.scatterX0.length; s++) x += L.scatterX0[s];
    const highland = 0.0136 * Math.sqrt(x) * (1 + 0.038 * Math.log(x));
    expect(K).toBeGreaterThan(0);
    expect(K).toBeLessThan(1.5 * highland);
    // The counter S1 (0.5 cm polystyrene) sits between the arms: its full kink adds to Δθ.
    const s1 = (0.0136 * Math.sqrt(0.5 / 41.31)) * (1 + 0.038 * Math.log(0.5 / 41.31));
    expect(K).toBeGreaterThan(0.9 * s1);
  });
});
