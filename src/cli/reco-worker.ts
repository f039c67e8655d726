/**
 * A reconstruction worker thread: builds one EventReconstructor per input configuration (setup
 * and calibration) on first use, reconstructs the batches it is sent and posts back the DST
 * columns (buffers transferred, no copy).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawEventBatch } from '../daq/index.js';
import { DST_COLUMNS, EventReconstructor, createDstBatch } from '../reco/index.js';
import type { RecoCalibration } from '../reco/index.js';
import type { Setup } from '../setup/index.js';
import { buildGeometry } from '../sim/index.js';

const port = parentPort;
if (!port) throw new Error('reco-worker must run in a worker thread');
const configs = (workerData as { configs: { setup: Setup; calibration: RecoCalibration }[] }).configs;
// Every reconstructor is built before 'ready' (the lateral-shape table and the tracking layout take ~0.2 s).
const reconstructors = new Map<number, EventReconstructor>();
try {
  configs.forEach((c, i) => reconstructors.set(i, new EventReconstructor(buildGeometry(c.setup), c.setup, c.calibration)));
  port.postMessage({ type: 'ready' });
} catch (e) {
  port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
}
port.on('message', (m: { type: string; seq: number; config: number; batch: RawEventBatch }) => {
  if (m.type !== 'batch') return;
  try {
    const rec = reconstructors.get(m.config) as EventReconstructor;
    const dst = createDstBatch(m.batch.n);
    rec.reconstructBatch(m.batch, dst);
    const columns = DST_COLUMNS.map((c) => dst.columns[c]);
    port.postMessage({ type: 'result', seq: m.seq, n: dst.n, columns }, columns.map((c) => c.buffer as ArrayBuffer));
  } catch (e) {
    port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
