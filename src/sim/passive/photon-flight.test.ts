import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { ParticleState } from '../particle-stack.js';
import { ElementKind } from '../sim-geometry.js';
import { Species } from '../species.js';
import { createPassiveTransport } from './passive-transport.js';
import { photonFlight } from './photon-flight.js';
import type { PassiveConfig } from './passive-config.js';
import { DecayBiasing } from './decay-biasing.js';
import { testContext, testSetup } from './test-context.js';

const cfg: PassiveConfig = { synchrotronRadiation: true, synchrotronMinPhotonGeV: 1e-4, decays: true, trackerScattering: true, trackerConversions: true, biasing: new DecayBiasing() };

/** Three trackers (2, 3 and 1 planes of 5% X0), a magnet and a vacuum volume, then a calorimeter. */
const setup = testSetup([
  { type: 'tracker', name: 'T1', technology: 'micromegas', zCm: 0, sizeXCm: 10, sizeYCm: 10, planes: ['x', 'y'], pitchCm: 0.025, resolutionCm: 0.008, thicknessX0: 0.05 },
  { type: 'magnet', name: 'M', zCm: 10, lengthCm: 100, fieldIntegralTm: 1, apertureXCm: 20, apertureYCm: 10 },
  { type: 'tracker', name: 'T2', technology: 'gem', zCm: 200, sizeXCm: 10, sizeYCm: 10, planes: ['x', 'y', 'x'], pitchCm: 0.04, resolutionCm: 0.006, thicknessX0: 0.05 },
  { type: 'volume', name: 'V', material: 'vacuum', zCm: 300, lengthCm: 50 },
  { type: 'tracker', name: 'T3', technology: 'straw', zCm: 400, sizeXCm: 4, sizeYCm: 4, planes: ['x'], pitchCm: 0.6, resolutionCm: 0.02, thicknessX0: 0.05 },
  { type: 'calorimeter', name: 'C', role: 'ecal', material: 'Pb', zCm: 500, cells: { nx: 1, ny: 1, pitchXCm: 50, pitchYCm: 50 }, sections: [{ name: 'all', depthCm: 10 }], response: { photoelectronsPerGeV: 1, adcPerGeV: 1 } },
]);

/** Where photons starting at z = −1 with slope (ax, 0) convert (plane number 0…5, 6 = none), by one method. */
function conversionPlanes(fast: boolean, ax: number, n: number): number[] {
  const ctx = testContext(setup, createPassiveTransport());
  const planeZ = [0, 1, 200, 201, 202, 400];
  const counts = new Array<number>(7).fill(0);
  const p = new ParticleState();
  const els = ctx.geometry.elements;
  for (let ev = 0; ev < n; ev++) {
    RandomStream.reset(ctx.rng, 21, ev);
    ctx.stack.clear();
    const norm = Math.sqrt(1 + ax * ax);
    Object.assign(p, { species: Species.Photon, e: 1, x: 0, y: 0, z: -1, ux: ax / norm, uy: 0, uz: 1 / norm, t: 0 });
    let alive = true;
    if (fast) alive = photonFlight(ctx, p, cfg);
    else {
      for (const el of els.slice(0, 5)) {
        if (!alive) break;
        if (el.kind === ElementKind.Tracker) alive = ctx.passive.crossTracker(ctx, p, el);
        else if (el.kind === ElementKind.Magnet) alive = ctx.passive.crossMagnet(ctx, p, el);
        else alive = ctx.passive.drift(ctx, p, el.z1);
        if (alive && p.z < el.z1) alive = ctx.passive.drift(ctx, p, el.z1);
      }
      if (alive) alive = ctx.passive.drift(ctx, p, els[5].z0);
    }
    if (alive) {
      expect(p.z).toBeCloseTo(500, 9);
      expect(p.x).toBeCloseTo((501 * p.ux) / p.uz, 9);
      counts[6]++;
    } else {
      expect(ctx.stack.n).toBe(2);
      counts[planeZ.findIndex((z) => Math.abs(ctx.stack.z[0] - z) < 1e-3)]++;
    }
  }
  return counts;
}

describe('photonFlight()', () => {
  it('converts in each plane as often as the plane-by-plane walk does (6 planes of 5% X0), and otherwise lands on the calorimeter', () => {
    const n = 40_000;
    const fast = conversionPlanes(true, 0, n);
    const slow = conversionPlanes(false, 0, n);
    // Expected: plane k converts with (1 − p) ^ k p, p = 1 − exp(−7/9 × 0.05).
    const pc = -Math.expm1((-7 / 9) * 0.05);
    for (let k = 0; k < 6; k++) {
      const expect0 = n * (1 - pc) ** k * pc;
      expect(Math.abs(fast[k] - expect0)).toBeLessThan(4 * Math.sqrt(expect0));
      expect(Math.abs(slow[k] - expect0)).toBeLessThan(4 * Math.sqrt(expect0));
    }
    expect(fast.reduce((a, b) => a + b, 0)).toBe(n);
  });
  it('skips the planes the photon misses: at a slope that leaves T3 (±2 cm) it converts only in the first five', () => {
    const counts = conversionPlanes(true, 0.01, 20_000); // x = 4 cm at z = 400
    expect(counts[5]).toBe(0);
    expect(counts[0]).toBeGreaterThan(0);
  });
  it('loses a photon on the magnet yoke, counting its energy as escaped', () => {
    const ctx = testContext(setup, createPassiveTransport());
    const p = new ParticleState();
    Object.assign(p, { species: Species.Photon, e: 3, x: 0, y: 0, z: 2, ux: 0.2, uy: 0, uz: Math.sqrt(1 - 0.04), t: 0 });
    RandomStream.reset(ctx.rng, 1, 1);
    const conv = photonFlight(ctx, p, { ...cfg, trackerConversions: false });
    expect(conv).toBe(false);
    expect(ctx.truth.eEscaped).toBe(3);
  });
  it('leaves a photon inside an element with matter where it is', () => {
    const ctx = testContext(setup, createPassiveTransport());
    const p = new ParticleState();
    Object.assign(p, { species: Species.Photon, e: 3, x: 0, y: 0, z: 505, ux: 0, uy: 0, uz: 1, t: 0 });
    expect(photonFlight(ctx, p, cfg)).toBe(true);
    expect(p.z).toBe(505);
  });
});
