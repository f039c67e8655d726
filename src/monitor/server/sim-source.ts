/**
 * The live simulation as the monitor's source (`sim:configs/….yaml`): the fast simulation
 * (src/sim SimulationRun, process `beam`) runs in a worker thread and produces encoded raw
 * records, which go through the same decoder as a file or a TCP stream. Paced at a set rate
 * (default 1000 events/s: a few ticks of 100 ms) or as fast as the worker goes. Node only.
 */
import { createHash } from 'node:crypto';
import { EmissError } from '../../core/index.js';
import type { Setup } from '../../setup/index.js';
import type { SimulationConfig } from '../../sim/index.js';
import { startTsWorker } from '../../store/index.js';
import { sleep } from './monitor-source.js';
import type { MonitorSource, SourceContext } from './monitor-source.js';

/** Options of {@link simSource}. */
export interface SimSourceOptions {
  setup: Setup;
  setupText: string;
  fileName: string;
  /** Events per second; Infinity = as fast as the worker simulates. Default 1000. */
  rate?: number;
  seed?: number;
  runNumber?: number;
  /** Stop after this many events (default: run until stopped). */
  maxEvents?: number;
}

/** Tick of the paced simulation [ms]. */
const TICK_MS = 100;

/** The simulation source. */
export function simSource(o: SimSourceOptions): MonitorSource {
  const rate = o.rate ?? 1000;
  return {
    name: `sim:${o.fileName}`,
    async run(ctx: SourceContext): Promise<void> {
      const config: SimulationConfig = {
        setup: o.setup,
        fileName: o.fileName,
        process: 'beam',
        seed: o.seed ?? 1,
        runNumber: o.runNumber ?? 1,
        setupHash: new Uint8Array(createHash('sha256').update(o.setupText).digest()),
      };
      const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
      const w = startTsWorker(new URL(`./sim-source-worker.${ext}`, import.meta.url), { config });
      let pending: ((m: { type: string; raw?: Uint8Array; header?: Uint8Array; message?: string }) => void) | null = null;
      let failure: Error | null = null;
      w.on('message', (m) => {
        if (m.type === 'failed') failure = new EmissError('NUMERICAL', 'monitor sim source', m.message ?? 'the simulation failed');
        pending?.(m);
      });
      w.on('error', (e) => {
        failure = e;
        pending?.({ type: 'failed', message: e.message });
      });
      const next = (): Promise<{ type: string; raw?: Uint8Array; header?: Uint8Array; message?: string }> =>
        new Promise((resolve) => {
          pending = resolve;
        });
      try {
        const ready = await next();
        if (ready.type !== 'ready' || !ready.header) throw failure ?? new EmissError('NUMERICAL', 'monitor sim source', ready.message ?? 'the simulation did not start');
        ctx.push(new Uint8Array(ready.header));
        let first = 0;
        const t0 = Date.now();
        const max = o.maxEvents ?? Number.POSITIVE_INFINITY;
        while (!ctx.signal.aborted && first < max) {
          const due = Number.isFinite(rate) ? Math.floor(((Date.now() - t0) / 1000) * rate) + Math.ceil((rate * TICK_MS) / 1000) : first + 500;
          const count = Math.min(due - first, max - first, 5000);
          if (count <= 0) {
            await sleep(TICK_MS / 4, ctx.signal);
            continue;
          }
          const reply = next();
          w.postMessage({ type: 'chunk', first, count });
          const m = await reply;
          if (m.type !== 'result' || !m.raw) throw failure ?? new EmissError('NUMERICAL', 'monitor sim source', m.message ?? 'no result');
          ctx.push(m.raw);
          first += count;
        }
      } finally {
        await w.terminate();
      }
    },
  };
}
