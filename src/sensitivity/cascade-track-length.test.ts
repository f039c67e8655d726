import { describe, expect, it } from 'vitest';
import { cascadeTrackLength } from './cascade-track-length.js';
import { tsaiPrimaryLengthAbove } from './tsai-primary-track-length.js';

function densityAt(edges: Float64Array, values: Float64Array, E: number): number {
  for (let k = 0; k < values.length; k++) if (edges[k] <= E && E < edges[k + 1]) return values[k] / (edges[k + 1] - edges[k]);
  return Number.NaN;
}
const sumAbove = (edges: Float64Array, values: Float64Array, E: number): number => values.reduce((s, v, k) => (edges[k] >= E ? s + v : s), 0);

describe('cascadeTrackLength(options)', () => {
  it('reproduces Rossi’s approximation-A track lengths 0.437 E0/E² (e±) and 0.572 E0/E² (γ) for E ≪ E0', () => {
    // Rossi & Greisen, RMP 13 (1941) 240, Table (approximation A, complete screening).
    const s = cascadeTrackLength({ beamEnergyGeV: 1000, minEnergyGeV: 0.5, logStep: 0.01 });
    const E = 1;
    const lep = densityAt(s.edgesGeV, s.electronX0, E) + densityAt(s.edgesGeV, s.positronX0, E);
    expect((lep * E * E) / 1000 / 0.437).toBeCloseTo(1, 1);
    expect((densityAt(s.edgesGeV, s.photonX0, E) * E * E) / 1000 / 0.572).toBeCloseTo(1, 1);
  });
  it('without pair production follows Tsai’s degradation of the primary to 5% above E0/2', () => {
    const s = cascadeTrackLength({ beamEnergyGeV: 100, minEnergyGeV: 50, pairProduction: false });
    for (const E of [50, 70, 90]) expect(sumAbove(s.edgesGeV, s.electronX0, E) / tsaiPrimaryLengthAbove(100, E, 1000)).toBeCloseTo(1, 1);
  });
  it('makes equal numbers of e+ and secondary e−, and no positrons above the primary', () => {
    const full = cascadeTrackLength({ beamEnergyGeV: 100, minEnergyGeV: 20 });
    const prim = cascadeTrackLength({ beamEnergyGeV: 100, minEnergyGeV: 20, pairProduction: false });
    const secE = sumAbove(full.edgesGeV, full.electronX0, 20) - sumAbove(prim.edgesGeV, prim.electronX0, 20);
    expect(secE / sumAbove(full.edgesGeV, full.positronX0, 20)).toBeCloseTo(1, 2);
  });
  it('in a thin target gives the primary its full path at nearly full energy', () => {
    const s = cascadeTrackLength({ beamEnergyGeV: 100, minEnergyGeV: 50, thicknessX0: 0.01 });
    expect(sumAbove(s.edgesGeV, s.electronX0, 50) / 0.01).toBeCloseTo(1, 2);
  });
  it('gives the infinite-target result for a target thick enough to absorb everything above E_min', () => {
    const a = cascadeTrackLength({ beamEnergyGeV: 100, minEnergyGeV: 50, thicknessX0: 3 });
    const b = cascadeTrackLength({ beamEnergyGeV: 100, minEnergyGeV: 50 });
    const la = sumAbove(a.edgesGeV, a.electronX0, 50);
    const lb = sumAbove(b.edgesGeV, b.electronX0, 50);
    expect(la).toBeLessThan(lb);
    expect(la / lb).toBeGreaterThan(0.9);
  });
  it('rejects a minimum energy above the beam energy', () => {
    expect(() => cascadeTrackLength({ beamEnergyGeV: 100, minEnergyGeV: 120 })).toThrow(/minEnergyGeV/);
  });
});
