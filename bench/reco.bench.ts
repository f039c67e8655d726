/**
 * Benchmarks of the reconstruction (issue 4): bare decode of a simulated NA64e run and the full
 * reconstruction (waveform fits, calorimeters, ECAL shape, tracking) of the same bytes, one thread.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { RawStreamReader } from '../src/daq/index.js';
import { EventReconstructor, createDstBatch, nominalCalibration } from '../src/reco/index.js';
import { parseSetup } from '../src/setup/index.js';
import { SimulationRun, buildGeometry } from '../src/sim/index.js';
import { bench } from './harness.js';
import type { BenchResult } from './harness.js';

/** 3000 simulated 100 GeV beam events of NA64e 2021–2023 (127 SADC channels, ~10 straw and ~60 strip hits each). */
export function recoBenchmarks(): BenchResult[] {
  const name = 'na64e-2021-2023';
  const setup = parseSetup(readFileSync(new URL(`../configs/${name}.yaml`, import.meta.url), 'utf8'), `configs/${name}.yaml`);
  const n = 3000;
  const run = new SimulationRun({ setup, fileName: name, process: 'beam', seed: 3, runNumber: 1, setupHash: new Uint8Array(createHash('sha256').update(name).digest()) });
  const header = run.fileHeader();
  const chunk = run.simulateChunk(0, n);
  const file = new Uint8Array(header.length + chunk.raw.length);
  file.set(header);
  file.set(chunk.raw, header.length);
  const g = buildGeometry(setup);
  const rec = new EventReconstructor(g, setup, nominalCalibration(g, name));
  const recNoTracks = new EventReconstructor(g, setup, nominalCalibration(g, name), { tracking: null });
  const dst = createDstBatch(1024);
  const step = 1 << 20;
  const note = (ms: number): string => `${(file.length / 1e6 / (ms / 1000)).toFixed(0)} MB/s, ${(n / (ms / 1000) / 1e3).toFixed(1)} k events/s`;
  const pass = (r: EventReconstructor | null) => (): void => {
    let k = 0;
    const reader = new RawStreamReader((b) => {
      if (r) r.reconstructBatch(b, dst);
      k += b.n;
    });
    for (let at = 0; at < file.length; at += step) reader.push(file.subarray(at, at + step));
    reader.end();
    if (k !== n) throw new Error(`read ${k} of ${n} events`);
  };
  const out: BenchResult[] = [];
  out.push(bench(`decode ${n} NA64e events (${(file.length / 1e6).toFixed(1)} MB)`, pass(null), { runs: 5, note }));
  // The 20 000 events/s per core: budget n/20 000 s.
  out.push(bench(`decode + full reconstruction (incl. tracking) of the same ${n} events`, pass(rec), { runs: 5, budgetMs: (n / 20000) * 1000, note }));
  out.push(bench(`decode + reconstruction without tracking`, pass(recNoTracks), { runs: 5, note }));
  return out;
}
