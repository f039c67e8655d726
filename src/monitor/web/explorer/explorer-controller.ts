/**
 * The explorer's state machine, apart from the DOM: holds the inputs and the caches (yield
 * tables per beam/energy/mediator and method, relic curves per ratio/α_D and type), recomputes
 * the curve on a change and asks the workers for what is missing (one job per relic type). First draw of a new yield key: the IWW
 * table computed on the spot (~30 ms for 30 masses), replaced by the ETL table when the worker
 * delivers it (~0.3 s); later changes of N, background, efficiency, α_D, ratio or DM type only
 * re-solve the scaling (< 5 ms).
 */
import type { BremsMethod } from '../../../physics/index.js';
import { relicKey, yieldKey } from './explorer-inputs.js';
import type { ExplorerInputs } from './explorer-inputs.js';
import { RELIC_TYPES } from './relic-curves.js';
import type { RelicCurve } from './relic-curves.js';
import { solveLimit } from './solve-limit.js';
import type { ExplorerCurve } from './solve-limit.js';
import type { WorkerJob, WorkerReply } from './table-worker.js';
import { yieldTable } from './yield-table.js';
import type { YieldTable } from './yield-table.js';

/** What a recompute produced. */
export interface ExplorerState {
  inputs: ExplorerInputs;
  table: YieldTable;
  curve: ExplorerCurve;
  /** Relic curves for the inputs that have arrived (all of RELIC_TYPES once `pending` is false), null for a non-vector mediator. */
  relic: RelicCurve[] | null;
  /** Wall time of the last recompute [ms] (solve + the caller's drawing excluded). */
  computeMs: number;
  /** True while a better table (ETL) or the relic curves are on their way. */
  pending: boolean;
}

/** The explorer's controller; `post` sends a job to the worker, `onUpdate` is called after every recompute. */
export class ExplorerController {
  private readonly tables = new Map<string, YieldTable>();
  private readonly relics = new Map<string, RelicCurve[]>();
  private readonly asked = new Set<string>();
  /** Yield keys whose worker job failed: the IWW table stays, with the worker's message. */
  private readonly failed = new Map<string, string>();
  error: string | null = null;

  constructor(
    public inputs: ExplorerInputs,
    private readonly post: (job: WorkerJob) => void,
    private readonly onUpdate: (s: ExplorerState | null, error: string | null) => void,
    private readonly method: BremsMethod = 'etl',
  ) {}

  /** Changes some inputs and recomputes. */
  set(change: Partial<ExplorerInputs>): ExplorerState | null {
    this.inputs = { ...this.inputs, ...change };
    return this.recompute();
  }

  /** Stores a worker reply and recomputes when it concerns the current inputs. */
  receive(r: WorkerReply): void {
    if (r.type === 'yield') this.tables.set(r.key, r.table);
    else if (r.type === 'relic') this.relics.set(r.key, r.curves);
    else if (r.job === 'relic') this.relics.set(r.key, []); // no target in this model's domain: drawn without
    else this.failed.set(r.key, r.message);
    this.recompute();
  }

  /** Recomputes the curve from the caches (asking the worker for what is missing). */
  recompute(): ExplorerState | null {
    const t0 = performance.now();
    const i = this.inputs;
    try {
      const best = yieldKey(i, this.method);
      let table = this.tables.get(best);
      let pending = false;
      if (!table) {
        const fastKey = yieldKey(i, 'iww');
        table = this.tables.get(fastKey);
        if (!table) {
          table = yieldTable(i, 'iww');
          this.tables.set(fastKey, table);
        }
        if (this.method !== 'iww' && !this.failed.has(best)) {
          pending = true;
          this.ask({ type: 'yield', key: best, inputs: i, method: this.method });
        }
      }
      const curve = solveLimit(table, i);
      let relic: RelicCurve[] | null = null;
      if (i.mediator === 'vector') {
        relic = [];
        for (const dm of RELIC_TYPES) {
          const rk = `${relicKey(i)}|${dm}`;
          const got = this.relics.get(rk);
          if (got) relic.push(...got);
          else {
            pending = true;
            this.ask({ type: 'relic', key: rk, dm, ratio: i.ratio, alphaD: i.alphaD, dmMassMinGeV: i.massMinGeV / i.ratio, dmMassMaxGeV: i.massMaxGeV / i.ratio });
          }
        }
      }
      const state: ExplorerState = { inputs: i, table, curve, relic, computeMs: performance.now() - t0, pending };
      this.error = null;
      this.onUpdate(state, null);
      return state;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.onUpdate(null, this.error);
      return null;
    }
  }

  private ask(job: WorkerJob): void {
    if (this.asked.has(`${job.type}:${job.key}`)) return;
    this.asked.add(`${job.type}:${job.key}`);
    this.post(job);
  }
}
