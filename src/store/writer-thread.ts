/**
 * Starting the encoding thread of a ParquetTableWriter. The sources run as TypeScript through
 * tsx (bin/emiss.js, vitest) or, compiled, as .js; the thread is started the same way as this
 * module was: a small CommonJS bootstrap registers tsx when needed, then imports
 * parquet-writer-worker. A failure to start is reported like any other failure of the thread.
 */
import type { Worker } from 'node:worker_threads';
import type { WriterWorkerData } from './parquet-writer-protocol.js';
import { siblingModule, startTsWorker } from './ts-worker.js';

/** Starts the thread with `data` (its `port` is transferred to it). */
export function startWriterThread(data: Omit<WriterWorkerData, 'entry' | 'tsxApi'>): Worker {
  return startTsWorker(siblingModule(import.meta.url, 'parquet-writer-worker'), data as unknown as Record<string, unknown>, [data.port]);
}
