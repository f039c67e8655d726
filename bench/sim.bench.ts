/**
 * Benchmarks of the simulation (issue 3): 100 GeV electron events in the NA64e 2021–2023 set-up
 * with the full detector response, digitization, raw encoding and truth row, in this thread;
 * the scaling with worker threads; the whole `emiss sim` command with its files; its memory
 * over a long run.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { parseSetup } from '../src/setup/index.js';
import type { Setup } from '../src/setup/index.js';
import { SimulationRun } from '../src/sim/index.js';
import type { ProcessName, SimulationConfig } from '../src/sim/index.js';
import { siblingModule, startTsWorker } from '../src/store/index.js';
import { bench } from './harness.js';
import type { BenchResult } from './harness.js';

const ROOT = new URL('../', import.meta.url);
const FILE = 'configs/na64e-2021-2023.yaml';
const TEXT = readFileSync(new URL(FILE, ROOT), 'utf8');
const CHUNK = 500;

/** The set-up as configured, or with nominal 100 GeV electrons only (no contamination, tail or pile-up). */
function setup(electronsOnly: boolean): Setup {
  const s = parseSetup(TEXT, FILE);
  if (electronsOnly) s.beam = { ...s.beam, contamination: [], lowEnergyTailFraction: 0, particlesPerSpill: 1e-9 };
  return s;
}

function config(s: Setup, process: ProcessName = 'beam', massGeV?: number): SimulationConfig {
  return { setup: s, fileName: FILE, process, massGeV, seed: 1, runNumber: 1, setupHash: new Uint8Array(createHash('sha256').update(TEXT).digest()) };
}

/** Events per second of `chunks` chunks simulated by `n` worker threads (after each has done one). */
async function workerRate(n: number, chunks: number): Promise<number> {
  const entry = siblingModule(new URL('../src/cli/sim-worker.ts', import.meta.url).href, 'sim-worker');
  const workers: Worker[] = [];
  const cfg = config(setup(true));
  await Promise.all(
    Array.from({ length: n }, (_, i) => new Promise<void>((resolve, reject) => {
      const w = startTsWorker(entry, { config: cfg });
      workers.push(w);
      w.once('error', reject);
      w.on('message', (m: { type: string; message?: string }) => {
        if (m.type === 'ready') w.postMessage({ type: 'chunk', first: 1_000_000 + i * CHUNK, count: CHUNK });
        else if (m.type === 'result') resolve();
        else if (m.type === 'failed') reject(new Error(m.message));
      });
    })),
  );
  for (const w of workers) w.removeAllListeners('message');
  const t0 = performance.now();
  let next = 0;
  let done = 0;
  await new Promise<void>((resolve) => {
    for (const w of workers) {
      const feed = (): void => {
        if (next < chunks) w.postMessage({ type: 'chunk', first: next++ * CHUNK, count: CHUNK });
      };
      w.on('message', () => {
        if (++done === chunks) resolve();
        else feed();
      });
      feed();
    }
  });
  const rate = (chunks * CHUNK) / ((performance.now() - t0) / 1000);
  for (const w of workers) await w.terminate();
  return rate;
}

/** Runs `emiss sim` as a user would; wall time [ms] and the peak resident memory of the process [MB] sampled every 0.2 s. */
function runCli(args: string[]): Promise<{ ms: number; rssMb: number[] }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['bin/emiss.js', 'sim', FILE, '--no-progress', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const rssMb: number[] = [];
    const timer = setInterval(() => {
      try {
        const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) rssMb.push(Number(m[1]) / 1024);
      } catch {
        // finished
      }
    }, 200);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ ms: performance.now() - t0, rssMb });
      else reject(new Error(`emiss sim exited with ${code}`));
    });
  });
}

/** Runs the simulation benchmarks. */
export async function simBenchmarks(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const rate = (ms: number): string => `${((CHUNK / ms) * 1000).toFixed(0)} events/s`;
  // One thread, in process: the event kernel with everything but the file writes.
  const electrons = new SimulationRun(config(setup(true)));
  let first = 0;
  out.push(bench(`${CHUNK} events of 100 GeV e− (no pile-up), full response, digitization, raw record and truth row, 1 thread`, () => electrons.simulateChunk((first += CHUNK), CHUNK), { runs: 15, warmup: 3, budgetMs: (CHUNK / 10_000) * 1000, note: rate }));
  const beam = new SimulationRun(config(setup(false)));
  out.push(bench(`${CHUNK} events of the beam as configured (0.3% π−/μ−, 1% low tail, pile-up mean 0.42 per 400 ns window), 1 thread`, () => beam.simulateChunk((first += CHUNK), CHUNK), { runs: 15, warmup: 3, note: rate }));
  const signal = new SimulationRun(config(setup(true), 'signal', 0.02));
  out.push(bench(`${CHUNK} signal events (A′ 20 MeV, biased emission, invisible decay), 1 thread`, () => signal.simulateChunk((first += CHUNK), CHUNK), { runs: 10, warmup: 2, note: rate }));
  // Worker threads: the same kernel, results posted back (no files).
  const r1 = await workerRate(1, 24);
  const r2 = await workerRate(2, 48);
  out.push({ name: `worker threads, 100 GeV e−: 1 thread ${r1.toFixed(0)} events/s, 2 threads ${r2.toFixed(0)} events/s`, medianMs: (CHUNK / r2) * 1000, minMs: (CHUNK / r2) * 1000, maxMs: (CHUNK / r2) * 1000, runs: 1, note: `2 threads / 1 thread = ${(r2 / r1).toFixed(2)}×` });
  // EMISS_BENCH_SHORT=1 skips the command-line runs (~60 s) when only the kernel is wanted.
  if (process.env.EMISS_BENCH_SHORT) return out;
  // The command with its files (raw ~9.4 kB/event, truth, tally), start-up included.
  const dir = mkdtempSync(join(tmpdir(), 'emiss-bench-sim-'));
  try {
    const n = 100_000;
    const one = await runCli(['--events', String(n), '--threads', '1', '--out', join(dir, 't1')]);
    const two = await runCli(['--events', String(n), '--threads', '2', '--out', join(dir, 't2')]);
    out.push({ name: `emiss sim --process beam --events ${n} --threads 1, with files (start-up included)`, medianMs: one.ms, minMs: one.ms, maxMs: one.ms, runs: 1, note: `${((n / one.ms) * 1000).toFixed(0)} events/s` });
    out.push({ name: `emiss sim --process beam --events ${n} --threads 2, with files (start-up included)`, medianMs: two.ms, minMs: two.ms, maxMs: two.ms, runs: 1, note: `${((n / two.ms) * 1000).toFixed(0)} events/s, ${(one.ms / two.ms).toFixed(2)}× one thread` });
    rmSync(join(dir, 't1'), { recursive: true, force: true });
    rmSync(join(dir, 't2'), { recursive: true, force: true });
    // Memory over a long run: resident set after 10%, 50% and 100% of the events.
    const long = 400_000;
    const mem = await runCli(['--events', String(long), '--threads', '2', '--out', join(dir, 'long')]);
    const at = (f: number): number => mem.rssMb[Math.min(mem.rssMb.length - 1, Math.floor(f * (mem.rssMb.length - 1)))];
    out.push({ name: `memory, emiss sim --events ${long} --threads 2: resident ${at(0.1).toFixed(0)} MB at 10%, ${at(0.5).toFixed(0)} MB at 50%, ${at(1).toFixed(0)} MB at the end`, medianMs: mem.ms, minMs: mem.ms, maxMs: mem.ms, runs: 1, note: `peak ${Math.max(...mem.rssMb).toFixed(0)} MB` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
