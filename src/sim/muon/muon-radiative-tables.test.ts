import { describe, expect, it } from 'vitest';
import { MUON_MASS, RandomStream } from '../../core/index.js';
import { material } from '../../physics/index.js';
import { atomicElectronBremsstrahlung, betheMean } from './bethe-bloch.js';
import { ionizationMaterial } from './ionization-material.js';
import { MuonProcess, buildMuonRadiativeTables, muonB, muonDsigmaDv, sampleMuonV } from './muon-radiative-tables.js';

// Ionization constants with the PDG mean excitation energies (Fe 286 eV, Cu 322 eV, Pb 823 eV).
const cases = [
  { name: 'Fe', im: ionizationMaterial(7.874, 26 / 55.845, 286e-9, 1.757), ecPdg: 347, tol: 0.04 },
  { name: 'Cu', im: ionizationMaterial(8.96, 29 / 63.546, 322e-9, 1.436), ecPdg: 315, tol: 0.05 },
  { name: 'Pb', im: ionizationMaterial(11.35, 82 / 207.2, 823e-9, 0.5612), ecPdg: 141, tol: 0.1 },
];

/** a(E) [GeV cm²/g]: Bethe with the spin term and the atomic-electron bremsstrahlung (the PDG "ionization" column). */
const a = (im: (typeof cases)[number]['im'], E: number) => betheMean(im, MUON_MASS, E, true) + atomicElectronBremsstrahlung(im, MUON_MASS, E);

describe('buildMuonRadiativeTables() and muonB()', () => {
  it('gives b(E) that, with a(E), crosses a = bE at the PDG muon critical energies: Fe 347, Cu 315, Pb 141 GeV', () => {
    for (const c of cases) {
      const t = buildMuonRadiativeTables(material(c.name), 0.01);
      const b = (E: number) => muonB(t, MuonProcess.Bremsstrahlung, E) + muonB(t, MuonProcess.PairProduction, E) + muonB(t, MuonProcess.Photonuclear, E);
      let lo = 20;
      let hi = 5000;
      for (let i = 0; i < 60; i++) {
        const mid = Math.sqrt(lo * hi);
        if (b(mid) * mid < a(c.im, mid)) lo = mid;
        else hi = mid;
      }
      expect(Math.abs(lo / c.ecPdg - 1)).toBeLessThan(c.tol);
    }
  });

  it('gives the total mean loss of a 100 GeV muon in iron, 2.78 MeV cm²/g (the PDG table value), 21% of it radiative (b = 5.8×10⁻⁶ g⁻¹cm²)', () => {
    const t = buildMuonRadiativeTables(material('Fe'), 0.01);
    const fe = cases[0].im;
    const b = [0, 1, 2].map((p) => muonB(t, p, 100));
    const total = a(fe, 100) + (b[0] + b[1] + b[2]) * 100;
    expect(Math.abs(total * 1e3 / 2.78 - 1)).toBeLessThan(0.03);
    expect(((b[0] + b[1] + b[2]) * 100) / total).toBeCloseTo(0.21, 1);
    // Pair production is the largest radiative loss; photonuclear is a few 10⁻⁷ and nearly flat.
    expect(b[1]).toBeGreaterThan(b[0]);
    expect(b[2] * 1e6).toBeGreaterThan(0.3);
    expect(b[2] * 1e6).toBeLessThan(0.5);
  });

  it('draws v above v_cut from dσ/dv (bremsstrahlung and pair spectra in iron at 160 GeV, binned in ln v)', () => {
    const t = buildMuonRadiativeTables(material('Fe'), 0.01);
    const rng = new RandomStream(41, 0);
    for (const proc of [MuonProcess.Bremsstrahlung, MuonProcess.PairProduction, MuonProcess.Photonuclear]) {
      const nBins = 8;
      const edges = Array.from({ length: nBins + 1 }, (_, k) => 0.01 * 95 ** (k / nBins));
      const expected = edges.slice(0, -1).map((lo, k) => {
        let s = 0;
        const hi = edges[k + 1];
        for (let i = 0; i < 200; i++) {
          const v = lo * (hi / lo) ** ((i + 0.5) / 200);
          s += v * muonDsigmaDv(proc, 160, v, 26, 55.845) * (Math.log(hi / lo) / 200);
        }
        return s;
      });
      const norm = expected.reduce((x, y) => x + y, 0);
      const counts = new Array<number>(nBins).fill(0);
      const n = 40_000;
      for (let i = 0; i < n; i++) {
        const v = sampleMuonV(t, proc, 0, 160, rng);
        const k = Math.floor((Math.log(v / 0.01) / Math.log(95)) * nBins);
        if (k >= 0 && k < nBins) counts[k]++;
      }
      for (let k = 0; k < nBins; k++) {
        const e = (n * expected[k]) / norm;
        expect(Math.abs(counts[k] - e)).toBeLessThan(4 * Math.sqrt(e) + 2);
      }
    }
  });
});
