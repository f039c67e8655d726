import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { parseSetup } from '../../setup/index.js';
import { createMuonTransport } from '../muon/index.js';
import { ParticleState } from '../particle-stack.js';
import { ElementKind } from '../sim-geometry.js';
import { Species } from '../species.js';
import { transportAll } from '../transport.js';
import { highlandTheta0 } from './multiple-scattering.js';
import { createPassiveTransport } from './passive-transport.js';
import { sampleScreenedPairFraction } from './thin-plane-conversion.js';
import { testContext, testSetup } from './test-context.js';

function tracker(thicknessX0: number) {
  return testSetup([{ type: 'tracker', name: 'T', technology: 'micromegas', zCm: 0, sizeXCm: 10, sizeYCm: 10, planes: ['x', 'y'], pitchCm: 0.025, planeSpacingCm: 1, resolutionCm: 0.008, thicknessX0 }]);
}

describe('highlandTheta0()', () => {
  it('is 13.6 MeV/p · √(x/X0) · (1 + 0.038 ln(x/X0)) for β = 1, z = 1 (PDG eq. 34.16): 1.122 mrad for 1 GeV in 1% X0', () => {
    expect(highlandTheta0(1, 1, 1, 0.01)).toBeCloseTo(0.0136 * 0.1 * (1 + 0.038 * Math.log(0.01)), 12);
    expect(highlandTheta0(1, 1, 1, 0.01) * 1000).toBeCloseTo(1.122, 3);
    // Scales as 1/p and, for z = 2, as z (1 + 0.038 ln(4x/X0)).
    expect(highlandTheta0(10, 1, 1, 0.01)).toBeCloseTo(highlandTheta0(1, 1, 1, 0.01) / 10, 14);
    expect(highlandTheta0(1, 1, 2, 0.01)).toBeCloseTo(0.0136 * 2 * 0.1 * (1 + 0.038 * Math.log(0.04)), 12);
  });
});

describe('crossTracker() (createPassiveTransport)', () => {
  it('records one crossing per plane at the true position and time, and scatters by the Highland width', () => {
    const passive = createPassiveTransport({ decays: false });
    const ctx = testContext(tracker(0.02), passive);
    const el = ctx.geometry.elements[0];
    const theta0 = highlandTheta0(Math.sqrt(4 - 0.1056583755 ** 2), Math.sqrt(4 - 0.1056583755 ** 2) / 2, 1, 0.02);
    const n = 40_000;
    let s2 = 0;
    let ok = 0;
    const p = new ParticleState();
    for (let ev = 0; ev < n; ev++) {
      RandomStream.reset(ctx.rng, 9, ev);
      ctx.deposits.reset();
      p.species = Species.MuPlus;
      p.e = 2;
      [p.x, p.y, p.z, p.ux, p.uy, p.uz, p.t] = [1, -2, 0, 0, 0, 1, 0];
      if (passive.crossTracker(ctx, p, el) && ctx.deposits.nHits === 2) ok++;
      if (ev === 0) {
        expect([ctx.deposits.hitPlane[0], ctx.deposits.hitPlane[1]]).toEqual([0, 1]);
        expect([ctx.deposits.hitX[0], ctx.deposits.hitY[0]]).toEqual([1, -2]);
        expect(ctx.deposits.hitTime[1]).toBeGreaterThan(1 / 29.9792458);
      }
      // Two planes: the projected angle after both has variance 2θ0².
      const tx = Math.atan2(p.ux, p.uz);
      s2 += tx * tx;
    }
    expect(ok).toBe(n);
    expect(Math.sqrt(s2 / n / 2) / theta0).toBeCloseTo(1, 1);
    expect(Math.abs(Math.sqrt(s2 / n / 2) / theta0 - 1)).toBeLessThan(0.015);
  });

  it('converts photons in a plane of t/X0 with probability 1 − exp(−7t/9X0) into e−e+ sharing the energy by ψ(u) = 1 − (4/3)u(1 − u)', () => {
    const passive = createPassiveTransport();
    const ctx = testContext(tracker(0.05), passive);
    const el = ctx.geometry.elements[0];
    const n = 40_000;
    let converted = 0;
    let bad = 0;
    const p = new ParticleState();
    for (let ev = 0; ev < n; ev++) {
      RandomStream.reset(ctx.rng, 10, ev);
      ctx.stack.clear();
      ctx.deposits.reset();
      p.species = Species.Photon;
      p.e = 20;
      [p.x, p.y, p.z, p.ux, p.uy, p.uz] = [0, 0, 0, 0, 0, 1];
      if (!passive.crossTracker(ctx, p, el)) {
        converted++;
        const st = ctx.stack;
        if (st.n !== 2 || Math.abs(st.e[0] + st.e[1] - 20) > 1e-12 || st.species[0] !== Species.Electron || st.species[1] !== Species.Positron) bad++;
      }
      if (ctx.deposits.nHits !== 0) bad++;
    }
    expect(bad).toBe(0);
    const prob = 1 - (1 - -Math.expm1((-7 / 9) * 0.05)) ** 2; // either of two planes
    expect(Math.abs(converted / n - prob)).toBeLessThan(4 * Math.sqrt(prob / n));
    // ψ(u): P(u < 0.1) = ∫₀^0.1 ψ / ∫₀¹ ψ = 0.093778/(7/9) = 0.12057.
    const rng = new RandomStream(11, 0);
    let low = 0;
    for (let i = 0; i < 100_000; i++) if (sampleScreenedPairFraction(rng) < 0.1) low++;
    expect(low / 100_000).toBeCloseTo(0.1206, 2);
  });

  it('sees one hit per plane from a 100 GeV μ− through the na64e-2021-2023 spectrometer (20 planes)', () => {
    const setup = parseSetup(readFileSync(new URL('../../../configs/na64e-2021-2023.yaml', import.meta.url), 'utf8'));
    const ctx = testContext(setup, createPassiveTransport(), createMuonTransport(), 0.05);
    const trackers = ctx.geometry.elements.filter((e) => e.kind === ElementKind.Tracker);
    const planes = trackers.reduce((s, e) => s + e.planeZ.length, 0);
    expect(planes).toBe(20);
    for (let ev = 0; ev < 20; ev++) {
      RandomStream.reset(ctx.rng, 12, ev);
      ctx.deposits.reset();
      ctx.truth.reset(ev);
      const p = new ParticleState();
      p.species = Species.MuMinus;
      p.e = 100;
      p.z = -10;
      p.uz = 1;
      transportAll(ctx, p);
      const seen = new Set<string>();
      for (let h = 0; h < ctx.deposits.nHits; h++) seen.add(`${ctx.deposits.hitElement[h]}:${ctx.deposits.hitPlane[h]}`);
      expect(seen.size).toBe(planes);
      expect(ctx.deposits.nHits).toBe(planes);
    }
  });
});
