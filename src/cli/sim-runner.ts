/**
 * Runs a simulation (Node side): splits the events into fixed-size chunks (so the output does
 * not depend on the number of threads), simulates them in worker threads or in this thread,
 * and streams the results in event order to the output files:
 *   events.emraw (raw records), truth.parquet (one row per event), tracklength.json (the e±
 *   track-length tally per beam particle), calibration.json (the true calibration), run.json.
 * Every file is written under a `.partial` name and renamed when complete; an interrupted run
 * (SIGINT, SIGTERM, an error) removes its partial files, so no file that looks complete is
 * ever left truncated.
 */
import { makeDirs } from './make-dirs.js';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { EmissError } from '../core/index.js';
import { calibrationToJson, SimulationRun, TRUTH_COLUMNS, TRUTH_COLUMN_TYPES, trackLengthToJson } from '../sim/index.js';
import type { ChunkResult, RunInfo, SimulationConfig } from '../sim/index.js';
import { ParquetTableWriter, siblingModule, startTsWorker, writeAtomic } from '../store/index.js';
import { InterruptedError } from './cli-error.js';
import { Progress } from './progress.js';
import { EMISS_VERSION } from './version.js';

/** Options of {@link runSimulation}. */
export interface RunSimulationOptions {
  config: Omit<SimulationConfig, 'setupHash'>;
  setupText: string;
  events: number;
  threads: number;
  outDir: string;
  /** Where progress goes (null: none). */
  progress: ((s: string) => void) | null;
  tty: boolean;
  /** Events per chunk (default 500; part of what makes the files independent of --threads). */
  chunkSize?: number;
}

/** What the run produced. */
export interface SimulationSummary {
  events: number;
  wall_seconds: number;
  events_per_second: number;
  threads: number;
  files: string[];
  process: string;
  seed: number;
  /** Σ w / N: events of this process per beam particle represented by the sample. */
  weight_per_event: number;
  /** Fraction of events that produced the new boson (signal processes). */
  fraction_produced: number;
  /** Signal processes: bosons per beam particle, Σ w·[produced] / N (first order, per ε²), and its relative statistical error. */
  yield_per_particle: number;
  yield_relative_error: number;
  info: Omit<RunInfo, 'tallyEdgesGeV'>;
}

const FILES = { raw: 'events.emraw', truth: 'truth.parquet', tally: 'tracklength.json', calib: 'calibration.json', run: 'run.json' } as const;

/** Runs the simulation; resolves to its summary or rejects with an EmissError (outputs cleaned up). */
export async function runSimulation(o: RunSimulationOptions): Promise<SimulationSummary> {
  const t0 = performance.now();
  const setupHash = new Uint8Array(createHash('sha256').update(o.setupText).digest());
  const config: SimulationConfig = { ...o.config, setupHash };
  // Build the run here first: every input error is reported before any event is simulated.
  const run = new SimulationRun(config);
  prepareOutDir(o.outDir);
  const partial = (f: string): string => join(o.outDir, `${f}.partial`);
  const finalName = (f: string): string => join(o.outDir, f);
  for (const f of Object.values(FILES)) rmSync(partial(f), { force: true });

  const rawFd = openSync(partial(FILES.raw), 'w');
  const truth = await ParquetTableWriter.create(
    finalName(FILES.truth),
    TRUTH_COLUMNS.map((name) => ({ name, type: TRUTH_COLUMN_TYPES[name] })),
  );
  const workers: Worker[] = [];
  let aborted: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    aborted = sig;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const cleanup = async (): Promise<void> => {
    for (const w of workers) await w.terminate();
    try {
      closeSync(rawFd);
    } catch {
      // already closed
    }
    await truth.abort();
    for (const f of Object.values(FILES)) rmSync(partial(f), { force: true });
  };
  try {
    writeSync(rawFd, run.fileHeader());
    const chunk = o.chunkSize ?? 500;
    const nChunks = Math.ceil(o.events / chunk);
    const tally = { electron: new Float64Array(run.info.tallyEdgesGeV.length - 1), positron: new Float64Array(run.info.tallyEdgesGeV.length - 1), photon: new Float64Array(run.info.tallyEdgesGeV.length - 1) };
    let wSum = 0;
    let produced = 0;
    let wProduced = 0;
    let w2Produced = 0;
    const wCol = TRUTH_COLUMNS.indexOf('weight');
    const pCol = TRUTH_COLUMNS.indexOf('xProduced');
    const progress = new Progress(`sim ${o.config.process}`, o.events, o.progress, o.tty);
    let done = 0;
    const consume = async (r: ChunkResult): Promise<void> => {
      writeSync(rawFd, r.raw);
      const batch: Record<string, Float64Array> = {};
      TRUTH_COLUMNS.forEach((c, i) => (batch[c] = r.truth[i]));
      await truth.appendBatch(batch, r.count);
      for (let k = 0; k < tally.electron.length; k++) {
        tally.electron[k] += r.tally.electron[k];
        tally.positron[k] += r.tally.positron[k];
        tally.photon[k] += r.tally.photon[k];
      }
      for (let i = 0; i < r.count; i++) {
        const w = r.truth[wCol][i];
        wSum += w;
        produced += r.truth[pCol][i];
        wProduced += w * r.truth[pCol][i];
        w2Produced += w * w * r.truth[pCol][i];
      }
      done += r.count;
      progress.update(done);
    };
    const chunkAt = (k: number): [number, number] => [k * chunk, Math.min(chunk, o.events - k * chunk)];
    if (o.threads <= 1) {
      for (let k = 0; k < nChunks; k++) {
        if (aborted) throw new InterruptedError(aborted, 'sim');
        const [first, count] = chunkAt(k);
        await consume(run.simulateChunk(first, count));
        await new Promise((res) => setImmediate(res));
      }
    } else {
      await runInWorkers(config, Math.min(o.threads, nChunks), nChunks, chunkAt, consume, workers, () => aborted);
    }
    progress.done();
    if (aborted) throw new InterruptedError(aborted, 'sim');
    fsyncSync(rawFd);
    closeSync(rawFd);
    renameSync(partial(FILES.raw), finalName(FILES.raw));
    await truth.close();
    const n = o.events;
    writeAtomic(finalName(FILES.tally), trackLengthToJson({
      targetElements: run.info.targetElements,
      events: n,
      process: o.config.process,
      biased: run.info.biasFactor > 1,
      trackingCutGeV: run.info.trackingCutGeV,
      edgesGeV: Float64Array.from(run.info.tallyEdgesGeV),
      electronCm: tally.electron.map((v) => v / n),
      positronCm: tally.positron.map((v) => v / n),
      photonCm: tally.photon.map((v) => v / n),
    }));
    writeAtomic(finalName(FILES.calib), calibrationToJson(run.calibration, 0));
    const seconds = (performance.now() - t0) / 1000;
    const { tallyEdgesGeV: _edges, ...info } = run.info;
    const summary: SimulationSummary = {
      events: n,
      wall_seconds: seconds,
      events_per_second: n / seconds,
      threads: o.threads,
      files: Object.values(FILES).map(finalName),
      process: o.config.process,
      seed: o.config.seed,
      weight_per_event: wSum / n,
      fraction_produced: produced / n,
      yield_per_particle: wProduced / n,
      yield_relative_error: wProduced > 0 ? Math.sqrt(w2Produced) / wProduced : 0,
      info,
    };
    writeAtomic(finalName(FILES.run), JSON.stringify({
      format: 'emiss-sim-run/1',
      emiss_version: EMISS_VERSION,
      setup: o.config.setup.name,
      setup_sha256: Buffer.from(setupHash).toString('hex'),
      process: o.config.process,
      seed: o.config.seed,
      run_number: o.config.runNumber,
      events: n,
      mass_GeV: o.config.massGeV ?? null,
      decay: o.config.decay ?? null,
      weight_per_event: summary.weight_per_event,
      fraction_produced: summary.fraction_produced,
      yield_per_particle: summary.yield_per_particle,
      yield_relative_error: summary.yield_relative_error,
      info,
    }, null, 2));
    return summary;
  } catch (e) {
    await cleanup();
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

async function runInWorkers(
  config: SimulationConfig,
  nWorkers: number,
  nChunks: number,
  chunkAt: (k: number) => [number, number],
  consume: (r: ChunkResult) => Promise<void>,
  workers: Worker[],
  aborted: () => NodeJS.Signals | null,
): Promise<void> {
  const entry = siblingModule(import.meta.url, 'sim-worker');
  const pending = new Map<number, ChunkResult>();
  let next = 0; // next chunk to hand out
  let toWrite = 0; // next chunk to write
  let writing = Promise.resolve();
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      reject(e instanceof Error ? e : new EmissError('NUMERICAL', 'sim worker', String(e)));
    };
    const feed = (w: Worker): void => {
      const signal = aborted();
      if (signal) return fail(new InterruptedError(signal, 'sim'));
      if (next >= nChunks) return;
      // Keep at most 2 chunks per worker waiting to be written (bounded memory).
      if (next - toWrite > 2 * nWorkers) {
        setTimeout(() => feed(w), 5);
        return;
      }
      const [first, count] = chunkAt(next++);
      w.postMessage({ type: 'chunk', first, count });
    };
    for (let i = 0; i < nWorkers; i++) {
      const w = startTsWorker(entry, { config });
      workers.push(w);
      w.on('error', fail);
      w.on('message', (m: { type: string; message?: string; result?: ChunkResult }) => {
        if (m.type === 'failed') return fail(new EmissError('NUMERICAL', 'sim worker', m.message ?? 'failed'));
        if (m.type === 'ready') return feed(w);
        if (m.type !== 'result' || !m.result) return;
        const r = m.result;
        pending.set(r.first, r);
        writing = writing.then(async () => {
          for (;;) {
            const [first] = toWrite < nChunks ? chunkAt(toWrite) : [-1];
            const ready = pending.get(first);
            if (!ready) break;
            pending.delete(first);
            await consume(ready);
            toWrite++;
          }
          if (toWrite === nChunks) resolve();
        }, fail);
        feed(w);
      });
    }
  });
  await writing;
  for (const w of workers) await w.terminate();
  workers.length = 0;
}

function prepareOutDir(dir: string): void {
  try {
    makeDirs(dir);
    const probe = join(dir, '.emiss-write-test');
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    throw new EmissError('BAD_OPTION', '--out', `cannot write into ${dir} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'a writable directory');
  }
  if (!existsSync(dir)) throw new EmissError('BAD_OPTION', '--out', `cannot create ${dir}`, 'a writable directory');
}

