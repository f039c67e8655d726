/**
 * Benchmarks of the tracking (src/reco/tracking): simulated NA64e 2021–2023 beam events
 * (100 GeV e−, pile-up, noise hits: ~60 strip and ~8 straw hits per event) decoded once, then
 * reconstructed again and again (hits, tracks per arm and view, spectrometer momentum). Budget:
 * 15 µs per event (the whole reconstruction must reach 20 000 NA64e events/s/core). Also the
 * NA64μ 2022 setup (two spectrometers, large straw chambers) and the straw r(t) calibration.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { RawStreamReader, cloneBatch } from '../src/daq/index.js';
import type { RawEventBatch } from '../src/daq/index.js';
import { parseSetup } from '../src/setup/index.js';
import { SimulationRun } from '../src/sim/index.js';
import { StrawTimeSpectra, TrackReconstructor, calibrateStrawRt, createTrackSummary } from '../src/reco/tracking/index.js';
import { bench } from './harness.js';
import type { BenchResult } from './harness.js';

const EVENTS = 2000;
const BUDGET_US = 15;

function sample(file: string): { run: SimulationRun; batches: RawEventBatch[]; setup: ReturnType<typeof parseSetup> } {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const setup = parseSetup(text, file);
  const run = new SimulationRun({ setup, fileName: file, process: 'beam', seed: 1, runNumber: 1, setupHash: new Uint8Array(createHash('sha256').update(text).digest()) });
  const batches: RawEventBatch[] = [];
  const reader = new RawStreamReader((b) => batches.push(cloneBatch(b)));
  reader.push(run.fileHeader());
  reader.push(run.simulateChunk(0, EVENTS).raw);
  reader.end();
  return { run, batches, setup };
}

/** Runs the tracking benchmarks. */
export function trackingBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [];
  for (const [file, label] of [['configs/na64e-2021-2023.yaml', 'NA64e 2021–2023'], ['configs/na64mu-2022.yaml', 'NA64μ 2022']]) {
    const { run, batches, setup } = sample(file);
    const rec = new TrackReconstructor(run.geometry, setup, run.calibration);
    const out = createTrackSummary();
    const all = (): void => {
      for (const b of batches) for (let i = 0; i < b.n; i++) rec.reconstruct(b, i, out);
    };
    results.push(
      bench(`tracking, ${label}, ${EVENTS} events`, all, {
        runs: 15,
        warmup: 3,
        budgetMs: label.startsWith('NA64e') ? (BUDGET_US * EVENTS) / 1000 : undefined,
        note: (ms) => `${((ms * 1000) / EVENTS).toFixed(2)} µs/event, ${((EVENTS / ms) * 1000).toFixed(0)} events/s`,
      }),
    );
    if (label.startsWith('NA64e')) {
      const spectra = new StrawTimeSpectra(run.geometry);
      for (const b of batches) spectra.fill(b);
      results.push(bench(`straw r(t) calibration, ${label}: fill ${EVENTS} events + fit 8 planes`, () => {
        const s = new StrawTimeSpectra(run.geometry);
        for (const b of batches) s.fill(b);
        calibrateStrawRt(s);
      }, { runs: 5, warmup: 1 }));
    }
  }
  return results;
}
