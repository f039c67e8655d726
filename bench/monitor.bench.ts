/**
 * Online monitor (issue 7): the server decodes, histograms and serves a pre-simulated NA64e
 * raw file replayed twice as fast as possible on its one main thread (the second pass is
 * measured, after the warm-up),
 * with a WebSocket client connected. Reported: the sustained event rate (events / time from
 * the first to the last event filled), the largest gap between two pushed updates (≥ 1 Hz
 * needs < 1000 ms) and the update latency (client receive time − wall time of the newest
 * event filled into that update; same machine, same clock). Requirement: ≥ 20 000 events/s
 * with updates ≥ 1 Hz and latency < 1 s. Run without and with the online reconstruction (which
 * takes a sample of the batches in a worker thread, monitor-state.ts).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSetup } from '../src/store/load-setup.js';
import { MonitorState, startMonitor } from '../src/monitor/server/index.js';
import type { MonitorSource } from '../src/monitor/server/index.js';
import { yieldToLoop } from '../src/monitor/server/monitor-source.js';
import { decodeFileHeader } from '../src/daq/index.js';
import { buildGeometry } from '../src/sim/sim-geometry.js';
import { SimulationRun } from '../src/sim/index.js';
import type { BenchResult } from './harness.js';

type WsClient = { on(ev: string, f: (d: unknown) => void): void; close(): void };
const WS = createRequire(import.meta.url)('ws') as new (url: string) => WsClient;

const SETUP = 'configs/na64e-2021-2023.yaml';

/** Simulates `n` beam events of the NA64e 2021–2023 setup into a raw file in `dir`. */
function simulateFile(dir: string, n: number): string {
  const setup = loadSetup(SETUP);
  const run = new SimulationRun({ setup, fileName: SETUP, process: 'beam', seed: 1, runNumber: 1, setupHash: new Uint8Array(32) });
  const file = join(dir, 'events.emraw');
  // Chunk by chunk to the file: the 376 MB never sit in memory at once.
  const fd = openSync(file, 'w');
  writeSync(fd, run.fileHeader());
  for (let first = 0; first < n; first += 2000) writeSync(fd, run.simulateChunk(first, Math.min(2000, n - first)).raw);
  closeSync(fd);
  return file;
}

interface MonitorRun {
  rate: number;
  maxGapMs: number;
  latencies: number[];
  ms: number;
}

/**
 * One monitor fed the file's records `passes` times (as fast as possible, 1 MiB chunks, a yield
 * to the event loop between chunks, as the file source does); the rate is measured on the
 * last pass, after the JIT (and the reconstruction worker's) warm-up of the earlier ones.
 */
async function runOnce(file: string, n: number, reco: boolean, passes = 2): Promise<MonitorRun> {
  const setup = loadSetup(SETUP);
  const state = new MonitorState({ geometry: buildGeometry(setup, SETUP), setup, reco, setupFile: SETUP });
  const bytes = readFileSync(file);
  const d = decodeFileHeader(bytes);
  if (d.kind !== 'header') throw new Error(`${file}: no raw header`);
  const h = d.header.headerBytes;
  const marks: { t: number; events: number }[] = [];
  const source: MonitorSource = {
    name: `file:${file} ×${passes}`,
    async run(ctx) {
      ctx.push(bytes.subarray(0, h));
      for (let p = 0; p < passes; p++) {
        marks.push({ t: Date.now(), events: ctx.eventsProcessed() });
        for (let o = h; o < bytes.length && !ctx.signal.aborted; o += 1 << 20) {
          ctx.push(bytes.subarray(o, Math.min(bytes.length, o + (1 << 20))));
          await yieldToLoop();
        }
      }
    },
  };
  const m = await startMonitor({ state, source, setup, port: 0, updateIntervalMs: 500 });
  const ws = new WS(`${m.url.replace('http', 'ws')}/ws`);
  const updates: number[] = [];
  const latencies: number[] = [];
  ws.on('message', (raw) => {
    const now = Date.now();
    const msg = JSON.parse(String(raw)) as { type: string; last_fill_ms: number; status: { events_processed: number } };
    if (msg.type !== 'update' || msg.status.events_processed === 0) return;
    const last = marks[marks.length - 1];
    if (marks.length < passes || msg.status.events_processed <= last.events) return;
    updates.push(now);
    if (msg.status.events_processed < passes * n) latencies.push(now - msg.last_fill_ms);
  });
  await m.sourceDone;
  const end = m.state.lastFillMs;
  const last = marks[marks.length - 1];
  await new Promise((r) => setTimeout(r, 600));
  ws.close();
  await m.close();
  let maxGap = 0;
  for (let i = 1; i < updates.length; i++) maxGap = Math.max(maxGap, updates[i] - updates[i - 1]);
  return { rate: ((m.state.counters.eventsProcessed - last.events) * 1000) / Math.max(1, end - last.t), maxGapMs: maxGap, latencies, ms: end - last.t };
}

/** The monitor benchmark: `n` events (default 40 000), 3 runs. */
export async function monitorBenchmarks(n = 40_000, runs = 3): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'emiss-bench-monitor-'));
  try {
    const file = simulateFile(dir, n);
    const out: BenchResult[] = [];
    for (const reco of [false, true]) {
      const res: MonitorRun[] = [];
      for (let i = 0; i < runs; i++) res.push(await runOnce(file, n, reco));
      const times = res.map((r) => r.ms).sort((a, b) => a - b);
      const rates = res.map((r) => r.rate).sort((a, b) => a - b);
      const lat = res.flatMap((r) => r.latencies).sort((a, b) => a - b);
      const gap = Math.max(...res.map((r) => r.maxGapMs));
      const med = rates[Math.floor(rates.length / 2)];
      out.push({
        name: `monitor server: ${n} NA64e raw events as fast as possible (2nd pass), 1 WebSocket client, ${reco ? 'with online reco on a sample (worker thread, ≤ 500 events/s)' : 'raw monitor only (one thread)'}`,
        medianMs: times[Math.floor(times.length / 2)],
        minMs: times[0],
        maxMs: times[times.length - 1],
        runs,
        budgetMs: (n / 20_000) * 1000,
        note: `${med.toFixed(0)} events/s; largest update gap ${gap} ms; latency median ${lat[lat.length >> 1] ?? '—'} ms, max ${lat[lat.length - 1] ?? '—'} ms over ${lat.length} updates`,
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { report } = await import('./harness.js');
  report('Online monitor (issue 7)', await monitorBenchmarks());
}
