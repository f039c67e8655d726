import { describe, expect, it } from 'vitest';
import { ALPHA, ELECTRON_MASS, HBAR_C, RandomStream } from '../../core/index.js';
import { ParticleState } from '../particle-stack.js';
import { Species } from '../species.js';
import { createPassiveTransport } from './passive-transport.js';
import { SR_MEAN_X } from './synchrotron-spectrum.js';
import { synchrotronCriticalEnergy, synchrotronLossPerCm, synchrotronPhotonsPerCm } from './synchrotron-radiation.js';
import { testContext, testSetup } from './test-context.js';

/** One dipole from z = 0 to `lengthCm` with ∫B·dl = `tm`. */
function magnetContext(tm: number, lengthCm: number, options = {}) {
  const passive = createPassiveTransport(options);
  const ctx = testContext(testSetup([{ type: 'magnet', name: 'M', zCm: 0, lengthCm, fieldIntegralTm: tm, apertureXCm: 60, apertureYCm: 20 }]), passive);
  return { ctx, passive, el: ctx.geometry.elements[0] };
}

function beam(species: number, e: number): ParticleState {
  const p = new ParticleState();
  p.species = species;
  p.e = e;
  p.uz = 1;
  return p;
}

describe('crossMagnet() (createPassiveTransport)', () => {
  it('bends a 100 GeV e− by 0.2998·7/100 = 21.0 mrad towards +x in 7 T·m, an e+ by −21.0 mrad, a photon not at all', () => {
    const { ctx, passive, el } = magnetContext(7, 400, { synchrotronRadiation: false });
    const P = Math.sqrt(100 * 100 - ELECTRON_MASS * ELECTRON_MASS);
    const exact = Math.asin((0.299792458 * 7) / P); // sin θ = 0.2998 ∫B dl / p for a uniform field
    expect(exact * 1000).toBeCloseTo(21.0, 1);
    for (const [species, sign] of [[Species.Electron, 1], [Species.Positron, -1], [Species.Photon, 0]]) {
      const p = beam(species, 100);
      expect(passive.crossMagnet(ctx, p, el)).toBe(true);
      expect(p.z).toBe(el.z1);
      expect(Math.atan2(p.ux, p.uz)).toBeCloseTo(sign * exact, 9);
      // Sagitta of the arc: x = ρ(1 − cos θ), ρ = L / sin θ.
      expect(p.x).toBeCloseTo((sign * 400 * (1 - Math.cos(exact))) / Math.sin(exact || 1), 6);
      expect(Math.hypot(p.ux, p.uy, p.uz)).toBeCloseTo(1, 12);
    }
  });

  it('gives the same exit state through two 3.5 T·m magnets as the NA64 layout (21 mrad in total)', () => {
    const passive = createPassiveTransport({ synchrotronRadiation: false });
    const ctx = testContext(testSetup([
      { type: 'magnet', name: 'MBPL1', zCm: 400, lengthCm: 200, fieldIntegralTm: 3.5, apertureXCm: 30, apertureYCm: 10 },
      { type: 'magnet', name: 'MBPL2', zCm: 650, lengthCm: 200, fieldIntegralTm: 3.5, apertureXCm: 30, apertureYCm: 10 },
    ]), passive);
    const p = beam(Species.MuMinus, 100);
    p.z = 400;
    const [m1, m2] = ctx.geometry.elements;
    passive.crossMagnet(ctx, p, m1);
    passive.drift(ctx, p, 650);
    passive.crossMagnet(ctx, p, m2);
    expect(Math.atan2(p.ux, p.uz) * 1000).toBeCloseTo(20.99, 1);
  });

  it('radiates the classical mean synchrotron energy (2/3) r_e m_e c² γ⁴/ρ² per cm and (5/(2√3)) α γ/ρ photons per cm, within 2%', () => {
    // 100 GeV e−, 7 T·m over 4 m: B = 1.75 T, ρ = 190.6 m, ε_c = 11.6 MeV (the NA64 spectrometer).
    const { ctx, passive, el } = magnetContext(7, 400, { synchrotronMinPhotonGeV: 0 });
    const E0 = 100;
    const rho = (100 * E0) / (0.299792458 * 1.75);
    const gamma = E0 / ELECTRON_MASS;
    expect(synchrotronCriticalEnergy(gamma, rho)).toBeCloseTo(0.01163, 4);
    expect(synchrotronCriticalEnergy(gamma, rho)).toBeCloseTo((1.5 * HBAR_C * gamma ** 3) / rho, 12);
    // −dE/ds = k E² with k = (2/3) α ħc / (m_e⁴ ρ²/E²) constant (ρ ∝ E): E(L) = E0/(1 + k E0 L).
    const k = synchrotronLossPerCm(gamma, rho) / (E0 * E0);
    const meanLoss = E0 - E0 / (1 + k * E0 * 400);
    expect(meanLoss).toBeCloseTo(0.155, 2);
    const meanCount = synchrotronPhotonsPerCm(gamma, rho) * 400; // γ/ρ = 0.2998 B/m_e: constant
    expect(meanCount).toBeCloseTo((5 / (2 * Math.sqrt(3))) * ALPHA * ((0.299792458e-2 * 1.75) / ELECTRON_MASS) * 400, 9);
    const n = 1500;
    let loss = 0;
    let count = 0;
    let photonEnergy = 0;
    for (let ev = 0; ev < n; ev++) {
      RandomStream.reset(ctx.rng, 3, ev);
      ctx.stack.clear();
      ctx.truth.reset(ev);
      const p = beam(Species.Electron, E0);
      passive.crossMagnet(ctx, p, el);
      loss += E0 - p.e;
      count += ctx.stack.n;
      for (let i = 0; i < ctx.stack.n; i++) photonEnergy += ctx.stack.e[i];
      expect(ctx.stack.species.subarray(0, ctx.stack.n).every((s) => s === Species.Photon)).toBe(true);
    }
    expect(loss / n / meanLoss).toBeCloseTo(1, 1);
    expect(Math.abs(loss / n / meanLoss - 1)).toBeLessThan(0.02);
    expect(Math.abs(count / n / meanCount - 1)).toBeLessThan(0.02);
    expect(photonEnergy).toBeCloseTo(loss, 9);
    // Mean photon energy (8/(15√3)) ε_c at the mean energy along the path.
    const ecMid = synchrotronCriticalEnergy((E0 - meanLoss / 2) / ELECTRON_MASS, (rho * (E0 - meanLoss / 2)) / E0);
    expect(Math.abs(photonEnergy / count / (SR_MEAN_X * ecMid) - 1)).toBeLessThan(0.02);
  });

  it('keeps the energy: lepton + followed photons + the soft photons counted as escaped = E0', () => {
    const { ctx, passive, el } = magnetContext(7, 400);
    RandomStream.reset(ctx.rng, 4, 1);
    ctx.truth.reset(1);
    const p = beam(Species.Positron, 100);
    passive.crossMagnet(ctx, p, el);
    let sum = p.e + ctx.truth.eEscaped;
    for (let i = 0; i < ctx.stack.n; i++) sum += ctx.stack.e[i];
    expect(sum).toBeCloseTo(100, 10);
    expect(ctx.truth.eEscaped).toBeGreaterThan(0);
    for (let i = 0; i < ctx.stack.n; i++) expect(ctx.stack.e[i]).toBeGreaterThanOrEqual(1e-4);
  });

  it('loses particles that hit the aperture: a 5 GeV e− bent by 42 mrad over 4 m leaves a ±30 cm gap at x = 25 cm', () => {
    const { ctx, passive, el } = magnetContext(0.7, 400, { synchrotronRadiation: false });
    ctx.truth.reset(0);
    const p = beam(Species.Electron, 5);
    p.x = 25;
    expect(passive.crossMagnet(ctx, p, el)).toBe(false);
    expect(ctx.truth.eEscaped).toBe(5);
    // A particle that curls up (ρ = 1.9 m < the 4 m length) is lost too.
    const { ctx: c2, passive: p2, el: e2 } = magnetContext(7, 400, { synchrotronRadiation: false });
    c2.truth.reset(0);
    expect(p2.crossMagnet(c2, beam(Species.MuMinus, 1), e2)).toBe(false);
    expect(c2.truth.eEscaped).toBe(1);
  });

  it('decays a 10 GeV π− inside the magnet with the probability 1 − exp(−L/βγcτ)', () => {
    const { ctx, passive, el } = magnetContext(3.5, 200);
    const n = 20_000;
    let decayed = 0;
    for (let ev = 0; ev < n; ev++) {
      RandomStream.reset(ctx.rng, 5, ev);
      ctx.stack.clear();
      ctx.truth.reset(ev);
      if (!passive.crossMagnet(ctx, beam(Species.PiMinus, 10), el)) decayed++;
    }
    const P = Math.sqrt(100 - 0.13957039 ** 2);
    const lambda = (P / 0.13957039) * 26.033 * 29.9792458;
    const rho = (100 * P) / (0.299792458 * 1.75);
    const path = rho * Math.asin(200 / rho); // arc length through the 2 m field
    const expected = -Math.expm1(-path / lambda);
    expect(Math.abs(decayed / n - expected)).toBeLessThan(4 * Math.sqrt(expected / n));
  });
});
