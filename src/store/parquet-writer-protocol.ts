/**
 * The messages between a {@link ParquetTableWriter} and its encoding thread
 * (parquet-writer-worker.ts). Slabs travel on a dedicated MessagePort that the thread reads
 * synchronously (receiveMessageOnPort) from inside DuckDB's scan callback; a shared counter
 * wakes it (Atomics.wait) when the port was empty. Replies travel on the worker's parentPort.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ParquetColumn } from './parquet-column.js';
import type { SlabColumn } from './row-slab.js';

/** What the writer gives the thread at start. */
export interface WriterWorkerData {
  /** Module the bootstrap imports (this folder's parquet-writer-worker, .ts or .js). */
  entry: string;
  /** tsx's register() API, when the sources run as TypeScript; undefined for compiled .js. */
  tsxApi: string | undefined;
  /** Port the slabs arrive on. */
  port: MessagePort;
  /**
   * Int32Array[2] over it: [0] the number of messages posted on `port` so far; [1] 1 once
   * the COPY has ended (completed or failed) and DuckDB is closed.
   */
  signal: SharedArrayBuffer;
  /** File the COPY writes (the final path + `.partial`). */
  partialPath: string;
  columns: ParquetColumn[];
  compression: string;
  rowGroupSize: number;
}

/** Writer → thread. */
export type ToWriterWorker =
  | { type: 'slab'; columns: SlabColumn[]; rows: number }
  | { type: 'end' }
  | { type: 'abort' };

/** Thread → writer. */
export type FromWriterWorker =
  | { type: 'ready' }
  | { type: 'consumed'; slabs: number }
  | { type: 'done'; rows: number }
  | { type: 'aborted' }
  | { type: 'failed'; message: string };
