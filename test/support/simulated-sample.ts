/**
 * Test support (tests and validation only): simulates events in-process and decodes them into
 * raw batches, and turns the run's TRUE calibration into a reconstruction calibration entry.
 * Never used by the reconstruction at run time.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { RawStreamReader, cloneBatch } from '../../src/daq/index.js';
import type { RawEventBatch } from '../../src/daq/index.js';
import { parseSetup } from '../../src/setup/index.js';
import type { Setup } from '../../src/setup/index.js';
import { SimulationRun, buildGeometry } from '../../src/sim/index.js';
import type { ProcessName, SimGeometry } from '../../src/sim/index.js';
import { TRUTH_COLUMNS } from '../../src/sim/index.js';
import { RECO_CALIBRATION_FORMAT, geometryChannelMap } from '../../src/reco/index.js';
import type { RecoCalibration } from '../../src/reco/index.js';

/** A simulated sample: setup, geometry, raw batches, truth columns by name, the run (true calibration). */
export interface SimulatedSample {
  setup: Setup;
  geometry: SimGeometry;
  batches: RawEventBatch[];
  truth: Record<string, Float64Array>;
  run: SimulationRun;
  rawBytes: Uint8Array;
}

/** Loads a bundled setup (configs/<name>.yaml) without its `extends`. */
export function bundledSetup(name: string): Setup {
  const path = new URL(`../../configs/${name}.yaml`, import.meta.url);
  return parseSetup(readFileSync(path, 'utf8'), `configs/${name}.yaml`);
}

/** Simulates `events` events of a process with a seed, in one chunk, and decodes them. */
export function simulateSample(setupName: string, events: number, seed = 1, process: ProcessName = 'beam', setupOverride?: Setup): SimulatedSample {
  const setup = setupOverride ?? bundledSetup(setupName);
  const setupHash = new Uint8Array(createHash('sha256').update(setupName).digest());
  const run = new SimulationRun({ setup, fileName: `configs/${setupName}.yaml`, process, seed, runNumber: 7, setupHash });
  const header = run.fileHeader();
  const chunk = run.simulateChunk(0, events);
  const rawBytes = new Uint8Array(header.length + chunk.raw.length);
  rawBytes.set(header, 0);
  rawBytes.set(chunk.raw, header.length);
  const batches: RawEventBatch[] = [];
  const reader = new RawStreamReader((b) => batches.push(cloneBatch(b)), { batchSize: 256 });
  reader.push(rawBytes);
  reader.end();
  const truth: Record<string, Float64Array> = {};
  TRUTH_COLUMNS.forEach((c, i) => (truth[c] = chunk.truth[i]));
  return { setup, geometry: buildGeometry(setup), batches, truth, run, rawBytes };
}

/** The run's true constants as a calibration entry (tests and validation only). */
export function trueRecoCalibration(sample: SimulatedSample): RecoCalibration {
  const c = sample.run.calibration;
  return {
    format: RECO_CALIBRATION_FORMAT,
    setup: sample.setup.name,
    firstRun: 0,
    lastRun: 4294967295,
    source: 'true calibration of a simulated run (tests only)',
    channels: geometryChannelMap(sample.geometry),
    adc: c.adc,
    ledCorrection: new Array<number>(c.adc.gain.length).fill(1),
    straws: c.straws,
    strips: c.strips,
  };
}
