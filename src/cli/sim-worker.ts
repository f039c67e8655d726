/**
 * A simulation worker thread: builds the run from the configuration it is given, then
 * simulates the chunks it is sent and posts back their raw bytes, truth columns and tallies
 * (transferring the buffers, no copy).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SimulationRun } from '../sim/index.js';
import type { SimulationConfig } from '../sim/index.js';

const port = parentPort;
if (!port) throw new Error('sim-worker must run in a worker thread');
const config = (workerData as { config: SimulationConfig }).config;
let run: SimulationRun;
try {
  run = new SimulationRun(config);
  port.postMessage({ type: 'ready' });
} catch (e) {
  port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  throw e;
}
port.on('message', (m: { type: string; first: number; count: number }) => {
  if (m.type !== 'chunk') return;
  try {
    const r = run.simulateChunk(m.first, m.count);
    const transfer = [r.raw.buffer, ...r.truth.map((c) => c.buffer), r.tally.electron.buffer, r.tally.positron.buffer, r.tally.photon.buffer];
    port.postMessage({ type: 'result', result: r }, transfer as ArrayBuffer[]);
  } catch (e) {
    port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
