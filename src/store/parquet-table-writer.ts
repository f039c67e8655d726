/**
 * Streaming writer of one Parquet table (the simulation's truth table, the DST): batches of
 * column arrays in, one Parquet file out, written by DuckDB.
 *
 * How: the rows are checked and staged in slabs of 16 384 rows, which go (transferred, not
 * copied) to a worker thread where a single DuckDB COPY encodes them as they come (see
 * parquet-writer-worker.ts). Memory stays flat whatever the row count: at most ~32 MB of
 * slabs in flight plus one row group inside DuckDB; the caller waits when the encoder lags.
 *
 * Atomic: DuckDB writes `<path>.partial`; close() syncs it and renames it to `<path>`, so a
 * file at `<path>` is always complete, and an interrupted run leaves only a `.partial`.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { EmissError } from '../core/index.js';
import { commitPartial, createPartial, partialPath } from './partial-file.js';
import { checkColumns } from './parquet-column.js';
import type { ParquetBatch, ParquetColumn } from './parquet-column.js';
import { CHUNK_ROWS } from './rows-source.js';
import type { FromWriterWorker, ToWriterWorker } from './parquet-writer-protocol.js';
import { startWriterThread } from './writer-thread.js';
import { allocateSlab, fillSlab } from './row-slab.js';
import { resolveWriterOptions } from './writer-options.js';
import type { ParquetTableWriterOptions } from './writer-options.js';
import type { SlabColumn } from './row-slab.js';

/** What {@link ParquetTableWriter.close} returns. */
export interface ParquetTableResult {
  /** Rows written. */
  rows: number;
  /** Absolute path of the file. */
  path: string;
}

/** Rows per slab: 8 DuckDB chunks. */
const SLAB_ROWS = 8 * CHUNK_ROWS;
/** Budget for slabs posted but not yet encoded [bytes]. */
const IN_FLIGHT_BYTES = 32 * 2 ** 20;
const BYTES_PER_VALUE = { DOUBLE: 8, BIGINT: 8, INTEGER: 4, SMALLINT: 2, UTINYINT: 1, VARCHAR: 32 } as const;

type State = 'open' | 'closed' | 'aborted' | 'failed';

/**
 * Writes a Parquet table batch by batch. Await each call before the next.
 *
 * @example
 * const w = await ParquetTableWriter.create('truth.parquet', [{ name: 'event', type: 'BIGINT' }, { name: 'eEcal', type: 'DOUBLE' }]);
 * await w.appendBatch({ event: new Float64Array([0, 1]), eEcal: new Float64Array([99.2, 3.1]) }, 2);
 * await w.close(); // → { rows: 2, path: '/abs/truth.parquet' }
 */
export class ParquetTableWriter {
  /** Absolute path of the final file. */
  readonly path: string;
  /** The table's columns, in order. */
  readonly columns: readonly ParquetColumn[];
  private readonly partialPath: string;
  private readonly allowNonFinite: boolean;
  private readonly worker: Worker;
  private readonly port: MessageChannel['port1'];
  private readonly signal: Int32Array;
  private readonly names: Set<string>;
  private readonly maxInFlight: number;
  private state: State = 'open';
  private busy = false;
  private slab: SlabColumn[];
  private slabFill = 0;
  private accepted = 0;
  private posted = 0;
  private consumed = 0;
  private ready = false;
  private doneRows: number | undefined;
  private stopped = false;
  private failure: EmissError | undefined;
  private readonly waiters = new Set<() => void>();
  /** Calls waiting on the thread; while there are any, it keeps the process alive. */
  private holds = 0;

  private constructor(path: string, columns: readonly ParquetColumn[], options: Required<ParquetTableWriterOptions>) {
    this.path = path;
    this.columns = columns.map((c) => ({ name: c.name, type: c.type }));
    this.partialPath = partialPath(path);
    this.allowNonFinite = options.allowNonFinite;
    this.names = new Set(columns.map((c) => c.name));
    const rowBytes = columns.reduce((s, c) => s + BYTES_PER_VALUE[c.type], 0);
    this.maxInFlight = Math.max(2, Math.floor(IN_FLIGHT_BYTES / (SLAB_ROWS * rowBytes)));
    this.slab = allocateSlab(this.columns, SLAB_ROWS);

    const channel = new MessageChannel();
    this.port = channel.port1;
    const sab = new SharedArrayBuffer(8);
    this.signal = new Int32Array(sab);
    this.worker = startWriterThread({
      port: channel.port2,
      signal: sab,
      partialPath: this.partialPath,
      columns: this.columns.slice(),
      compression: options.compression,
      rowGroupSize: options.rowGroupSize,
    });
    this.worker.unref();
    this.worker.on('message', (m: FromWriterWorker) => this.onMessage(m));
    this.worker.on('error', (e) => this.fail(e.message));
    ParquetTableWriter.watchExit(this);
    this.worker.on('exit', () => {
      this.stopped = true;
      if (this.doneRows === undefined) this.fail('the encoding thread stopped');
    });
  }

  /**
   * Opens a table for writing at `path` (created or replaced on close; its directory must
   * exist). Throws `BAD_OPTION` for a bad column list or option and `BAD_FILE` when
   * `<path>.partial` cannot be created.
   */
  static async create(path: string, columns: readonly ParquetColumn[], options: ParquetTableWriterOptions = {}): Promise<ParquetTableWriter> {
    const abs = resolve(path);
    checkColumns(columns, abs);
    const opts = resolveWriterOptions(options, abs);
    createPartial(abs); // fails early on a missing directory or no permission
    const writer = new ParquetTableWriter(abs, columns, opts);
    try {
      await writer.waitFor(() => writer.ready);
    } catch (e) {
      await writer.abort();
      throw e;
    }
    return writer;
  }

  /** Rows accepted so far. */
  get rows(): number {
    return this.accepted;
  }

  /**
   * Appends rows `[0, n)` of every column of `batch` (keys: the column names; DOUBLE and
   * integer columns: numbers in any array, VARCHAR: strings). A batch is taken whole or not at
   * all: on a bad value (`NUMERICAL` for NaN/±Infinity, `BAD_OPTION` otherwise, naming the
   * column and the table row) nothing of it is written and the writer stays usable. Resolves
   * once the rows are handed over; waits while the encoder is more than ~32 MB behind.
   */
  async appendBatch(batch: ParquetBatch, n: number): Promise<void> {
    this.enter('appendBatch');
    try {
      if (!Number.isInteger(n) || n < 0) throw new EmissError('BAD_OPTION', `${this.path}: appendBatch`, `row count ${n}`, 'an integer ≥ 0');
      for (const key of Object.keys(batch)) {
        if (!this.names.has(key)) throw new EmissError('BAD_OPTION', `${this.path}, column '${key}'`, 'is not a column of the table', [...this.names].join(', '));
      }
      // Fill slabs; post the full ones only when the whole batch has passed the checks.
      const fillBefore = this.slabFill;
      const full: SlabColumn[][] = [];
      let slab = this.slab;
      let fill = this.slabFill;
      for (let off = 0; off < n; ) {
        const count = Math.min(n - off, SLAB_ROWS - fill);
        try {
          fillSlab(this.columns, slab, batch, { where: this.path, allowNonFinite: this.allowNonFinite, firstRow: this.accepted + off, batchOffset: off, slabOffset: fill, count });
        } catch (e) {
          this.slabFill = fillBefore;
          throw e;
        }
        off += count;
        fill += count;
        if (fill === SLAB_ROWS) {
          full.push(slab);
          slab = allocateSlab(this.columns, SLAB_ROWS);
          fill = 0;
        }
      }
      this.slab = slab;
      this.slabFill = fill;
      this.accepted += n;
      for (const s of full) await this.post(s, SLAB_ROWS);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Writes the remaining rows, completes the file and renames `<path>.partial` to `<path>`.
   * Resolves to the row count and the path. On a failure the partial file is removed and
   * the error (`BAD_FILE`) names the path.
   */
  async close(): Promise<ParquetTableResult> {
    this.enter('close');
    try {
      if (this.slabFill > 0) await this.post(this.slab, this.slabFill);
      this.slabFill = 0;
      this.send({ type: 'end' });
      await this.waitFor(() => this.doneRows !== undefined);
      if (this.doneRows !== this.accepted) this.fail(`the encoder wrote ${this.doneRows} rows of ${this.accepted}`);
      if (this.failure) throw this.failure;
      await this.worker.terminate();
      commitPartial(this.path);
      this.state = 'closed';
      ParquetTableWriter.open.delete(this);
      return { rows: this.accepted, path: this.path };
    } catch (e) {
      await this.abort();
      this.state = 'failed';
      throw e;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Stops writing and removes `<path>.partial`; `<path>` is left as it was (absent, or the
   * previous file). Does nothing after close() (successful or failed) or a previous abort().
   */
  async abort(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'aborted';
    if (!this.stopped && this.doneRows === undefined) {
      this.send({ type: 'abort' });
      // The thread answers within one chunk (at once when it is waiting for rows); past the
      // deadline it is stopped anyway.
      await this.settle(() => this.stopped || this.doneRows !== undefined || this.failure !== undefined, 10_000);
    }
    await this.worker.terminate();
    rmSync(this.partialPath, { force: true });
    ParquetTableWriter.open.delete(this);
  }

  /** Writers not yet closed or aborted, aborted synchronously if the process exits first. */
  private static readonly open = new Set<ParquetTableWriter>();

  private static exitHooked = false;

  private static watchExit(writer: ParquetTableWriter): void {
    if (!ParquetTableWriter.exitHooked) process.on('exit', ParquetTableWriter.abortAllOnExit);
    ParquetTableWriter.exitHooked = true;
    ParquetTableWriter.open.add(writer);
  }

  /**
   * At process exit (a forgotten close(), process.exit(), an uncaught exception) Node stops
   * the worker threads; stopping one while DuckDB waits in its scan callback is a fatal error
   * of the DuckDB binding (the process aborts). So each open writer asks its thread to abort
   * and waits — synchronously, as 'exit' handlers must — until DuckDB is closed (at most a few
   * seconds), then removes the partial file.
   */
  private static abortAllOnExit(this: void): void {
    for (const w of ParquetTableWriter.open) {
      if (w.doneRows === undefined && !w.stopped) {
        w.send({ type: 'abort' });
        const deadline = performance.now() + 5_000;
        while (Atomics.load(w.signal, 1) === 0 && performance.now() < deadline) Atomics.wait(w.signal, 1, 0, deadline - performance.now());
      }
      rmSync(w.partialPath, { force: true });
    }
    ParquetTableWriter.open.clear();
  }

  private enter(call: string): void {
    if (this.state !== 'open') throw new EmissError('BAD_OPTION', `${this.path}: ${call}`, `the writer is ${this.state}`);
    if (this.busy) throw new EmissError('BAD_OPTION', `${this.path}: ${call}`, 'called before the previous call resolved (await each call)');
    if (this.failure) throw this.failure;
    this.busy = true;
  }

  private async post(columns: SlabColumn[], rows: number): Promise<void> {
    await this.waitFor(() => this.posted - this.consumed < this.maxInFlight);
    const transfer = columns.flatMap((c) => (Array.isArray(c) ? [] : [c.buffer as ArrayBuffer]));
    this.send({ type: 'slab', columns, rows }, transfer);
    this.posted++;
  }

  private send(message: ToWriterWorker, transfer: ArrayBuffer[] = []): void {
    this.port.postMessage(message, transfer);
    // Count after posting: see nextMessage() in the worker.
    Atomics.add(this.signal, 0, 1);
    Atomics.notify(this.signal, 0);
  }

  /** Waits (keeping the process alive) until `done()`; rejects with the failure if writing failed. */
  private async waitFor(done: () => boolean): Promise<void> {
    this.hold();
    try {
      while (!done()) {
        if (this.failure) throw this.failure;
        if (this.stopped) throw new EmissError('BAD_FILE', this.path, 'the encoding thread stopped');
        await new Promise<void>((r) => this.waiters.add(r));
      }
    } finally {
      this.release();
    }
  }

  /** Waits until `done()` or for `timeoutMs`, whichever comes first; never rejects. */
  private async settle(done: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    this.hold();
    try {
      while (!done() && performance.now() < deadline) {
        await new Promise<void>((r) => {
          const timer = setTimeout(r, deadline - performance.now());
          this.waiters.add(() => {
            clearTimeout(timer);
            r();
          });
        });
      }
    } finally {
      this.release();
    }
  }

  private hold(): void {
    if (this.holds++ === 0) this.worker.ref();
  }

  private release(): void {
    if (--this.holds === 0) this.worker.unref();
  }

  private wakeAll(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const w of waiters) w();
  }

  private onMessage(m: FromWriterWorker): void {
    if (m.type === 'ready') this.ready = true;
    else if (m.type === 'consumed') this.consumed = m.slabs;
    else if (m.type === 'done') this.doneRows = m.rows;
    else if (m.type === 'aborted') this.stopped = true;
    else this.fail(m.message);
    this.wakeAll();
  }

  private fail(message: string): void {
    this.failure ??= new EmissError('BAD_FILE', this.path, `writing failed: ${message}`);
    this.wakeAll();
  }
}
