/**
 * Worker thread of the monitor's online reconstruction: src/reco's EventReconstructor with the
 * nominal calibration of the setup (waveform fit, calorimeter sums, ECAL shower, tracking);
 * receives raw batches (transferred), posts back the DST columns the dashboard draws.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawEventBatch } from '../../daq/index.js';
import { EventReconstructor, createDstBatch, ensureDstCapacity, nominalCalibration } from '../../reco/index.js';
import type { Setup } from '../../setup/index.js';
import { buildGeometry } from '../../sim/sim-geometry.js';
import { RECO_MONITOR_COLUMNS } from './reco-columns.js';

const port = parentPort;
if (!port) throw new Error('reco-worker must run in a worker thread');
const { setup, fileName } = workerData as { setup: Setup; fileName: string };
let rec: EventReconstructor;
try {
  const g = buildGeometry(setup, fileName);
  rec = new EventReconstructor(g, setup, nominalCalibration(g, setup.name));
  port.postMessage({ type: 'ready' });
} catch (e) {
  port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  throw e;
}
let dst = createDstBatch(256);
port.on('message', (m: { type: string; batch: RawEventBatch }) => {
  if (m.type !== 'batch') return;
  try {
    dst = ensureDstCapacity(dst, m.batch.n);
    rec.reconstructBatch(m.batch, dst);
    const cols = RECO_MONITOR_COLUMNS.map((c) => dst.columns[c].slice(0, m.batch.n));
    port.postMessage({ type: 'result', n: m.batch.n, cols }, cols.map((c) => c.buffer as ArrayBuffer));
  } catch (e) {
    port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
