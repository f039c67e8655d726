/**
 * Worker thread of the monitor's live simulation: builds the run, posts the raw file header,
 * then simulates the chunks it is asked for and posts their encoded raw records (transferred).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SimulationRun } from '../../sim/index.js';
import type { SimulationConfig } from '../../sim/index.js';

const port = parentPort;
if (!port) throw new Error('sim-source-worker must run in a worker thread');
let run: SimulationRun;
try {
  run = new SimulationRun((workerData as { config: SimulationConfig }).config);
  port.postMessage({ type: 'ready', header: run.fileHeader() });
} catch (e) {
  port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  throw e;
}
port.on('message', (m: { type: string; first: number; count: number }) => {
  if (m.type !== 'chunk') return;
  try {
    const raw = run.simulateChunk(m.first, m.count).raw;
    port.postMessage({ type: 'result', raw, count: m.count }, [raw.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
