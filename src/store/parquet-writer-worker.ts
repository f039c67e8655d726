/**
 * The encoding thread of a ParquetTableWriter (a worker_thread; this module runs on import).
 *
 * One DuckDB `COPY (SELECT * FROM emiss_rows()) TO '<path>.partial' (FORMAT parquet)` runs
 * for the whole life of the writer. `emiss_rows` (rows-source.ts) is a table function whose
 * scan callback DuckDB calls on this thread for every chunk; it takes the rows from the slabs
 * the writer posts and sleeps in Atomics.wait while none is there. So the rows stream straight
 * into the Parquet encoder: one pass, no temporary table or files, memory bounded by the
 * slabs in flight plus one row group, and the encoding overlaps the caller's work.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { DuckDBInstance } from '@duckdb/node-api';
import type { FromWriterWorker, ToWriterWorker, WriterWorkerData } from './parquet-writer-protocol.js';
import { copyToParquetSql, DETERMINISTIC_DUCKDB, RowsSource } from './rows-source.js';
import type { NextSlab } from './rows-source.js';

const data = workerData as WriterWorkerData;
const signal = new Int32Array(data.signal);
const reply = (m: FromWriterWorker): void => parentPort?.postMessage(m);

/** Next message from the writer, sleeping until one is posted. */
function nextMessage(): ToWriterWorker {
  for (;;) {
    // Load the counter before looking at the port: the writer posts first and counts after,
    // so a message posted after this look changes the counter and the wait returns at once.
    const seen = Atomics.load(signal, 0);
    const got = receiveMessageOnPort(data.port);
    if (got) return got.message as ToWriterWorker;
    Atomics.wait(signal, 0, seen);
  }
}

const next: NextSlab = () => {
  const m = nextMessage();
  return m.type === 'slab' ? m : m.type;
};
const source = new RowsSource(data.columns, next, (slabs) => reply({ type: 'consumed', slabs }));

const db = await DuckDBInstance.create(':memory:', DETERMINISTIC_DUCKDB);
const connection = await db.connect();
connection.registerTableFunction(source.tableFunction('emiss_rows'));
reply({ type: 'ready' });
try {
  await connection.run(copyToParquetSql('emiss_rows', data.partialPath, data));
  stop();
  reply({ type: 'done', rows: source.rows });
} catch (e) {
  stop();
  reply(source.aborted ? { type: 'aborted' } : { type: 'failed', message: e instanceof Error ? e.message : String(e) });
}

/** Closes DuckDB and tells a writer waiting synchronously (at process exit) that it may go on. */
function stop(): void {
  connection.closeSync();
  db.closeSync();
  Atomics.store(signal, 1, 1);
  Atomics.notify(signal, 1);
}
