/**
 * The sensitivity explorer page: wires the form to the {@link ExplorerController}, draws the two
 * plots with the CLI's SVG renderer and offers the curve as CSV/JSON. Test hook:
 * `window.__explorer` (state, set(change), redraw times).
 */
import { renderPlot } from '../../plot/index.js';
import { navHeader } from './lib/nav-header.js';
import { DEFAULT_INPUTS } from './explorer/explorer-inputs.js';
import type { ExplorerInputs } from './explorer/explorer-inputs.js';
import { ExplorerController } from './explorer/explorer-controller.js';
import type { ExplorerState } from './explorer/explorer-controller.js';
import { curveCsv, curveJson } from './explorer/curve-export.js';
import { epsilonPlotSpec, yPlotSpec } from './explorer/explorer-plots.js';
import type { WorkerJob, WorkerReply } from './explorer/table-worker.js';

navHeader('explorer').textContent = '';
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const status = $('status');
const redrawMs: number[] = [];
let last: ExplorerState | null = null;

function draw(s: ExplorerState | null, error: string | null): void {
  if (!s) {
    status.textContent = `cannot compute: ${error ?? 'unknown error'}`;
    status.className = 'error';
    return;
  }
  last = s;
  $('plot-eps').innerHTML = renderPlot(epsilonPlotSpec(s.curve, s.inputs));
  $('plot-y').innerHTML = s.inputs.mediator === 'vector' ? renderPlot(yPlotSpec(s.curve, s.inputs, s.relic ?? [])) : '<p style="padding:1em">y and the relic targets are drawn for the vector mediator (dark photon).</p>';
  const k = Math.round(s.curve.massesGeV.length / 3);
  status.className = '';
  status.textContent =
    `N_90 = ${s.curve.signalEvents.toFixed(3)} events; cross section ${s.table.method.toUpperCase()}${s.pending ? ' (refining: ETL / relic targets computing…)' : ''}; ` +
    `ε_90(${s.curve.massesGeV[k].toPrecision(2)} GeV) = ${s.curve.epsilon[k].toExponential(3)}; compute ${s.computeMs.toFixed(1)} ms`;
  document.body.dataset.pending = s.pending ? '1' : '0';
  document.body.dataset.method = s.table.method;
}

// Three workers: one for yield tables, two sharing the relic-target jobs (one per DM type), so a
// relic change is not queued behind an ETL table and its three curves use both cores.
const workers = [0, 1, 2].map(() => new Worker(new URL('./explorer/table-worker.ts', import.meta.url), { type: 'module' }));
let nextRelicWorker = 0;
function post(job: WorkerJob): void {
  if (job.type === 'yield') workers[0].postMessage(job);
  else workers[1 + (nextRelicWorker++ % 2)].postMessage(job);
}
const controller = new ExplorerController({ ...DEFAULT_INPUTS }, post, draw);
const workerMs: { job: string; ms: number }[] = [];
for (const w of workers) {
  w.onmessage = (ev: MessageEvent<WorkerReply>) => {
    if (ev.data.type !== 'error') workerMs.push({ job: ev.data.type, ms: ev.data.ms });
    controller.receive(ev.data);
  };
}

/** Applies a change and records the time from the change to the drawn plots [ms]. */
function change(c: Partial<ExplorerInputs>): void {
  const t0 = performance.now();
  controller.set(c);
  redrawMs.push(performance.now() - t0);
}

const form = $('inputs');
for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
  const key = el.dataset.field as keyof ExplorerInputs;
  el.value = String(controller.inputs[key]);
  el.addEventListener('change', () => {
    const v = el instanceof HTMLSelectElement ? el.value : Number(el.value);
    if (typeof v === 'number' && !Number.isFinite(v)) {
      status.textContent = `${key}: '${el.value}' is not a number`;
      status.className = 'error';
      return;
    }
    change({ [key]: v } as Partial<ExplorerInputs>);
  });
}

function download(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
$('csv').addEventListener('click', () => last && download('emiss-limit.csv', curveCsv(last.curve, last.table), 'text/csv'));
$('json').addEventListener('click', () => last && download('emiss-limit.json', curveJson(last.curve, last.table, last.inputs), 'application/json'));

change({});

declare global {
  interface Window {
    __explorer?: unknown;
  }
}
window.__explorer = {
  get state() {
    return last && { inputs: last.inputs, method: last.table.method, pending: last.pending, computeMs: last.computeMs, masses: Array.from(last.curve.massesGeV), epsilon: Array.from(last.curve.epsilon), y: Array.from(last.curve.y), relic: last.relic };
  },
  set: change,
  redrawMs,
  workerMs,
};
