import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { parseSetup } from '../../setup/index.js';
import { createTransportContext } from '../create-context.js';
import { createEmTransport } from '../em/em-transport.js';
import { createMuonTransport } from '../muon/index.js';
import { ParticleState } from '../particle-stack.js';
import { buildGeometry } from '../sim-geometry.js';
import { Species } from '../species.js';
import { straightPassive } from '../straight-passive.js';
import { transportAll } from '../transport.js';
import { electronuclearInteraction, electronuclearRate, equivalentPhotonFlux, NU_MIN_GEV } from './electronuclear.js';
import { createHadronTransport } from './hadron-transport.js';
import { photonNucleonCrossSectionMicrobarn, photonuclearCrossSectionMb, photonuclearHook, photonuclearInteraction, photonuclearRate, shadowingFactor, virtualPhotonInteraction } from './photonuclear.js';

function na64() {
  const setup = parseSetup(readFileSync(new URL('../../../configs/na64e-2021-2023.yaml', import.meta.url), 'utf8'));
  const geometry = buildGeometry(setup);
  const ctx = createTransportContext(geometry, { trackingCutGeV: 1, hadronCutGeV: 0.1 }, { em: createEmTransport(photonuclearHook), muon: null, hadron: createHadronTransport(), passive: straightPassive });
  const ecal = geometry.elements.find((e) => e.name === 'ECAL')!;
  return { ctx, geometry, ecal };
}

describe('photonuclearCrossSectionMb()', () => {
  it('photonNucleonCrossSectionMicrobarn() is the measured σ_γp ≈ 0.11–0.12 mb at 10–200 GeV (PDG; Caldwell et al. 1978)', () => {
    for (const E of [10, 20, 50, 100, 200]) {
      expect(photonNucleonCrossSectionMicrobarn(E)).toBeGreaterThan(110);
      expect(photonNucleonCrossSectionMicrobarn(E)).toBeLessThan(120);
    }
  });

  it('photonuclearCrossSectionMb(E, A) grows as A^0.9…1 (shadowing): C → Pb exponent, and σ_γPb ≈ 15.5 mb at 50 GeV', () => {
    const alpha = Math.log(photonuclearCrossSectionMb(50, 207.2) / photonuclearCrossSectionMb(50, 12.011)) / Math.log(207.2 / 12.011);
    expect(alpha).toBeGreaterThan(0.9);
    expect(alpha).toBeLessThan(1);
    expect(photonuclearCrossSectionMb(50, 207.2)).toBeCloseTo(15.5, 0);
    expect(photonuclearCrossSectionMb(50, 1)).toBeCloseTo(photonNucleonCrossSectionMicrobarn(50) * 1e-3, 12);
    expect(shadowingFactor(1e-6, 207.2)).toBeCloseTo(1, 5);
    // The series and the closed form meet at x = 0.05.
    const A = 8;
    const s = 0.05 / (0.00282 * 2);
    expect(shadowingFactor(s * (1 - 1e-9), A)).toBeCloseTo(shadowingFactor(s * (1 + 1e-9), A), 7);
    expect(photonuclearCrossSectionMb(0.1, 207.2)).toBe(0);
  });

  it('photonuclearRate() in the NA64 ECAL is Σ n_i σ_γA_i, ~4·10⁻⁴ of the pair-production rate 7/(9X0)', () => {
    const { ecal } = na64();
    const r = photonuclearRate(50, ecal);
    const pair = 7 / 9 / ecal.radiationLengthCm;
    expect(r / pair).toBeGreaterThan(2e-4);
    expect(r / pair).toBeLessThan(8e-4);
    expect(photonuclearRate(50, { ...ecal, material: null })).toBe(0);
  });
});

describe('photonuclearInteraction()', () => {
  it('photonuclearInteraction() turns a photon into hadrons and deposits, conserving energy, and counts the interaction', () => {
    const { ctx, ecal } = na64();
    const p = new ParticleState();
    let hadrons = 0;
    for (let ev = 0; ev < 400; ev++) {
      RandomStream.reset(ctx.rng, 21, ev);
      ctx.deposits.reset();
      ctx.truth.reset(ev);
      Object.assign(p, { species: Species.Photon, e: 60, x: ecal.x0, y: ecal.y0, z: ecal.z0 + 5, ux: 0, uy: 0, uz: 1, t: 0, generation: 1, weight: 1 });
      photonuclearInteraction(ctx, p, ecal);
      expect(ctx.truth.nNuclearInteractions).toBe(1);
      const q = new ParticleState();
      let pushed = 0;
      for (let i = 0; i < ctx.stack.n; i++) if (ctx.stack.species[i] !== Species.Photon) pushed++;
      if (pushed > 0) hadrons++;
      while (ctx.stack.pop(q)) transportAll(ctx, q);
      const dep = ctx.deposits.elementEnergy.reduce((s, v) => s + v, 0);
      // The EM transport keeps energy to an electron mass per pair.
      expect(Math.abs(dep + ctx.truth.eEscaped + ctx.truth.eInvisible - 60)).toBeLessThan(0.01);
    }
    // Leading hadron (not a π⁰) in ≈ 57% of photo-nuclear interactions (leading-particle.ts).
    expect(hadrons / 400).toBeGreaterThan(0.45);
    expect(hadrons / 400).toBeLessThan(0.7);
  });

  it('photonuclearHook plugs into the EM transport: biased photo-nuclear reactions in the ECAL of a 100 GeV e⁻ shower', () => {
    const { ctx, ecal } = na64();
    ctx.bias.photoNuclear.factor = 1e4;
    const p = new ParticleState();
    let withHadrons = 0;
    for (let ev = 0; ev < 40; ev++) {
      RandomStream.reset(ctx.rng, 22, ev);
      ctx.deposits.reset();
      ctx.truth.reset(ev);
      ctx.bias.photoNuclear.reset();
      Object.assign(p, { species: Species.Electron, e: 100, x: ecal.x0, y: ecal.y0, z: ecal.z0 - 1, ux: 0, uy: 0, uz: 1, t: 0, generation: 0, weight: 1 });
      transportAll(ctx, p);
      if (ctx.truth.nNuclearInteractions > 0) {
        withHadrons++;
        expect(ctx.truth.weight).toBeLessThan(1);
      }
    }
    expect(withHadrons).toBeGreaterThan(20);
  });
});

describe('electronuclearRate()', () => {
  it('equivalentPhotonFlux(y) → (α/π)(1/y)(ln(Q²max/Q²min) − 1) at small y (Weizsäcker–Williams) and vanishes at the ends', () => {
    expect(equivalentPhotonFlux(0)).toBe(0);
    expect(equivalentPhotonFlux(1)).toBe(0);
    const y = 1e-4;
    const L = Math.log(0.775 ** 2 / ((0.000511 * y) ** 2 / (1 - y)));
    expect(equivalentPhotonFlux(y) / (((1 / 137.036 / Math.PI) * (L - 1)) / y)).toBeCloseTo(1, 3);
  });

  it('electronuclearRate() is a small fraction of the photo-nuclear rate of a photon, rising with E; electronuclearInteraction() takes ν ≥ 1 GeV', () => {
    const { ctx, ecal } = na64();
    const r100 = electronuclearRate(100, ecal);
    expect(r100 / photonuclearRate(100, ecal)).toBeGreaterThan(0.05);
    expect(r100 / photonuclearRate(100, ecal)).toBeLessThan(0.5);
    expect(electronuclearRate(20, ecal)).toBeLessThan(r100);
    expect(electronuclearRate(0.5, ecal)).toBe(0);
    const p = new ParticleState();
    for (let ev = 0; ev < 50; ev++) {
      RandomStream.reset(ctx.rng, 23, ev);
      ctx.deposits.reset();
      ctx.truth.reset(ev);
      Object.assign(p, { species: Species.Electron, e: 100, x: ecal.x0, y: ecal.y0, z: ecal.z0 + 3, ux: 0, uy: 0, uz: 1, t: 0, generation: 0, weight: 1 });
      electronuclearInteraction(ctx, p, ecal);
      expect(p.e).toBeLessThanOrEqual(100 - NU_MIN_GEV);
      expect(ctx.truth.nNuclearInteractions).toBe(1);
    }
  });
});

describe('virtualPhotonInteraction()', () => {
  it('virtualPhotonInteraction() fits the muon module photonuclear hook and consumes exactly ν', () => {
    const { ctx, ecal } = na64();
    // Type check: accepted as the muon transport's photonuclear final state.
    expect(createMuonTransport({ photonuclear: virtualPhotonInteraction })).toBeTruthy();
    const mu = new ParticleState();
    Object.assign(mu, { species: Species.MuMinus, e: 140, x: ecal.x0, y: ecal.y0, z: ecal.z0 + 5, ux: 0, uy: 0, uz: 1, t: 0, generation: 0, weight: 1 });
    RandomStream.reset(ctx.rng, 24, 0);
    ctx.deposits.reset();
    ctx.truth.reset(0);
    virtualPhotonInteraction(ctx, mu, ecal, 20);
    const q = new ParticleState();
    while (ctx.stack.pop(q)) transportAll(ctx, q);
    const dep = ctx.deposits.elementEnergy.reduce((s, v) => s + v, 0);
    expect(ctx.truth.nNuclearInteractions).toBe(1);
    expect(Math.abs(dep + ctx.truth.eEscaped + ctx.truth.eInvisible - 20)).toBeLessThan(0.01);
    expect(mu.e).toBe(140);
  });
});
