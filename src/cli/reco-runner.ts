/**
 * Runs the reconstruction (Node side; docs/reco.md): raw files streamed through the core's
 * RawStreamReader, batches reconstructed in this thread or in worker threads, DST rows written in
 * event order (whatever the thread count) through DuckDB, the truth table of simulated runs
 * joined by event number, and the calibration used for every run recorded in a sidecar JSON
 * (`<out>.calib.json`). Memory is bounded: at most 2 batches per worker in flight.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { EmissError } from '../core/index.js';
import { RawStreamReader, cloneBatch, decodeFileHeader } from '../daq/index.js';
import type { RawEventBatch, RawProblem } from '../daq/index.js';
import { DST_COLUMNS, DST_COLUMN_TYPES, EventReconstructor, createDstBatch, nominalCalibration } from '../reco/index.js';
import type { DstBatch, RecoCalibration } from '../reco/index.js';
import type { Setup } from '../setup/index.js';
import { TRUTH_COLUMNS, TRUTH_COLUMN_TYPES, buildGeometry } from '../sim/index.js';
import { ParquetTableWriter, quoteIdentifier, quoteString, siblingModule, startTsWorker, withDuckDB, writeAtomic } from '../store/index.js';
import { openCalibStore } from './calib-store.js';
import { InterruptedError } from './cli-error.js';
import { loadSetup } from '../store/load-setup.js';
import { makeDirs } from './make-dirs.js';
import { Progress } from './progress.js';

/** Options of {@link runReconstruction}. */
export interface RunRecoOptions {
  files: string[];
  calibDir: string;
  out: string;
  threads: number;
  allowDefaultCalib: boolean;
  /** Truth tables per file ('' = none); undefined: truth.parquet beside each raw file when present. */
  truth?: string[];
  /** Setup file (default: configs/<setup name>.yaml beside the calibration directory, then under the working directory). */
  setupPath?: string;
  /** Events per batch (1024). */
  batchSize?: number;
  /** With threads > 1: wait for the workers at the first batch instead of starting in this thread (tests: makes sure the workers take part). */
  preferWorkers?: boolean;
  progress: ((s: string) => void) | null;
  tty: boolean;
}

/** What a run of the reconstruction reports (`--json`). */
export interface RecoSummary {
  events: number;
  events_reconstructed: number;
  events_damaged: number;
  files: number;
  bytes: number;
  wall_seconds: number;
  events_per_second: number;
  megabytes_per_second: number;
  threads: number;
  out: string;
  calib_sidecar: string;
  truth_joined: boolean;
  default_calibration_runs: number[];
  /** Batches reconstructed by worker threads (the rest by the main thread). */
  batches_by_workers: number;
  problems: { file: string; offset: number; event: number; reason: string }[];
}

/** Per input file: what it needs. */
interface FileJob {
  path: string;
  run: number;
  setupName: string;
  config: number;
  truth: string;
}

interface RecoConfig {
  setup: Setup;
  setupPath: string;
  calibration: RecoCalibration;
  calibPath: string;
  isDefault: boolean;
}

/** Reads the file header of a raw file (BAD_FILE naming it when it is not one). */
function readHeader(path: string): { run: number; setupName: string; setupHash: Uint8Array } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new EmissError('BAD_FILE', path, code === 'ENOENT' ? 'no such raw file' : `cannot be read (${code ?? String(e)})`);
  }
  try {
    const buf = new Uint8Array(1 << 17);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const d = decodeFileHeader(buf.subarray(0, n), path);
    if (d.kind !== 'header') throw new EmissError('BAD_FILE', path, d.kind === 'incomplete' ? 'ends inside its file header' : `damaged file header (${d.reason})`, 'a raw file written by emiss sim or the DAQ');
    return { run: d.header.run, setupName: d.header.setupName, setupHash: d.header.setupHash };
  } finally {
    closeSync(fd);
  }
}

/** The setup file for a setup name. */
function findSetup(name: string, calibDir: string, explicit: string | undefined, rawPath: string): string {
  if (explicit) return explicit;
  const candidates = [join(calibDir, '..', 'configs', `${name}.yaml`), join('configs', `${name}.yaml`)];
  const hit = candidates.find((p) => existsSync(p));
  if (!hit) throw new EmissError('BAD_FILE', rawPath, `setup '${name}' of the file header not found (looked for ${candidates.join(', ')})`, '--setup <file.yaml>');
  return hit;
}

/** Runs the reconstruction; resolves to its summary or rejects (partial outputs removed). */
export async function runReconstruction(o: RunRecoOptions): Promise<RecoSummary> {
  const t0 = performance.now();
  if (o.files.length === 0) throw new EmissError('BAD_OPTION', 'reco', 'needs at least one raw file', 'emiss reco <files.emraw…> --calib calib/ --out dst.parquet');
  const store = await openCalibStore(o.calibDir);
  // Every input error before any event is read.
  const configs: RecoConfig[] = [];
  const configKey = new Map<string, number>();
  const jobs: FileJob[] = [];
  const setups = new Map<string, { setup: Setup; text: string }>();
  const warnings: string[] = [];
  for (const [k, path] of o.files.entries()) {
    const h = readHeader(path);
    const setupPath = findSetup(h.setupName, o.calibDir, o.setupPath, path);
    let s = setups.get(setupPath);
    if (!s) {
      s = { setup: loadSetup(setupPath), text: readFileSync(setupPath, 'utf8') };
      setups.set(setupPath, s);
    }
    const hash = createHash('sha256').update(s.text).digest();
    if (!Buffer.from(h.setupHash).equals(hash)) warnings.push(`${path}: the setup file ${setupPath} differs from the one the file was written with (SHA-256 mismatch); its geometry is used`);
    const geometry = buildGeometry(s.setup, setupPath);
    const entry = await store.find(h.setupName, h.run);
    const key = `${setupPath}\u0000${entry?.path ?? 'default'}`;
    let config = configKey.get(key);
    if (config === undefined) {
      let calibration: RecoCalibration;
      if (entry) calibration = store.load(entry, geometry);
      else if (o.allowDefaultCalib) calibration = nominalCalibration(geometry, h.setupName, h.run, h.run);
      else {
        throw new EmissError(
          'BAD_FILE',
          path,
          `no calibration for run ${h.run} of setup '${h.setupName}' in ${o.calibDir} (needs ADC gains, LED corrections, pedestals, noise, time offsets, straw t0 and r(t), strip gains)`,
          `add calib/${h.setupName}/<first>-<last>.json (emiss calib nominal) or pass --allow-default-calib`,
        );
      }
      config = configs.length;
      configs.push({ setup: s.setup, setupPath, calibration, calibPath: entry?.path ?? 'default', isDefault: !entry });
      configKey.set(key, config);
    }
    let truth = '';
    if (o.truth) truth = o.truth[k] ?? '';
    else {
      const beside = join(dirname(path), 'truth.parquet');
      if (existsSync(beside)) truth = beside;
    }
    if (truth && !existsSync(truth)) throw new EmissError('BAD_OPTION', '--truth', `${truth} does not exist`, 'the truth.parquet written by emiss sim');
    jobs.push({ path, run: h.run, setupName: h.setupName, config, truth });
  }
  for (const w of warnings) o.progress?.(`warning: ${w}\n`);
  // Workers start now: their start-up (modules, reconstructors) overlaps the rest of the set-up.
  const workers: Worker[] = [];
  const pool = o.threads > 1 ? startPool(configs, o.threads, workers, o.preferWorkers ?? false) : null;
  const joinTruth = jobs.some((j) => j.truth !== '');
  const outPath = resolve(o.out);
  try {
    makeDirs(dirname(outPath));
  } catch (e) {
    throw new EmissError('BAD_OPTION', '--out', `cannot create the directory of ${o.out} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'a writable path');
  }
  const stagePath = joinTruth ? `${outPath}.stage.parquet` : outPath;
  const stageColumns = [
    ...DST_COLUMNS.map((name) => ({ name, type: DST_COLUMN_TYPES[name] })),
    ...(joinTruth ? [{ name: '_row', type: 'BIGINT' as const }, { name: '_file', type: 'INTEGER' as const }] : []),
  ];
  const writer = await ParquetTableWriter.create(stagePath, stageColumns);
  let aborted: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    aborted = sig;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const totalBytes = jobs.reduce((s, j) => s + statSync(j.path).size, 0);
  const progress = new Progress('reco [MB]', Math.max(1, Math.round(totalBytes / 2 ** 20)), o.progress, o.tty);
  let rows = 0;
  let damaged = 0;
  let bytes = 0;
  const problems: RecoSummary['problems'] = [];
  try {
    // Writing, in sequence order.
    let writtenRows = 0;
    const write = async (cols: Float64Array[], n: number, file: number): Promise<void> => {
      const batch: Record<string, Float64Array> = {};
      DST_COLUMNS.forEach((c, i) => (batch[c] = cols[i]));
      if (joinTruth) {
        const r = new Float64Array(n);
        for (let i = 0; i < n; i++) r[i] = writtenRows + i;
        batch._row = r;
        batch._file = new Float64Array(n).fill(file);
      }
      await writer.appendBatch(batch, n);
      writtenRows += n;
    };
    const local = pool ? null : configs.map((c) => new EventReconstructor(buildGeometry(c.setup), c.setup, c.calibration));
    let seq = 0;
    for (const [k, job] of jobs.entries()) {
      // Pool: cloned batches to hand out. Here: batches reconstructed at once inside the
      // callback (the reader's views are valid only there), DST columns to write.
      const queue: RawEventBatch[] = [];
      const done: DstBatch[] = [];
      const rec = local ? local[job.config] : null;
      const reader = new RawStreamReader(
        (b) => {
          if (rec) {
            const dst = createDstBatch(b.n);
            rec.reconstructBatch(b, dst);
            done.push(dst);
          } else queue.push(cloneBatch(b));
        },
        {
          batchSize: o.batchSize ?? 1024,
          source: job.path,
          onProblem: (p: RawProblem) => {
            if (problems.length < 100) problems.push({ file: job.path, offset: p.fileOffset, event: p.event, reason: p.reason });
          },
        },
      );
      const drain = async (): Promise<void> => {
        while (queue.length) {
          const b = queue.shift() as RawEventBatch;
          rows += b.n;
          await (pool as Pool).submit(seq++, job.config, b, k, write);
        }
        while (done.length) {
          const d = done.shift() as DstBatch;
          rows += d.n;
          await write(DST_COLUMNS.map((c) => d.columns[c]), d.n, k);
        }
      };
      const stream = createReadStream(job.path, { highWaterMark: 1 << 20 });
      try {
        for await (const chunk of stream) {
          if (aborted) throw new InterruptedError(aborted, 'reco');
          reader.push(chunk as Buffer);
          await drain();
          bytes += (chunk as Buffer).length;
          progress.update(Math.round(bytes / 2 ** 20));
        }
      } finally {
        stream.destroy();
      }
      const summary = reader.end();
      await drain();
      damaged += summary.eventsDamaged;
    }
    const batchesByWorkers = pool ? await pool.finish() : 0;
    progress.done();
    if (aborted) throw new InterruptedError(aborted, 'reco');
    await writer.close();
    if (joinTruth) await joinTruthTables(stagePath, outPath, jobs);
    const sidecar = `${outPath}.calib.json`;
    writeAtomic(sidecar, calibSidecar(jobs, configs, o.allowDefaultCalib));
    const seconds = (performance.now() - t0) / 1000;
    return {
      events: rows,
      events_reconstructed: rows,
      events_damaged: damaged,
      files: jobs.length,
      bytes,
      wall_seconds: seconds,
      events_per_second: rows / seconds,
      megabytes_per_second: bytes / 2 ** 20 / seconds,
      threads: o.threads,
      out: o.out,
      calib_sidecar: `${o.out}.calib.json`,
      truth_joined: joinTruth,
      default_calibration_runs: [...new Set(jobs.filter((j) => configs[j.config].isDefault).map((j) => j.run))],
      batches_by_workers: batchesByWorkers,
      problems,
    };
  } catch (e) {
    for (const w of workers) await w.terminate();
    await writer.abort();
    rmSync(`${outPath}.stage.parquet`, { force: true });
    throw e;
  } finally {
    for (const w of workers) await w.terminate();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** A pool of reconstruction workers. */
type Pool = ReturnType<typeof startPool>;

/**
 * `threads` reconstructing threads: threads − 1 workers and this thread, which reconstructs a
 * batch itself whenever no worker is ready with fewer than 4 batches in hand (at start-up, and
 * whenever the workers lag). One thread fewer competes for the cores than with `threads` workers
 * plus a reading thread. Results are written in sequence, so the DST does not depend on who
 * reconstructed what.
 */
function startPool(configs: RecoConfig[], threads: number, workers: Worker[], preferWorkers: boolean) {
  const entry = siblingModule(import.meta.url, 'reco-worker');
  const plain = configs.map((c) => ({ setup: c.setup, calibration: c.calibration }));
  const local = configs.map((c) => new EventReconstructor(buildGeometry(c.setup), c.setup, c.calibration));
  const nw = threads - 1;
  const pending = new Map<number, { cols: Float64Array[]; n: number; file: number }>();
  const fileOf = new Map<number, number>();
  let nextWrite = 0;
  let submitted = 0;
  let failure: Error | null = null;
  let writing: Promise<void> = Promise.resolve();
  let wake: (() => void) | null = null;
  const inFlight = new Int32Array(nw);
  const isReady = new Uint8Array(nw);
  let writeFn: (cols: Float64Array[], n: number, file: number) => Promise<void> = async () => {};
  const deliver = (seq: number, cols: Float64Array[], n: number, file: number): void => {
    pending.set(seq, { cols, n, file });
    writing = writing.then(async () => {
      for (;;) {
        const r = pending.get(nextWrite);
        if (!r) break;
        pending.delete(nextWrite);
        await writeFn(r.cols, r.n, r.file);
        nextWrite++;
        wake?.();
      }
    });
    writing.catch((e: unknown) => {
      failure = e as Error;
      wake?.();
    });
  };
  const ready: Promise<void>[] = [];
  for (let i = 0; i < nw; i++) {
    const w = startTsWorker(entry, { configs: plain });
    workers.push(w);
    ready.push(
      new Promise<void>((res, rej) => {
        w.on('message', (m: { type: string; seq?: number; n?: number; columns?: Float64Array[]; message?: string }) => {
          if (m.type === 'ready') {
            isReady[i] = 1;
            return res();
          }
          if (m.type === 'failed') {
            failure = new EmissError('NUMERICAL', 'reco worker', m.message ?? 'failed');
            rej(failure);
            wake?.();
            return;
          }
          if (m.type !== 'result') return;
          inFlight[i]--;
          const seq = m.seq as number;
          const file = fileOf.get(seq) ?? 0;
          fileOf.delete(seq);
          deliver(seq, m.columns as Float64Array[], m.n as number, file);
          wake?.();
        });
        w.on('error', (e) => {
          failure = e;
          rej(e);
          wake?.();
        });
      }),
    );
  }
  const allReady = Promise.all(ready);
  allReady.catch(() => {});
  /** Batches reconstructed by the workers (for tests). */
  let byWorkers = 0;
  const waitFor = (cond: () => boolean): Promise<void> =>
    new Promise<void>((res, rej) => {
      const check = (): void => {
        if (failure) return rej(failure);
        if (cond()) {
          wake = null;
          res();
        } else wake = check;
      };
      check();
    });
  return {
    async submit(seq: number, config: number, batch: RawEventBatch, file: number, write: typeof writeFn): Promise<void> {
      writeFn = write;
      // At most 2 batches per thread in flight or waiting to be written.
      await waitFor(() => submitted - nextWrite < 4 * threads);
      if (preferWorkers) await allReady;
      submitted++;
      let best = -1;
      for (let i = 0; i < nw; i++) if (isReady[i] && inFlight[i] < 4 && (best < 0 || inFlight[i] < inFlight[best])) best = i;
      if (best < 0) {
        const dst = createDstBatch(batch.n);
        local[config].reconstructBatch(batch, dst);
        deliver(seq, DST_COLUMNS.map((c) => dst.columns[c]), dst.n, file);
        // Let the workers' messages in before the next batch.
        await new Promise((r) => setImmediate(r));
        return;
      }
      inFlight[best]++;
      byWorkers++;
      fileOf.set(seq, file);
      const transfer = [batch.eventNumber, batch.run, batch.spill, batch.eventInSpill, batch.triggerBits, batch.timestampNs, batch.fileOffset, batch.adcOffset, batch.adcChannel, batch.adcSamples, batch.strawOffset, batch.strawChannel, batch.strawTimeNs, batch.stripOffset, batch.stripChannel, batch.stripCharge, batch.stripTimeNs].map((a) => a.buffer as ArrayBuffer);
      workers[best].postMessage({ type: 'batch', seq, config, batch }, [...new Set(transfer)]);
    },
    async finish(): Promise<number> {
      await waitFor(() => nextWrite === submitted);
      await writing;
      if (failure) throw failure;
      return byWorkers;
    },
  };
}

/** Joins the staged DST with the truth tables (LEFT JOIN on file and event), in row order, into `out` (atomic). */
async function joinTruthTables(stage: string, out: string, jobs: FileJob[]): Promise<void> {
  const truthFiles = jobs.map((j, k) => ({ k, path: j.truth })).filter((t) => t.path !== '');
  const union = truthFiles.map((t) => `SELECT ${t.k} AS _file, * FROM read_parquet(${quoteString(resolve(t.path))})`).join(' UNION ALL BY NAME ');
  const cols = [
    ...DST_COLUMNS.map((c) => (c === 'weight' ? `COALESCE(t."weight", d."weight") AS "weight"` : `d.${quoteIdentifier(c)}`)),
    `CAST(t."event" IS NOT NULL AS UTINYINT) AS truth_matched`,
    ...TRUTH_COLUMNS.map((c) => `COALESCE(t.${quoteIdentifier(c)}, 0)::${TRUTH_COLUMN_TYPES[c]} AS ${quoteIdentifier(`truth_${c}`)}`),
  ];
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  await withDuckDB(async (c) => {
    await c.run(
      `COPY (SELECT ${cols.join(', ')} FROM read_parquet(${quoteString(stage)}) d LEFT JOIN (${union}) t ON t._file = d._file AND t."event" = d."event" ORDER BY d._row) TO ${quoteString(partial)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  });
  renameSync(partial, out);
  rmSync(stage, { force: true });
}

/** The sidecar: for every input file, its run and the calibration used (with the constants). */
function calibSidecar(jobs: FileJob[], configs: RecoConfig[], allowDefault: boolean): string {
  return JSON.stringify(
    {
      format: 'emiss-dst-calib/1',
      allow_default_calib: allowDefault,
      files: jobs.map((j) => ({ file: j.path, run: j.run, setup: j.setupName, setup_file: configs[j.config].setupPath, calibration: configs[j.config].calibPath, default_calibration: configs[j.config].isDefault, config: j.config })),
      calibrations: configs.map((c, i) => ({ config: i, path: c.calibPath, default_calibration: c.isDefault, ...c.calibration })),
    },
    null,
    1,
  );
}

