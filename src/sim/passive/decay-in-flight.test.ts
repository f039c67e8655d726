import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARGED_PION_MASS, MUON_MASS, RandomStream } from '../../core/index.js';
import { parseSetup } from '../../setup/index.js';
import { ParticleState } from '../particle-stack.js';
import { SPECIES_MASS, Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';
import { DecayKinematics, DECAY_MODES } from './decay-table.js';
import { decayAtRest, twoBodyMomentum } from './decay-kinematics.js';
import { meanDecayPathCm } from './decay-in-flight.js';
import { createPassiveTransport } from './passive-transport.js';
import { testContext, testSetup } from './test-context.js';

const far = testSetup([{ type: 'volume', name: 'V', material: 'vacuum', zCm: 0, lengthCm: 1e9 }]);

function shoot(ctx: TransportContext, species: number, e: number, ev: number, seed = 1): ParticleState {
  RandomStream.reset(ctx.rng, seed, ev);
  ctx.stack.clear();
  ctx.truth.reset(ev);
  const p = new ParticleState();
  p.species = species;
  p.e = e;
  p.uz = 1;
  return p;
}

describe('drift() with decays in flight', () => {
  it('decays a 50 GeV π− after βγcτ = 358.2 × 780.4 cm = 2.796 km on average (τ = 26.033 ns, PDG 2024)', () => {
    const passive = createPassiveTransport();
    const ctx = testContext(far, passive);
    const p0 = shoot(ctx, Species.PiMinus, 50, 0);
    const lambda = meanDecayPathCm(p0);
    expect(lambda / 1e5).toBeCloseTo(2.796, 3);
    expect(lambda).toBeCloseTo((Math.sqrt(2500 - CHARGED_PION_MASS ** 2) / CHARGED_PION_MASS) * 26.033 * 29.9792458, 6);
    const n = 20_000;
    let sum = 0;
    let survived = 0;
    for (let ev = 0; ev < n; ev++) {
      const p = shoot(ctx, Species.PiMinus, 50, ev);
      if (passive.drift(ctx, p, 1e9)) survived++;
      sum += p.z;
    }
    expect(survived).toBe(0);
    // Exponential: the standard error of the mean is λ/√n.
    expect(Math.abs(sum / n - lambda)).toBeLessThan((4 * lambda) / Math.sqrt(n));
  });

  it('π → μν: p* = 29.79 MeV, and the lab muon energy is flat between γ(E* − βp*) and γ(E* + βp*)', () => {
    const pStar = twoBodyMomentum(CHARGED_PION_MASS, MUON_MASS, 0);
    expect(pStar * 1000).toBeCloseTo(29.79, 2);
    const passive = createPassiveTransport();
    const ctx = testContext(far, passive);
    passive.setDecayBiasing(Species.PiMinus, 'e nu', 1e-9); // only μν here (weight ≈ 1)
    const E = 50;
    const P = Math.sqrt(E * E - CHARGED_PION_MASS ** 2);
    const g = E / CHARGED_PION_MASS;
    const b = P / E;
    const eStar = Math.hypot(pStar, MUON_MASS);
    const lo = g * (eStar - b * pStar);
    const hi = g * (eStar + b * pStar);
    const n = 20_000;
    const es: number[] = [];
    let bad = 0;
    for (let ev = 0; ev < n; ev++) {
      const p = shoot(ctx, Species.PiMinus, E, ev, 2);
      passive.drift(ctx, p, 1e9);
      if (ctx.stack.n !== 1 || ctx.stack.species[0] !== Species.MuMinus || Math.abs(ctx.stack.e[0] + ctx.truth.eInvisible - E) > 1e-9) bad++;
      es.push(ctx.stack.e[0]);
    }
    expect(bad).toBe(0);
    es.sort((x, y) => x - y);
    expect(es[0]).toBeGreaterThanOrEqual(lo - 1e-9);
    expect(es[n - 1]).toBeLessThanOrEqual(hi + 1e-9);
    // Kolmogorov distance to the flat distribution (critical value 1.63/√n at 1%).
    let d = 0;
    for (let i = 0; i < n; i++) d = Math.max(d, Math.abs((es[i] - lo) / (hi - lo) - (i + 0.5) / n));
    expect(d).toBeLessThan(1.63 / Math.sqrt(n));
    expect(lo / E).toBeCloseTo((MUON_MASS / CHARGED_PION_MASS) ** 2, 3); // the familiar 0.573
  });

  it('conserves energy and momentum in every channel of μ±, π±, K±, K⁰L (products + neutrinos at rest)', () => {
    const rng = new RandomStream(13, 0);
    const out = new Float64Array(16);
    for (const s of [Species.MuMinus, Species.PiPlus, Species.KMinus, Species.KPlus, Species.K0L]) {
      const M = SPECIES_MASS[s];
      const mode = DECAY_MODES[s];
      if (!mode) throw new Error('no mode');
      expect(mode.channels.reduce((t, c) => t + c.branching, 0)).toBeCloseTo(1, 12);
      for (const ch of mode.channels) {
        for (let k = 0; k < 50; k++) {
          const n = decayAtRest(rng, M, ch, out);
          let e = 0;
          const pv = [0, 0, 0];
          for (let i = 0; i < n; i++) {
            e += out[4 * i];
            for (let j = 0; j < 3; j++) pv[j] += out[4 * i + 1 + j];
            if (ch.kinematics !== DecayKinematics.Michel || i === 0) {
              const m = SPECIES_MASS[ch.products[i]];
              expect(out[4 * i] ** 2 - out[4 * i + 1] ** 2 - out[4 * i + 2] ** 2 - out[4 * i + 3] ** 2).toBeCloseTo(m * m, 9);
            }
          }
          expect(e).toBeCloseTo(M, 9);
          for (let j = 0; j < 3; j++) expect(pv[j]).toBeCloseTo(0, 9);
        }
      }
    }
  });

  it('gives μ decay electrons the Michel spectrum x²(3 − 2x): ⟨x⟩ = 0.7', () => {
    const rng = new RandomStream(14, 0);
    const out = new Float64Array(16);
    const ch = DECAY_MODES[Species.MuMinus]?.channels[0];
    if (!ch) throw new Error('no channel');
    let s = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      decayAtRest(rng, MUON_MASS, ch, out);
      s += out[0] / (MUON_MASS / 2);
    }
    expect(s / n).toBeCloseTo(0.7, 2);
  });

  it('decays π⁰ at once into two photons carrying its energy', () => {
    const passive = createPassiveTransport();
    const ctx = testContext(far, passive);
    const p = shoot(ctx, Species.Pi0, 10, 0);
    expect(passive.drift(ctx, p, 100)).toBe(false);
    expect(ctx.stack.n).toBe(2);
    expect(ctx.stack.e[0] + ctx.stack.e[1]).toBeCloseTo(10, 10);
    // Invariant mass of the pair = m(π⁰).
    const c = ctx.stack.ux[0] * ctx.stack.ux[1] + ctx.stack.uy[0] * ctx.stack.uy[1] + ctx.stack.uz[0] * ctx.stack.uz[1];
    expect(Math.sqrt(2 * ctx.stack.e[0] * ctx.stack.e[1] * (1 - c))).toBeCloseTo(SPECIES_MASS[Species.Pi0], 6);
  });

  it('flags hadron decays upstream of the ECAL front face (truth.decayInFlight)', () => {
    const setup = parseSetup(readFileSync(new URL('../../../configs/na64e-2021-2023.yaml', import.meta.url), 'utf8'));
    const passive = createPassiveTransport();
    passive.setDecayLengthBiasing(Species.KMinus, 1e4); // decays within metres
    const ctx = testContext(setup, passive);
    const p = shoot(ctx, Species.KMinus, 50, 0);
    expect(passive.drift(ctx, p, 1700)).toBe(false);
    expect(p.z).toBeLessThan(1700);
    expect(ctx.truth.decayInFlight).toBe(1);
  });
});

describe('setDecayBiasing() and setDecayLengthBiasing()', () => {
  it('multiply the channel probability and keep Σw/N unbiased: π → eν per decay = 1.230×10⁻⁴', () => {
    const passive = createPassiveTransport();
    const ctx = testContext(far, passive);
    passive.setDecayBiasing(Species.PiMinus, 'e nu', 1e4);
    const n = 20_000;
    let ne = 0;
    let we = 0;
    let wAll = 0;
    for (let ev = 0; ev < n; ev++) {
      const p = shoot(ctx, Species.PiMinus, 50, ev, 3);
      passive.drift(ctx, p, 1e9);
      wAll += ctx.truth.weight;
      if (ctx.stack.species[0] === Species.Electron) {
        ne++;
        we += ctx.truth.weight;
      }
    }
    // Biased fraction 1.23/(0.99988 + 1.23) = 0.5516.
    expect(ne / n).toBeCloseTo(0.5516, 1);
    expect(Math.abs(ne / n - 0.5516)).toBeLessThan(4 * Math.sqrt(0.25 / n));
    expect(we / n / 1.23e-4).toBeCloseTo(1, 1);
    expect(Math.abs(we / n / 1.23e-4 - 1)).toBeLessThan(0.03);
    expect(wAll / n).toBeCloseTo(1, 1);
    expect(() => passive.setDecayBiasing(Species.PiMinus, 'tau nu', 2)).toThrow(/no channel 'tau nu'/);
    expect(() => passive.setDecayBiasing(Species.Electron, 'e nu', 2)).toThrow(/does not decay/);
  });

  it('force decays over a short path and weight them to the true probability 1 − exp(−L/βγcτ)', () => {
    const passive = createPassiveTransport();
    const ctx = testContext(far, passive);
    passive.setDecayLengthBiasing(Species.KMinus, 200);
    const L = 2000;
    const n = 20_000;
    let decays = 0;
    let wDecays = 0;
    const survivorWeights = new Set<number>();
    for (let ev = 0; ev < n; ev++) {
      const p = shoot(ctx, Species.KMinus, 100, ev, 4);
      if (!passive.drift(ctx, p, L)) {
        decays++;
        wDecays += ctx.truth.weight;
      } else survivorWeights.add(ctx.truth.weight);
    }
    const lambda = (Math.sqrt(100 ** 2 - SPECIES_MASS[Species.KMinus] ** 2) / SPECIES_MASS[Species.KMinus]) * 12.38 * 29.9792458;
    const truth = -Math.expm1(-L / lambda);
    expect(truth).toBeCloseTo(0.0263, 3);
    expect(decays / n).toBeGreaterThan(0.99); // forced: λ′ = λ/200 = 3.8 m
    expect(Math.abs(wDecays / n / truth - 1)).toBeLessThan(0.03);
    // Survivors carry exp(L/λ′ − L/λ), so that Σw over all outcomes is 1 in expectation.
    expect(survivorWeights.size).toBe(1);
    expect([...survivorWeights][0]).toBeCloseTo(Math.exp((200 * L) / lambda - L / lambda), 6);
  });
});
