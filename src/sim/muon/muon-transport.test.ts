import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELECTRON_MASS, MUON_MASS, RandomStream } from '../../core/index.js';
import { material } from '../../physics/index.js';
import { parseSetup } from '../../setup/index.js';
import { createPassiveTransport } from '../passive/index.js';
import { testContext, testSetup } from '../passive/test-context.js';
import { ParticleState } from '../particle-stack.js';
import { Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';
import { transportAll } from '../transport.js';
import { atomicElectronBremsstrahlung, betheMean } from './bethe-bloch.js';
import { elementIonization } from './ionization-material.js';
import { MUON_TABLE_NODES, MuonProcess, atNode, energyNode, muonB } from './muon-radiative-tables.js';
import { createMuonTransport } from './muon-transport.js';

const iron = (lengthCm: number) => testSetup([{ type: 'volume', name: 'FE', material: 'Fe', zCm: 0, lengthCm, sizeXCm: 400, sizeYCm: 400 }]);

function muon(ctx: TransportContext, e: number, ev: number, seed: number, species: number = Species.MuMinus): ParticleState {
  RandomStream.reset(ctx.rng, seed, ev);
  ctx.stack.clear();
  ctx.deposits.reset();
  ctx.truth.reset(ev);
  const p = new ParticleState();
  p.species = species;
  p.e = e;
  p.uz = 1;
  return p;
}

describe('createMuonTransport().inMatter()', () => {
  it('loses 2.19 GeV on average in 1 m of iron at 100 GeV (⟨dE/dx⟩ = 2.78 MeV cm²/g × 787 g/cm²), the hard radiative part as secondaries', () => {
    const mu = createMuonTransport();
    const ctx = testContext(iron(100), createPassiveTransport(), mu);
    const el = ctx.geometry.elements[0];
    const t = mu.tablesFor(material('Fe'));
    const im = elementIonization(el);
    // Expected means along the metre (E falls by 2%): loss from dE/dx = a(E) + b(E)E, the number
    // of hard radiative interactions Σ σ_hard, and their energy (b − b_soft)E.
    let E = 100;
    let hardEnergy = 0;
    const hardCount = [0, 0, 0];
    const nEl = t.Z.length;
    for (let i = 0; i < 1000; i++) {
      const dx = 0.1 * im.density;
      const b = muonB(t, MuonProcess.Bremsstrahlung, E) + muonB(t, MuonProcess.PairProduction, E) + muonB(t, MuonProcess.Photonuclear, E);
      hardEnergy += (b - interpolate(t.bSoft, 0, E)) * E * dx;
      for (let proc = 0; proc < 3; proc++) hardCount[proc] += interpolate(t.sigmaHard, proc * nEl * MUON_TABLE_NODES, E) * dx;
      E -= (betheMean(im, MUON_MASS, E, true) + atomicElectronBremsstrahlung(im, MUON_MASS, E) + b * E) * dx;
    }
    const expected = 100 - E;
    expect(expected / (2.78e-3 * 787.4)).toBeCloseTo(1, 1);
    const n = 20_000;
    let loss = 0;
    let loss2 = 0;
    let rad = 0;
    let rad2 = 0;
    const counts = [0, 0, 0];
    let conservation = 0;
    const p = new ParticleState();
    for (let ev = 0; ev < n; ev++) {
      RandomStream.reset(ctx.rng, 51, ev);
      ctx.stack.clear();
      ctx.deposits.reset();
      [p.species, p.e, p.x, p.y, p.z, p.ux, p.uy, p.uz] = [Species.MuMinus, 100, 0, 0, 0, 0, 0, 1];
      mu.inMatter(ctx, p, el);
      loss += 100 - p.e;
      loss2 += (100 - p.e) ** 2;
      // Knock-on electrons carry T + m_e: their rest energy was the atom's (one per e− beyond the pairs).
      let secondaries = 0;
      let r = 0;
      for (let i = 0; i < ctx.stack.n; i++) {
        const s = ctx.stack.species[i];
        const e = ctx.stack.e[i];
        secondaries += e - (s === Species.Electron ? ELECTRON_MASS : s === Species.Positron ? -ELECTRON_MASS : 0);
        if (s === Species.Photon) counts[0]++;
        if (s === Species.Positron) counts[1]++;
        if (s === Species.PiPlus || s === Species.PiMinus) counts[2]++;
        // Radiative energy: photons, pions, and pairs (2 × the positron, whose share is symmetric).
        if (s === Species.Photon || s === Species.PiPlus || s === Species.PiMinus) r += e;
        if (s === Species.Positron) r += 2 * e;
      }
      rad += r;
      rad2 += r * r;
      conservation = Math.max(conservation, Math.abs(100 - p.e - secondaries - ctx.deposits.elementEnergy[0]));
    }
    expect(conservation).toBeLessThan(1e-9);
    // Means within 4 standard errors (the radiative tail makes them ~1.5% and ~10%).
    const se = (s: number, s2: number) => Math.sqrt((s2 / n - (s / n) ** 2) / n);
    expect(Math.abs(loss / n - expected)).toBeLessThan(4 * se(loss, loss2));
    expect(Math.abs(rad / n - hardEnergy)).toBeLessThan(4 * se(rad, rad2));
    for (let proc = 0; proc < 3; proc++) expect(Math.abs(counts[proc] - n * hardCount[proc])).toBeLessThan(4 * Math.sqrt(n * hardCount[proc]));
  });

  it('stops a 0.5 GeV muon in 1 m of iron, depositing its kinetic energy, near the CSDA range', () => {
    const mu = createMuonTransport();
    const ctx = testContext(iron(100), createPassiveTransport(), mu, 0.001);
    const el = ctx.geometry.elements[0];
    const im = elementIonization(el);
    let csda = 0;
    for (let E = 0.5; E > MUON_MASS + 0.001; E -= 1e-4) csda += 1e-4 / (betheMean(im, MUON_MASS, E, true) * im.density);
    const n = 2000;
    let z = 0;
    let bad = 0;
    for (let ev = 0; ev < n; ev++) {
      const p = muon(ctx, 0.5, ev, 52, Species.MuPlus);
      if (mu.inMatter(ctx, p, el)) bad++;
      z += p.z;
      let sec = 0;
      for (let i = 0; i < ctx.stack.n; i++) sec += ctx.stack.e[i] - (ctx.stack.species[i] === Species.Electron ? ELECTRON_MASS : 0);
      if (Math.abs(ctx.deposits.elementEnergy[0] + sec - (0.5 - MUON_MASS)) > 1e-9 || Math.abs(ctx.truth.eInvisible - MUON_MASS) > 1e-12) bad++;
    }
    expect(bad).toBe(0);
    // Range straggling and scattering shorten the depth slightly (detour factor ~0.98-1).
    expect(z / n / csda).toBeGreaterThan(0.94);
    expect(z / n / csda).toBeLessThan(1.01);
  });

  it('scatters with the Highland width and the correlated displacement y_rms = x θ0/√3 (PDG §34.3)', () => {
    const mu = createMuonTransport({ radiative: false });
    const ctx = testContext(iron(10), createPassiveTransport(), mu);
    const el = ctx.geometry.elements[0];
    const P = Math.sqrt(100 - MUON_MASS ** 2);
    const x0 = el.radiationLengthCm;
    const theta0 = (0.0136 / (P * (P / 10))) * Math.sqrt(10 / x0) * (1 + 0.038 * Math.log(10 / x0 / (P / 10) ** 2));
    const n = 20_000;
    let t2 = 0;
    let y2 = 0;
    let ty = 0;
    for (let ev = 0; ev < n; ev++) {
      const p = muon(ctx, 10, ev, 53);
      mu.inMatter(ctx, p, el);
      const t = Math.atan2(p.ux, p.uz);
      t2 += t * t;
      y2 += p.x * p.x;
      ty += t * p.x;
    }
    expect(Math.sqrt(t2 / n) / theta0).toBeCloseTo(1, 1);
    expect(Math.abs(Math.sqrt(y2 / n) / ((10 * theta0) / Math.sqrt(3)) - 1)).toBeLessThan(0.03);
    expect(ty / Math.sqrt(t2 * y2)).toBeCloseTo(Math.sqrt(3) / 2, 1);
  });

  it('deposits in the cells it crosses, section by section, and nothing in holes', () => {
    const setup = testSetup([
      { type: 'calorimeter', name: 'CAL', role: 'hcal', material: 'Fe', zCm: 0, cells: { nx: 3, ny: 3, pitchXCm: 10, pitchYCm: 10 }, holes: [[0, 0]], sections: [{ name: 'a', depthCm: 10 }, { name: 'b', depthCm: 30 }], response: { photoelectronsPerGeV: 100, adcPerGeV: 10 } },
      { type: 'counter', name: 'V', material: 'polystyrene', zCm: 50, thicknessCm: 1, sizeXCm: 40, sizeYCm: 40, holeRadiusCm: 2, response: { photoelectronsPerGeV: 100, adcPerGeV: 10 } },
    ]);
    const mu = createMuonTransport({ radiative: false, vcut: 1 });
    const ctx = testContext(setup, createPassiveTransport(), mu);
    const [cal, counter] = ctx.geometry.elements;
    const n = 500;
    const a = new Float64Array(2);
    for (let ev = 0; ev < n; ev++) {
      const p = muon(ctx, 50, ev, 54);
      p.x = 10; // cell ix = 2 (x from 5 to 15)
      mu.inMatter(ctx, p, cal);
      const touched = Array.from(ctx.deposits.touchedCells().subarray(0, ctx.deposits.nTouched)).sort((u, v) => u - v);
      expect(touched).toEqual([cal.firstCell + 1 * 9 + 1 * 3 + 2 - 9, cal.firstCell + 1 * 9 + 1 * 3 + 2]); // (ix 2, iy 1) in sections 0 and 1
      a[0] += ctx.deposits.cellEnergy[touched[0]];
      a[1] += ctx.deposits.cellEnergy[touched[1]];
    }
    // Mean deposits in the ratio of the section depths (10 : 30 cm), within the Landau noise.
    expect(a[1] / a[0]).toBeCloseTo(3, 0);
    // Through the hole cell (ix 0, iy 0) and the counter's hole: no deposit, no loss.
    const p = muon(ctx, 50, 0, 55);
    p.x = -10;
    p.y = -10;
    mu.inMatter(ctx, p, cal);
    expect(ctx.deposits.nTouched).toBe(0);
    expect(p.e).toBe(50);
    const q = muon(ctx, 50, 0, 56);
    q.z = 50;
    mu.inMatter(ctx, q, counter);
    expect(ctx.deposits.nTouched).toBe(0);
    q.x = 5;
    q.z = 50;
    mu.inMatter(ctx, q, counter);
    expect(ctx.deposits.nTouched).toBe(1);
  });

  it('calls the signal hook after every step in matter with the step length and the energy at its start', () => {
    const mu = createMuonTransport();
    const ctx = testContext(iron(120), createPassiveTransport(), mu);
    const el = ctx.geometry.elements[0];
    let path = 0;
    let energyOk = true;
    let lastE = 160;
    ctx.signal = {
      onLeptonStep(_c, p, e, step, energy) {
        if (e !== el || energy > lastE + 1e-12 || p.e > energy) energyOk = false;
        lastE = p.e;
        path += step;
        return false;
      },
    };
    const p = muon(ctx, 160, 0, 57);
    mu.inMatter(ctx, p, el);
    expect(energyOk).toBe(true);
    expect(path).toBeGreaterThan(120);
    expect(path).toBeLessThan(120.01);
    ctx.signal = null;
  });

  it('carries a 160 GeV muon through the whole na64e-2021-2023 line, depositing more than 5 GeV on average (ECAL, HCAL ≈ 4 × 7 λ of iron)', () => {
    const setup = parseSetup(readFileSync(new URL('../../../configs/na64e-2021-2023.yaml', import.meta.url), 'utf8'));
    const ctx = testContext(setup, createPassiveTransport(), createMuonTransport(), 0.05);
    const p = new ParticleState();
    const run = (n: number, seed: number) => {
      let dep = 0;
      for (let ev = 0; ev < n; ev++) {
        RandomStream.reset(ctx.rng, seed, ev);
        ctx.stack.clear();
        ctx.deposits.reset();
        ctx.truth.reset(ev);
        [p.species, p.e, p.x, p.y, p.z, p.ux, p.uy, p.uz, p.t, p.generation, p.weight] = [Species.MuMinus, 160, 0, 0, -10, 0, 0, 1, 0, 0, 1];
        transportAll(ctx, p);
        dep += ctx.deposits.elementEnergy.reduce((s, v) => s + v, 0);
      }
      return { dep: dep / n };
    };
    // Speed is a benchmark's business (docs/performance.md), not this test's.
    const { dep } = run(2000, 2);
    expect(dep).toBeGreaterThan(5);
  });
});

/** A per-node table of the radiative tables interpolated at E (as the stepping does). */
function interpolate(a: Float64Array, offset: number, E: number): number {
  return atNode(a, offset, energyNode(E));
}
