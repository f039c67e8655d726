import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { histFromRootJson } from '../../analysis/hist/index.js';
import type { Hist2D } from '../../analysis/hist/index.js';
import { loadSetup } from '../../store/load-setup.js';
import { SimulationRun } from '../../sim/index.js';
import { buildGeometry } from '../../sim/sim-geometry.js';
import { buildRawFile } from '../../../test/support/raw-files.js';
import { MonitorState } from './monitor-state.js';
import { openMonitor } from './open-monitor.js';
import { startMonitor } from './monitor-server.js';
import type { MonitorSource } from './monitor-source.js';
import { decodeFileHeader } from '../../daq/index.js';
import type { RunningMonitor } from './monitor-server.js';

// `ws` (the WebSocket library under @fastify/websocket) as a client: Node 20 has no global WebSocket.
type WsClient = { on(ev: string, f: (d: unknown) => void): void; send(s: string): void; close(): void; readyState: number };
const WS = createRequire(import.meta.url)('ws') as new (url: string) => WsClient;

const SETUP = 'configs/na64e-2021-2023.yaml';
const N = 600;
let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emiss-monitor-'));
  file = join(dir, 'events.emraw');
  const setup = loadSetup(SETUP);
  const run = new SimulationRun({ setup, fileName: SETUP, process: 'beam', seed: 3, runNumber: 5, setupHash: new Uint8Array(32) });
  const raw = run.simulateChunk(0, N).raw;
  const header = run.fileHeader();
  const bytes = new Uint8Array(header.length + raw.length);
  bytes.set(header);
  bytes.set(raw, header.length);
  writeFileSync(file, bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function messages(ws: WsClient): { all: Record<string, unknown>[]; next(type: string, timeoutMs?: number): Promise<Record<string, unknown>> } {
  const all: Record<string, unknown>[] = [];
  const waiting: { type: string; resolve: (m: Record<string, unknown>) => void }[] = [];
  ws.on('message', (d) => {
    const m = JSON.parse(String(d)) as Record<string, unknown>;
    all.push(m);
    for (const w of waiting.filter((x) => x.type === m.type)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(m);
    }
  });
  return {
    all,
    next: (type, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        waiting.push({ type, resolve });
        setTimeout(() => reject(new Error(`no '${type}' message in ${timeoutMs} ms`)), timeoutMs);
      }),
  };
}

describe('the monitor server on a raw file (API and WebSocket)', () => {
  let m: RunningMonitor;
  beforeAll(async () => {
    m = await openMonitor({ source: file, web: false, port: 0, updateIntervalMs: 100 });
    await m.sourceDone;
  });
  afterAll(() => m?.close());

  it('GET /api/status: every event of the file processed, with the documented keys', async () => {
    const s = (await (await fetch(`${m.url}/api/status`)).json()) as Record<string, unknown>;
    expect(s).toMatchObject({ events_processed: N, source: `file:${file}`, source_state: 'ended', run: 5, particles_on_target_run: N, decode_problems: 0, blinded: true });
    expect(s.uptime_s).toBeGreaterThan(0);
  });

  it('GET /api/hist/<name>.json is a TH1D/TH2D that reads back with the same entries; .png is a PNG', async () => {
    const j = await (await fetch(`${m.url}/api/hist/ecal_energy.json`)).json();
    const h = histFromRootJson(j);
    expect(h.entries).toBe(m.state.calo.hists.find((x) => x.name === 'ecal_energy')!.entries);
    expect(h.entries).toBeGreaterThan(0.9 * N);
    const h2 = histFromRootJson(await (await fetch(`${m.url}/api/hist/ST1_tube_time.json`)).json());
    expect(h2.entries).toBeGreaterThan(N);
    const png = new Uint8Array(await (await fetch(`${m.url}/api/hist/ecal_hcal.png`)).arrayBuffer());
    expect(Array.from(png.subarray(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await fetch(`${m.url}/api/hist/nope.json`)).status).toBe(404);
  });

  it('blinds the signal box of the E_ECAL–E_HCAL plane until unblinded', async () => {
    const blind = histFromRootJson(await (await fetch(`${m.url}/api/hist/ecal_hcal.json`)).json()) as Hist2D;
    const full = m.state.calo.ecalHcal;
    const box = m.state.calo.box;
    let outside = 0;
    for (let iy = 1; iy <= full.ny; iy++) {
      for (let ix = 1; ix <= full.nx; ix++) {
        const c = full.cell(ix, iy);
        const inBox = full.xlo + ((ix - 1) * (full.xhi - full.xlo)) / full.nx < box.maxEcalGeV && full.ylo + ((iy - 1) * (full.yhi - full.ylo)) / full.ny < box.maxHcalGeV;
        if (inBox) expect(blind.contents[c]).toBe(0);
        else expect(blind.contents[c]).toBe(full.contents[c]);
        if (!inBox) outside += full.contents[c];
      }
    }
    expect(outside).toBeGreaterThan(0.5 * N);
    expect((await fetch(`${m.url}/api/unblind`, { method: 'POST' })).status).toBe(200);
    const open = histFromRootJson(await (await fetch(`${m.url}/api/hist/ecal_hcal.json`)).json());
    expect(open.entries).toBe(m.state.calo.ecalHcal.entries);
    await fetch(`${m.url}/api/blind`, { method: 'POST' });
  });

  it('serves the ring of recent events, 404 for one not held', async () => {
    const latest = (await (await fetch(`${m.url}/api/events/latest`)).json()) as { event: number; straw: { channel: number[] } };
    expect(latest.event).toBe(N - 1);
    expect((await fetch(`${m.url}/api/events/${latest.event}`)).status).toBe(200);
    expect((await fetch(`${m.url}/api/events/123456789`)).status).toBe(404);
    const setup = (await (await fetch(`${m.url}/api/setup`)).json()) as { geometry: { elements: { name: string }[] } };
    expect(setup.geometry.elements.map((e) => e.name)).toContain('ST1');
  });

  it('answers a malformed WebSocket message with an error to that client only; the other keeps its updates', async () => {
    const bad = new WS(m.url.replace('http', 'ws') + '/ws');
    const good = new WS(m.url.replace('http', 'ws') + '/ws');
    const b = messages(bad);
    const g = messages(good);
    await Promise.all([b.next('hello'), g.next('hello')]);
    bad.send('{not json');
    const err = await b.next('error');
    expect(String(err.message)).toMatch(/not JSON/);
    bad.send(JSON.stringify({ type: 'reset', token: 7 }));
    expect(String((await b.next('error')).message)).toMatch(/token/);
    expect(m.state.counters.eventsProcessed).toBe(N);
    await g.next('update');
    expect(g.all.some((x) => x.type === 'error')).toBe(false);
    good.send(JSON.stringify({ type: 'ping', id: 9 }));
    expect((await g.next('pong')).id).toBe(9);
    good.send(JSON.stringify({ type: 'subscribe', topics: ['status'] }));
    await g.next('ack');
    const u = await g.next('update');
    expect(u).toHaveProperty('status');
    expect(u).not.toHaveProperty('hists');
    bad.close();
    good.close();
  });
});

describe('the monitor server with a slow client and a TCP source', () => {
  it('keeps serving the others when a client stops reading (its updates are skipped)', async () => {
    // The simulated file's records replayed in a loop as fast as possible: every update (20/s)
    // carries every histogram, so the kernel's socket buffers (a few MB on loopback) fill fast.
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(file);
    const d = decodeFileHeader(bytes);
    if (d.kind !== 'header') throw new Error('the test file has no header');
    const headerBytes = d.header.headerBytes;
    const loop: MonitorSource = {
      name: 'loop',
      async run(ctx) {
        ctx.push(bytes.subarray(0, headerBytes));
        while (!ctx.signal.aborted) {
          ctx.push(bytes.subarray(headerBytes));
          await new Promise((r) => setTimeout(r, 5));
        }
      },
    };
    const setup = loadSetup(SETUP);
    const state = new MonitorState({ geometry: buildGeometry(setup), setup });
    const m = await startMonitor({ state, source: loop, setup, port: 0, updateIntervalMs: 50, maxBufferedBytes: 1 });
    try {
      const slow = new WS(m.url.replace('http', 'ws') + '/ws') as WsClient & { _socket?: { pause(): void } };
      await messages(slow).next('hello');
      slow._socket!.pause();
      const good = new WS(m.url.replace('http', 'ws') + '/ws');
      const g = messages(good);
      await g.next('hello');
      const t0 = Date.now();
      while (m.skippedUpdates() === 0 && Date.now() - t0 < 80_000) await g.next('update');
      expect(m.skippedUpdates()).toBeGreaterThan(0);
      const before = m.state.counters.eventsProcessed;
      const updatesBefore = g.all.length;
      for (let k = 0; k < 3; k++) await g.next('update');
      expect(g.all.length).toBeGreaterThan(updatesBefore);
      expect(m.state.counters.eventsProcessed).toBeGreaterThan(before);
      slow.close();
      good.close();
    } finally {
      await m.close();
    }
  }, 120_000);

  it('reads the raw stream from tcp://host:port', async () => {
    const { createServer } = await import('node:net');
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(file);
    const srv = createServer((sock) => {
      // Odd-sized writes: records split across TCP segments.
      for (let o = 0; o < bytes.length; o += 65_537) sock.write(bytes.subarray(o, o + 65_537));
      sock.end();
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as { port: number }).port;
    const m = await openMonitor({ source: `tcp://127.0.0.1:${port}`, setup: SETUP, web: false, port: 0, reco: false });
    try {
      await m.sourceDone;
      const s = (await (await fetch(`${m.url}/api/status`)).json()) as Record<string, unknown>;
      expect(s).toMatchObject({ events_processed: N, source: `tcp://127.0.0.1:${port}`, source_state: 'ended', decode_problems: 0 });
    } finally {
      await m.close();
      srv.close();
    }
  });
});

describe('the monitor server with the online reconstruction', () => {
  it('reconstructs a sample: reco histograms fill and ring events carry DST values', async () => {
    const m = await openMonitor({ source: 'sim:' + SETUP, rate: 1000, web: false, port: 0, reco: true });
    try {
      const t0 = Date.now();
      let found: { reco: Record<string, number> } | undefined;
      while (!found && Date.now() - t0 < 40_000) {
        await new Promise((r) => setTimeout(r, 200));
        const { events } = (await (await fetch(`${m.url}/api/events`)).json()) as { events: number[] };
        for (const n of events.slice(-20)) {
          const e = (await (await fetch(`${m.url}/api/events/${n}`)).json()) as { reco: Record<string, number> };
          if (e.reco?.reconstructed === 1) found = e;
        }
      }
      expect(found?.reco).toHaveProperty('mom_GeV');
      const s = (await (await fetch(`${m.url}/api/status`)).json()) as { reco_state: string; reco_events: number };
      expect(s.reco_state).toBe('running');
      expect(s.reco_events).toBeGreaterThan(0);
      const h = histFromRootJson(await (await fetch(`${m.url}/api/hist/reco_e_ecal.json`)).json());
      expect(h.entries).toBeGreaterThan(0);
    } finally {
      await m.close();
    }
  }, 90_000);
});

describe('the monitor server bound off loopback', () => {
  it('needs the token for state-changing actions', async () => {
    const m = await openMonitor({ source: file, web: false, port: 0, host: '0.0.0.0', token: 'sesame' });
    try {
      await m.sourceDone;
      expect((await fetch(`${m.url}/api/reset`, { method: 'POST' })).status).toBe(403);
      expect((await fetch(`${m.url}/api/unblind`, { method: 'POST', headers: { authorization: 'Bearer wrong!' } })).status).toBe(403);
      expect(m.state.blinded).toBe(true);
      expect((await fetch(`${m.url}/api/reset`, { method: 'POST', headers: { authorization: 'Bearer sesame' } })).status).toBe(200);
      expect(m.state.counters.eventsProcessed).toBe(0);
      expect((await fetch(`${m.url}/api/status`)).status).toBe(200);
    } finally {
      await m.close();
    }
  });
});

describe('MonitorState on damaged and random input', () => {
  it('skips damaged records of a stream, counts them, and keeps every intact event', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(file);
    const bad = new Uint8Array(bytes);
    // Flip bytes in the middle of three records (after the header).
    for (const f of [0.25, 0.5, 0.75]) bad[Math.floor(f * bad.length)] ^= 0xff;
    const setup = loadSetup(SETUP);
    const st = new MonitorState({ geometry: buildGeometry(setup), setup });
    for (let o = 0; o < bad.length; o += 65_536) st.push(bad.subarray(o, o + 65_536));
    st.reader.end();
    expect(st.problems).toBe(3);
    expect(st.counters.eventsProcessed).toBe(N - 3);
  });


  it('fills from random raw events (any channel id, sample, time) without throwing, and every histogram stays finite', () => {
    const setup = loadSetup(SETUP);
    const st = new MonitorState({ geometry: buildGeometry(setup), setup });
    const f = buildRawFile(400, 11, { maxAdc: 40 });
    for (let o = 0; o < f.bytes.length; o += 7777) st.push(f.bytes.subarray(o, o + 7777));
    st.reader.end();
    expect(st.counters.eventsProcessed).toBe(400);
    for (const h of st.histograms().values()) {
      expect(JSON.stringify(h.toRootJson())).not.toMatch(/NaN|Infinity/);
      expect(h.contents.every(Number.isFinite) && Number.isFinite(h.sumw)).toBe(true);
    }
  });
});
