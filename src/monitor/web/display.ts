/**
 * The event display page: the setup in 3D (three.js WebGL), the selected event's hits, tracks
 * and cells; latest / previous / next, a filter over the summary, live follow, Phoenix export.
 * Data: `GET /api/setup` (the setup, or a ready display geometry), `GET /api/events` (the
 * recent events the server holds), `GET /api/events/latest`, `GET /api/events/:n`.
 * Test hook: `window.__display`.
 */
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { parseSetup } from '../../setup/index.js';
import type { Setup } from '../../setup/index.js';
import { buildGeometry } from '../../sim/index.js';
import { displayGeometry, fromGeometryJson } from './display/display-geometry.js';
import type { DisplayGeometry } from './display/display-geometry.js';
import type { DisplayEvent } from './display/display-event.js';
import { SIGNAL_BOX, compileFilter } from './display/event-filter.js';
import type { EventFilter } from './display/event-filter.js';
import { eventView } from './display/event-view.js';
import type { EventView } from './display/event-view.js';
import { fromRingEvent } from './display/ring-event.js';
import { phoenixEvent } from './display/phoenix-event.js';
import { disposeGroup, eventGroup, geometryGroup } from './display/scene-builder.js';
import { getJson } from './lib/api-client.js';
import { navHeader } from './lib/nav-header.js';

const conn = navHeader('display');
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const message = $('message');

function say(text: string, error = false): void {
  message.textContent = text;
  message.className = error ? 'error' : '';
}

// --- three.js scene ---------------------------------------------------------------------------
const view = $('view');
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(window.devicePixelRatio);
renderer.setClearColor(0xffffff);
view.prepend(renderer.domElement);
const scene = new THREE.Scene();
const world = new THREE.Group();
scene.add(world);
const camera = new THREE.PerspectiveCamera(40, 1, 1, 1e6);
const controls = new OrbitControls(camera, renderer.domElement);
let frames = 0;
function render(): void {
  renderer.render(scene, camera);
  frames++;
}
controls.addEventListener('change', render);
function resize(): void {
  const w = view.clientWidth || 800;
  const h = view.clientHeight || 600;
  renderer.setSize(w, h, false);
  camera.aspect = w / h;
  camera.updateProjectionMatrix();
  render();
}
window.addEventListener('resize', resize);

let geometry: DisplayGeometry | null = null;
let geoGroup: THREE.Group | null = null;
let evGroup: THREE.Group | null = null;

/**
 * Points the camera at the whole setup: a view from the side (−x, so that the beam runs left to right),
 * slightly from above and upstream, at the distance where the setup's length fills the width.
 */
function resetView(): void {
  frame(world);
}

/** Frames an object (the whole setup, or the event's hits and cells). */
function frame(object: THREE.Object3D): void {
  const box = new THREE.Box3().setFromObject(object);
  if (box.isEmpty()) return;
  const c = box.getCenter(new THREE.Vector3());
  const size = box.getSize(new THREE.Vector3());
  const hfov = 2 * Math.atan(Math.tan((camera.fov * Math.PI) / 360) * camera.aspect);
  const d = (0.55 * Math.max(size.z, size.x, size.y)) / Math.tan(hfov / 2) + 0.5 * size.x;
  const dir = new THREE.Vector3(-0.9, 0.35, -0.25).normalize();
  camera.position.copy(c).addScaledVector(dir, d);
  camera.near = d / 1000;
  camera.far = d * 20;
  camera.updateProjectionMatrix();
  controls.target.copy(c);
  controls.update();
  render();
}

// --- data ------------------------------------------------------------------------------------
let current: DisplayEvent | null = null;
let currentView: EventView | null = null;
let filter: EventFilter = () => true;
/** Event numbers the server holds (ascending) and the events fetched so far (by number). */
let list: number[] = [];
const cache = new Map<number, DisplayEvent>();

async function loadGeometry(): Promise<DisplayGeometry> {
  const res = await getJson<{ geometry?: unknown; setup?: Setup; setup_yaml?: string }>('/api/setup');
  const fromServer = fromGeometryJson(res.geometry);
  if (fromServer) return fromServer;
  const setup = res.setup ?? (res.setup_yaml ? parseSetup(res.setup_yaml) : undefined);
  if (!setup) throw new Error('/api/setup: neither a geometry nor a setup in the answer');
  return displayGeometry(buildGeometry(setup, 'setup from /api/setup'));
}

async function refreshList(): Promise<void> {
  const r = await getJson<{ events: (number | { event: number })[] }>('/api/events');
  list = r.events.map((e) => (typeof e === 'number' ? e : e.event)).sort((a, b) => a - b);
  const held = new Set(list);
  for (const n of cache.keys()) if (!held.has(n)) cache.delete(n);
}

async function fetchEvent(n: number): Promise<DisplayEvent | null> {
  const hit = cache.get(n);
  if (hit) return hit;
  try {
    const ev = fromRingEvent(await getJson(`/api/events/${n}`));
    cache.set(n, ev);
    return ev;
  } catch {
    return null; // dropped from the ring meanwhile, or hidden
  }
}

/** The first event passing the filter among `numbers`, in their order (fetched one by one, cached). */
async function firstPassing(numbers: number[]): Promise<DisplayEvent | null> {
  for (const n of numbers) {
    const ev = await fetchEvent(n);
    if (ev && filter(ev.summary)) return ev;
  }
  return null;
}

function showEvent(ev: DisplayEvent): void {
  if (!geometry) return;
  current = ev;
  currentView = eventView(geometry, ev);
  if (evGroup) {
    world.remove(evGroup);
    disposeGroup(evGroup);
  }
  evGroup = eventGroup(currentView.hits, currentView.tracks, currentView.cells);
  world.add(evGroup);
  $('title').textContent = `run ${ev.run} · spill ${ev.spill} · event ${ev.event}`;
  const rows = Object.entries(ev.summary)
    .filter(([k]) => !['run', 'spill', 'event'].includes(k))
    .map(([k, v]) => `<tr><td>${k}</td><td>${Number.isInteger(v) ? v : v.toPrecision(4)}</td></tr>`);
  rows.push(`<tr><td>hits</td><td>${currentView.hits.z.length}</td></tr><tr><td>tracks</td><td>${currentView.tracks.length} (${currentView.tracks[0]?.origin ?? '–'})</td></tr><tr><td>cells &gt; 1 MeV</td><td>${currentView.cells.length}</td></tr>`);
  $('summary').innerHTML = rows.join('');
  if (currentView.unknownChannels > 0) say(`${currentView.unknownChannels} hit channel(s) outside every tracker of the setup`, true);
  render();
}

/** Goes to the newest event passing the filter. */
async function latest(): Promise<void> {
  try {
    await refreshList();
  } catch (e) {
    say(e instanceof Error ? e.message : String(e), true);
    return;
  }
  const ev = await firstPassing(list.slice().reverse());
  if (!ev) {
    say(list.length === 0 ? 'no event received yet' : `none of the ${list.length} recent events passes the filter`);
    return;
  }
  showEvent(ev);
  say(`${list.length} recent events held by the server`);
}

/** Steps to the previous (−1) or next (+1) event passing the filter. */
async function step(dir: -1 | 1): Promise<void> {
  await refreshList().catch(() => undefined);
  const here = current?.event ?? (dir < 0 ? Infinity : -Infinity);
  const candidates = dir < 0 ? list.filter((n) => n < here).reverse() : list.filter((n) => n > here);
  const ev = await firstPassing(candidates);
  if (!ev) {
    say(dir < 0 ? 'no earlier event passes the filter (the server keeps the recent ones only)' : 'no later event passes the filter yet');
    return;
  }
  showEvent(ev);
  say('');
}

function setFilter(text: string): void {
  try {
    filter = compileFilter(text);
    $<HTMLInputElement>('filter').value = text;
    void latest();
  } catch (e) {
    say(e instanceof Error ? e.message : String(e), true);
  }
}

$('latest').addEventListener('click', () => void latest());
$('prev').addEventListener('click', () => void step(-1));
$('next').addEventListener('click', () => void step(1));
$('box').addEventListener('click', () => setFilter(SIGNAL_BOX));
$('nofilter').addEventListener('click', () => setFilter(''));
$<HTMLInputElement>('filter').addEventListener('change', (e) => setFilter((e.target as HTMLInputElement).value));
$('reset-view').addEventListener('click', resetView);
$('fit-event').addEventListener('click', () => evGroup && frame(evGroup));
$<HTMLInputElement>('zscale').addEventListener('input', (e) => {
  const v = Number((e.target as HTMLInputElement).value);
  world.scale.z = v;
  $('zscale-v').textContent = String(v);
  resetView();
});
$('export').addEventListener('click', () => {
  if (!geometry || !current || !currentView) return;
  const json = JSON.stringify(phoenixEvent(geometry, current, currentView.hits, currentView.tracks, currentView.cells));
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  a.download = `emiss-run${current.run}-event${current.event}.phoenix.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
let followTimer: ReturnType<typeof setInterval> | undefined;
$<HTMLInputElement>('follow').addEventListener('change', (e) => {
  clearInterval(followTimer);
  if ((e.target as HTMLInputElement).checked) followTimer = setInterval(() => void latest(), 1000);
});

async function start(): Promise<void> {
  try {
    geometry = await loadGeometry();
    conn.textContent = 'connected';
  } catch (e) {
    conn.textContent = 'no setup';
    say(`cannot load the setup: ${e instanceof Error ? e.message : String(e)}`, true);
    return;
  }
  geoGroup = geometryGroup(geometry);
  world.add(geoGroup);
  resize();
  resetView();
  await latest();
  // No event yet (the stream just started): look again every second until one arrives.
  if (!current) {
    const wait = setInterval(() => {
      if (current) clearInterval(wait);
      else void latest();
    }, 1000);
  }
}

declare global {
  interface Window {
    __display?: unknown;
  }
}
window.__display = {
  get frames() {
    return frames;
  },
  get state() {
    return {
      elements: geometry?.elements.length ?? 0,
      event: current?.event ?? null,
      hits: currentView?.hits.z.length ?? 0,
      tracks: currentView?.tracks.length ?? 0,
      cells: currentView?.cells.length ?? 0,
      webgl: renderer.getContext() ? renderer.capabilities.isWebGL2 ? 'webgl2' : 'webgl1' : 'none',
    };
  },
  phoenix: () => (geometry && current && currentView ? phoenixEvent(geometry, current, currentView.hits, currentView.tracks, currentView.cells) : null),
  setFilter,
  latest,
  step,
  ready: start(),
};
