/**
 * Starting the encoding thread of a ParquetTableWriter. The sources run as TypeScript through
 * tsx (bin/emiss.js, vitest) or, compiled, as .js; the thread is started the same way as this
 * module was: a small CommonJS bootstrap registers tsx when needed, then imports
 * parquet-writer-worker. A failure to start is reported like any other failure of the thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WriterWorkerData } from './parquet-writer-protocol.js';

const BOOTSTRAP = `
const { workerData, parentPort } = require('node:worker_threads');
(async () => {
  if (workerData.tsxApi) (await import(workerData.tsxApi)).register();
  await import(workerData.entry);
})().catch((e) => parentPort.postMessage({ type: 'failed', message: 'cannot start: ' + (e && e.message || e) }));
`;

/** Starts the thread with `data` (its `port` is transferred to it). */
export function startWriterThread(data: Omit<WriterWorkerData, 'entry' | 'tsxApi'>): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const workerData: WriterWorkerData = {
    ...data,
    entry: new URL(`./parquet-writer-worker.${ts ? 'ts' : 'js'}`, import.meta.url).href,
    tsxApi: ts ? tsxEsmApi() : undefined,
  };
  return new Worker(BOOTSTRAP, { eval: true, workerData, transferList: [data.port] });
}

/** URL of tsx's ESM register() API, from its package exports (its CommonJS one fails in a worker). */
function tsxEsmApi(): string {
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(pkg), exports['./esm/api'].import.default)).href;
}
