/**
 * Thread scaling of the reconstruction alone (docs/performance.md, "Reconstruction"): N worker
 * threads each reconstruct the same decoded events (the first 100 MB of a raw file, nominal
 * calibration of its setup) twice after a warm-up; prints the total and per-thread rates.
 * Usage: node bin/run-ts.js scripts/reco-thread-scaling.ts <file.emraw> <threads>
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { RawStreamReader, cloneBatch, decodeFileHeader } from '../src/daq/index.js';
import type { RawEventBatch } from '../src/daq/index.js';
import { EventReconstructor, createDstBatch, nominalCalibration } from '../src/reco/index.js';
import { parseSetup } from '../src/setup/index.js';
import { buildGeometry } from '../src/sim/index.js';
import { startTsWorker } from '../src/store/index.js';

const [file, threadsArg] = isMainThread ? process.argv.slice(2) : (workerData as { args: string[] }).args;
const bytes = readFileSync(file).subarray(0, 100e6);
const head = decodeFileHeader(bytes, file);
if (head.kind !== 'header') throw new Error(`${file}: not a raw file`);
const setup = parseSetup(readFileSync(`configs/${head.header.setupName}.yaml`, 'utf8'));
const g = buildGeometry(setup);
const rec = new EventReconstructor(g, setup, nominalCalibration(g, setup.name));
const batches: RawEventBatch[] = [];
const reader = new RawStreamReader((b) => batches.push(cloneBatch(b)));
reader.push(bytes);
reader.end();
const dst = createDstBatch(1024);
const pass = (): number => {
  let n = 0;
  for (const b of batches) {
    rec.reconstructBatch(b, dst);
    n += b.n;
  }
  return n;
};
pass();
if (isMainThread) {
  const n = Number(threadsArg ?? 1);
  const rates = await Promise.all(
    Array.from({ length: n }, () => new Promise<number>((res) => {
      const w = startTsWorker(new URL(import.meta.url), { args: [file, threadsArg] });
      w.on('message', (m: { go?: number; rate?: number }) => {
        if (m.go) w.postMessage('go');
        else {
          res(m.rate ?? 0);
          void w.terminate();
        }
      });
    })),
  );
  console.log(`threads ${n}: ${rates.reduce((a, b) => a + b, 0).toFixed(0)} events/s in total (${rates.map((r) => r.toFixed(0)).join(', ')})`);
} else {
  const port = parentPort;
  if (!port) throw new Error('no parent port');
  port.postMessage({ go: 1 });
  port.once('message', () => {
    const t = performance.now();
    const n = pass() + pass();
    port.postMessage({ rate: (n / (performance.now() - t)) * 1000 });
  });
}
