import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { material } from '../physics/index.js';
import { parseSetup } from '../setup/index.js';
import { bremsYield, trackLengthSpectrum } from '../sensitivity/index.js';
import { TRUTH_COLUMNS } from './event-truth.js';
import { SimulationRun } from './simulation-run.js';
import type { ProcessName } from './processes.js';

// Issue 3: "The A′ yield per EOT from the simulation agrees with the physics core's semi-analytic
// yield (with the simulated track-length tally) within 10% from 1 MeV to 1 GeV."
const FILE = 'configs/na64e-2016-2018.yaml';
const text = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8');
const setup = parseSetup(text, FILE);
setup.beam = { ...setup.beam, contamination: [], lowEnergyTailFraction: 0, particlesPerSpill: 1e-9 };
const hash = new Uint8Array(createHash('sha256').update(text).digest());
const run = (process: ProcessName, massGeV?: number): SimulationRun => new SimulationRun({ setup, fileName: FILE, process, massGeV, seed: 3, runNumber: 1, setupHash: hash });
const col = (name: string): number => TRUTH_COLUMNS.indexOf(name as (typeof TRUTH_COLUMNS)[number]);
const E_CUT = 50; // the signal box: E_X > E0 − E_ECAL,max

describe('A′ yield of the simulation vs the semi-analytic yield with the simulated track lengths (NA64 ECAL, 100 GeV e−, ETL)', () => {
  const beam = run('beam').simulateChunk(0, 6000);
  const info = run('beam').info;
  const spectrum = trackLengthSpectrum({
    edgesGeV: Float64Array.from(info.tallyEdgesGeV),
    electronCm: beam.tally.electron.map((v) => v / 6000),
    positronCm: beam.tally.positron.map((v) => v / 6000),
    photonCm: beam.tally.photon.map((v) => v / 6000),
    origin: 'simulation (test)',
  });
  for (const m of [0.001, 0.01, 0.1, 1]) {
    it(`m = ${m} GeV: within 10% (and 3 standard errors of the simulated yield)`, () => {
      const n = 6000;
      const r = run('signal', m).simulateChunk(0, n);
      const w = r.truth[col('weight')];
      const made = r.truth[col('xProduced')];
      const eX = r.truth[col('xEnergyGeV')];
      let y = 0;
      let y2 = 0;
      for (let i = 0; i < n; i++) {
        if (made[i] === 1 && eX[i] > E_CUT) {
          y += w[i];
          y2 += w[i] * w[i];
        }
      }
      const sim = y / n;
      const err = Math.sqrt(y2) / n;
      const semi = bremsYield({ spectrum, material: material('NA64-ECAL'), massGeV: m, minEnergyGeV: E_CUT, method: 'etl' }).perParticle;
      expect(Math.abs(sim / semi - 1)).toBeLessThan(0.1);
      expect(Math.abs(sim - semi)).toBeLessThan(3 * err + 0.02 * semi);
    });
  }
});
