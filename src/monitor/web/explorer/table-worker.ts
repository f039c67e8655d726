/**
 * The explorer's Web Workers: compute what is slow (the ETL yield table, ~0.3 s for 30 masses;
 * a relic target curve, ~40–80 ms per dark-matter type) off the page's thread, so the page stays responsive and draws
 * a first curve from the IWW table in the meantime.
 */
import type { BremsMethod, DarkMatterType } from '../../../physics/index.js';
import type { ExplorerInputs } from './explorer-inputs.js';
import { relicCurves } from './relic-curves.js';
import type { RelicCurve } from './relic-curves.js';
import { yieldTable } from './yield-table.js';
import type { YieldTable } from './yield-table.js';

/** A job for the worker. */
export type WorkerJob =
  | { type: 'yield'; key: string; inputs: ExplorerInputs; method: BremsMethod }
  | { type: 'relic'; key: string; dm: DarkMatterType; ratio: number; alphaD: number; dmMassMinGeV: number; dmMassMaxGeV: number };

/** The worker's answer. */
export type WorkerReply =
  | { type: 'yield'; key: string; table: YieldTable; ms: number }
  | { type: 'relic'; key: string; curves: RelicCurve[]; ms: number }
  | { type: 'error'; key: string; job: 'yield' | 'relic'; message: string };

/** Runs one job (pure; the worker's message handler calls it). */
export function runJob(job: WorkerJob): WorkerReply {
  const t0 = performance.now();
  try {
    if (job.type === 'yield') return { type: 'yield', key: job.key, table: yieldTable(job.inputs, job.method), ms: performance.now() - t0 };
    return { type: 'relic', key: job.key, curves: relicCurves({ ...job, types: [job.dm] }), ms: performance.now() - t0 };
  } catch (e) {
    return { type: 'error', key: job.key, job: job.type, message: e instanceof Error ? e.message : String(e) };
  }
}

const scope = globalThis as unknown as { onmessage: ((ev: MessageEvent<WorkerJob>) => void) | null; postMessage(m: WorkerReply): void; document?: unknown };
if (typeof scope.document === 'undefined' && typeof scope.postMessage === 'function' && typeof window === 'undefined') {
  scope.onmessage = (ev) => scope.postMessage(runJob(ev.data));
}
