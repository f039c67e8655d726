/**
 * The dashboard of the online monitor: run/spill/trigger status and rates, particles on
 * target, calorimeter maps and spectra, the E_ECAL–E_HCAL plane with the (blinded) signal box,
 * the straw-chamber monitor with its alarms, counters; every histogram exportable as ROOT JSON
 * or PNG; reset, reference snapshot, blind/unblind. Live data come over the WebSocket
 * (lib/monitor-socket.ts); drawing with lib/hist-canvas.ts. Browser only.
 */
import { getJson, pageToken, postJson } from './lib/api-client.js';
import { drawHist } from './lib/hist-canvas.js';
import { openJsrootView } from './lib/jsroot-view.js';
import type { HistView, Overlay } from './lib/hist-canvas.js';
import { MonitorSocket } from './lib/monitor-socket.js';
import type { ServerMessage } from './lib/monitor-socket.js';
import { navHeader } from './lib/nav-header.js';

interface Status {
  events_processed: number;
  source: string;
  source_state: string;
  source_error: string;
  uptime_s: number;
  run: number;
  spill: number;
  events_in_spill: number;
  particles_on_target_run: number;
  particles_on_target_total: number;
  particles_on_target_per_run: Record<string, number>;
  rate_hz: number;
  spill_rate_hz: number;
  decode_problems: number;
  blinded: boolean;
  signal_box: { maxEcalGeV: number; maxHcalGeV: number };
  counter_labels: string[];
  reference_events: number;
  setup: string;
  clients: number;
  read_only: boolean;
  reco_state: string;
  reco_events: number;
  reco_skipped_events: number;
}

interface Alarm {
  kind: string;
  label: string;
  seen: number;
  expected: number;
  against: string;
}

const conn = navHeader('dashboard');
const app = document.getElementById('app')!;
app.innerHTML = `
<style>
  .bar { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 8px 12px; background: #fff; border-bottom: 1px solid #ddd; }
  .bar b { font-variant-numeric: tabular-nums; }
  .actions { display: flex; gap: 6px; align-items: center; padding: 6px 12px; }
  section { padding: 4px 12px; }
  section h2 { font-size: 14px; margin: 8px 0 4px; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 8px; }
  .panel h3 { font-size: 12px; margin: 0 0 2px; font-weight: normal; display: flex; justify-content: space-between; gap: 6px; }
  .panel h3 a { font-size: 11px; color: #0072b2; margin-left: 4px; }
  .panel canvas { width: 100%; height: 190px; display: block; }
  #alarms li { margin: 2px 0; }
  #log { color: #a00; font-size: 12px; }
</style>
<div class="bar" id="status">
  <span>setup <b id="setup">–</b></span><span>source <b id="source">–</b> (<span id="source-state">–</span>)</span>
  <span>run <b id="run">–</b></span><span>spill <b id="spill">–</b></span><span>events in spill <b id="events-in-spill">–</b></span>
  <span>events processed <b id="events-processed">0</b></span><span>rate <b id="rate">–</b> /s</span><span>in-spill rate <b id="spill-rate">–</b> /s</span>
  <span>particles on target: run <b id="pot-run">0</b>, total <b id="pot-total">0</b> <span id="pot-runs"></span></span>
  <span>decode problems <b id="problems">0</b></span><span>uptime <b id="uptime">0</b> s</span>
  <span>signal box <b id="blind-state">blinded</b></span><span>reference <b id="ref-events">none</b></span>
</div>
<div class="actions">
  <button id="btn-reset">Reset</button><button id="btn-reference">Snapshot as reference</button>
  <button id="btn-unblind">Unblind</button><button id="btn-blind">Blind</button>
  <a href="/api/reference" download="straw-reference.json">download reference</a>
  <label>token <input id="token" size="12" /></label><span id="log"></span>
</div>
<section><h2>Straw alarms <span id="alarm-count" class="ok">none</span></h2><ul id="alarms"></ul></section>
<section><h2>Run, trigger and counters</h2><div class="grid" id="g-run"></div></section>
<section><h2>Calorimeters</h2><div class="grid" id="g-calo"></div></section>
<section><h2>SRD, veto, VHCAL, beam counters</h2><div class="grid" id="g-counters"></div></section>
<section><h2>Online reconstruction (src/reco on a sample: <span id="reco-state">off</span>, <b id="reco-events">0</b> events reconstructed, <span id="reco-skipped">0</span> skipped)</h2><div class="grid" id="g-reco"></div></section>
<div id="g-straws"></div>
`;

const $ = (id: string): HTMLElement => document.getElementById(id)!;
const tokenInput = $('token') as HTMLInputElement;
tokenInput.value = pageToken() ?? '';
let status: Status | undefined;
const hists = new Map<string, HistView>();
const panels = new Map<string, { el: HTMLElement; canvas: HTMLCanvasElement; entries: HTMLElement }>();
const dirty = new Set<string>();

/** Which grid a histogram goes to. */
function gridOf(name: string): HTMLElement {
  const st = /^(.+?)_(tube_time|drift_time|hitmap|occupancy|noise|efficiency|rt)$/.exec(name);
  if (st) {
    let sec = document.getElementById(`g-straw-${st[1]}`);
    if (!sec) {
      const s = document.createElement('section');
      s.innerHTML = `<h2>Straw chamber ${st[1]}</h2><div class="grid" id="g-straw-${st[1]}"></div>`;
      $('g-straws').append(s);
      sec = document.getElementById(`g-straw-${st[1]}`)!;
    }
    return sec;
  }
  if (/^(trigger_bits|events_per_spill|counters_fired|rate_history)$/.test(name)) return $('g-run');
  if (/^reco_/.test(name)) return $('g-reco');
  if (/^(ecal|hcal)_/.test(name)) return $('g-calo');
  return $('g-counters');
}

function panelOf(name: string): { el: HTMLElement; canvas: HTMLCanvasElement; entries: HTMLElement } {
  let p = panels.get(name);
  if (p) return p;
  const el = document.createElement('div');
  el.className = 'panel';
  el.dataset.hist = name;
  el.innerHTML = `<h3><span class="title"></span><span><span class="entries">0</span><a href="/api/hist/${name}.json" download>JSON</a><a href="/api/hist/${name}.png" download>PNG</a></span></h3><canvas></canvas>`;
  gridOf(name).append(el);
  el.querySelector('canvas')!.title = 'click: open in JSROOT';
  el.querySelector('canvas')!.addEventListener('click', () => {
    openJsrootView(name).catch((e: Error) => {
      $('log').textContent = `JSROOT: ${e.message}`;
    });
  });
  p = { el, canvas: el.querySelector('canvas')!, entries: el.querySelector('.entries')! };
  panels.set(name, p);
  return p;
}

function overlayOf(h: HistView): Overlay {
  if ((h.name === 'ecal_hcal' || h.name === 'reco_ecal_hcal') && status) {
    const b = status.signal_box;
    return {
      rects: [{ x0: h.xlo, x1: b.maxEcalGeV, y0: h.ylo, y1: b.maxHcalGeV, label: status.blinded ? 'signal box (blinded)' : 'signal box', fill: status.blinded ? 'rgba(120,120,120,0.5)' : undefined }],
      // The plane spans 0 … 1.2·E0 (calo-monitor.ts): the line E_ECAL + E_HCAL = E0 (full containment).
      lines: [{ x0: 0, y0: h.xhi / 1.2, x1: h.xhi / 1.2, y1: 0, label: 'E_ECAL + E_HCAL = E0' }],
    };
  }
  if (h.name === 'counters_fired' && status) return { xLabels: status.counter_labels };
  return {};
}

function draw(): void {
  for (const name of dirty) {
    const h = hists.get(name);
    if (!h) continue;
    const p = panelOf(name);
    p.el.querySelector('.title')!.textContent = h.title;
    p.entries.textContent = `${h.entries} entries`;
    p.el.dataset.entries = String(h.entries);
    drawHist(p.canvas, h, overlayOf(h));
  }
  dirty.clear();
}

function showStatus(s: Status): void {
  status = s;
  const set = (id: string, v: string | number): void => {
    $(id).textContent = String(v);
  };
  set('setup', s.setup);
  set('source', s.source);
  set('source-state', s.source_error ? `${s.source_state}: ${s.source_error}` : s.source_state);
  set('run', s.run);
  set('spill', s.spill);
  set('events-in-spill', s.events_in_spill);
  set('events-processed', s.events_processed);
  set('rate', s.rate_hz.toFixed(0));
  set('spill-rate', s.spill_rate_hz.toFixed(0));
  set('pot-run', s.particles_on_target_run);
  set('pot-total', s.particles_on_target_total);
  const runs = Object.entries(s.particles_on_target_per_run ?? {});
  set('pot-runs', runs.length > 1 ? `(${runs.map(([r, n]) => `run ${r}: ${n}`).join(', ')})` : '');
  set('problems', s.decode_problems);
  set('uptime', s.uptime_s.toFixed(0));
  set('blind-state', s.blinded ? 'blinded' : 'UNBLINDED');
  set('ref-events', s.reference_events ? `${s.reference_events} events` : 'none');
  set('reco-state', s.reco_state);
  set('reco-events', s.reco_events);
  set('reco-skipped', s.reco_skipped_events);
  for (const k of ['ecal_hcal', 'reco_ecal_hcal']) if (hists.has(k)) dirty.add(k);
}

function showAlarms(alarms: Alarm[]): void {
  const ul = $('alarms');
  ul.replaceChildren(
    ...alarms.map((a) => {
      const li = document.createElement('li');
      li.className = 'alarm';
      li.dataset.label = a.label;
      li.dataset.kind = a.kind;
      li.textContent = `${a.kind.toUpperCase()} tube ${a.label}: ${a.seen} hits, ${a.expected.toFixed(0)} expected (vs ${a.against})`;
      return li;
    }),
  );
  const c = $('alarm-count');
  c.textContent = alarms.length ? `${alarms.length}` : 'none';
  c.className = alarms.length ? 'alarm' : 'ok';
}

function onMessage(m: ServerMessage): void {
  if (m.type === 'hello' || m.type === 'update') {
    if (m.status) showStatus(m.status as Status);
    for (const h of (m.hists as HistView[] | undefined) ?? []) {
      hists.set(h.name, h);
      dirty.add(h.name);
    }
    if (m.alarms) showAlarms(m.alarms as Alarm[]);
    requestAnimationFrame(draw);
    (window as unknown as { __monitorLastUpdate: unknown }).__monitorLastUpdate = { at: Date.now(), lastFill: m.last_fill_ms };
  } else if (m.type === 'error') {
    $('log').textContent = `server: ${String(m.message)}`;
  } else if (m.type === 'ack') {
    $('log').textContent = '';
  }
}

const socket = new MonitorSocket({
  onMessage,
  onState: (open) => {
    conn.textContent = open ? 'live' : 'disconnected';
    conn.className = `conn ${open ? 'ok' : 'alarm'}`;
  },
});
// For tests and the console: the page's socket.
(window as unknown as { __monitorSocket: MonitorSocket }).__monitorSocket = socket;

async function action(path: string): Promise<void> {
  try {
    await postJson(path, {}, tokenInput.value || undefined);
    $('log').textContent = '';
    showStatus(await getJson<Status>('/api/status'));
  } catch (e) {
    $('log').textContent = (e as Error).message;
  }
}
$('btn-reset').onclick = () => {
  hists.clear();
  void action('/api/reset');
};
$('btn-reference').onclick = () => void action('/api/reference');
$('btn-unblind').onclick = () => void action('/api/unblind');
$('btn-blind').onclick = () => void action('/api/blind');
window.addEventListener('resize', () => {
  for (const k of hists.keys()) dirty.add(k);
  requestAnimationFrame(draw);
});
