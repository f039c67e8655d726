/**
 * The dashboard in a real browser (chromium via playwright-core) against a real server and
 * the real built app: histograms fill as a simulated stream flows, an injected dead straw
 * tube raises its alarm, a malformed WebSocket message is rejected and the page keeps working,
 * and /api/status has its keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningMonitor } from '../../src/monitor/server/index.js';
import { launchChromium, startTestMonitor } from './browser-setup.js';

let browser: Browser;
let monitor: RunningMonitor;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  monitor = await startTestMonitor({ deadStraws: ['ST1:0:17'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await monitor?.close();
});

const entriesOf = (p: Page, name: string): Promise<number> => p.$eval(`[data-hist="${name}"]`, (el) => Number((el as HTMLElement).dataset.entries ?? 0));
const eventsShown = (p: Page): Promise<number> => p.$eval('#events-processed', (el) => Number(el.textContent));

describe('monitor dashboard', () => {
  it('GET /api/status answers events_processed, source, uptime_s, run, spill', async () => {
    const s = (await (await fetch(`${monitor.url}/api/status`)).json()) as Record<string, unknown>;
    for (const k of ['events_processed', 'source', 'uptime_s', 'run', 'spill', 'particles_on_target_run', 'rate_hz']) expect(s).toHaveProperty(k);
    expect(s.source).toBe('sim:configs/na64e-2021-2023.yaml');
    expect(typeof s.uptime_s).toBe('number');
  });

  it('loads, and its histograms fill as the simulated stream flows', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${monitor.url}/`);
    await page.waitForSelector('[data-hist="ecal_energy"]', { timeout: 30_000 });
    const ev1 = await eventsShown(page);
    const n1 = await entriesOf(page, 'ecal_energy');
    await page.waitForFunction((n) => Number(document.querySelector('#events-processed')?.textContent) > n + 500, ev1, { timeout: 30_000 });
    await page.waitForFunction((n) => Number((document.querySelector('[data-hist="ecal_energy"]') as HTMLElement).dataset.entries) > n, n1, { timeout: 30_000 });
    expect(await eventsShown(page)).toBeGreaterThan(ev1);
    expect(await entriesOf(page, 'ecal_energy')).toBeGreaterThan(n1);
    expect(await entriesOf(page, 'ST1_drift_time')).toBeGreaterThan(0);
    // The canvas was drawn: some pixel is not blank.
    const inked = await page.$eval('[data-hist="ecal_hcal"] canvas', (c) => {
      const g = (c as HTMLCanvasElement).getContext('2d')!;
      const d = g.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  });

  it('runs the online reconstruction on a sample and fills its histograms', async () => {
    await page.waitForFunction(() => Number((document.querySelector('[data-hist="reco_e_ecal"]') as HTMLElement | null)?.dataset.entries ?? 0) > 0, undefined, { timeout: 60_000 });
    const s = (await (await fetch(`${monitor.url}/api/status`)).json()) as { reco_state: string; reco_events: number };
    expect(s.reco_state).toBe('running');
    expect(s.reco_events).toBeGreaterThan(0);
  });

  it('raises the alarm of the injected dead straw tube ST1:0:17', async () => {
    await page.waitForSelector('#alarms li[data-label="ST1:0:17"][data-kind="dead"]', { timeout: 60_000 });
    const labels = await page.$$eval('#alarms li[data-kind="dead"]', (els) => els.map((e) => (e as HTMLElement).dataset.label));
    expect(labels).toEqual(['ST1:0:17']);
  });

  it('opens a histogram in JSROOT (bundled by Vite) when its panel is clicked', async () => {
    await page.click('[data-hist="ecal_energy"] canvas');
    await page.waitForSelector('#jsroot-view[data-drawn="1"]', { timeout: 30_000 });
    expect(await page.$$eval('#jsroot-pad svg', (els) => els.length)).toBeGreaterThan(0);
    await page.click('#jsroot-close');
    expect(await page.$('#jsroot-view')).toBeNull();
  });

  it('snapshots a reference and unblinds/blinds the signal box from its buttons (localhost: no token needed)', async () => {
    await page.click('#btn-reference');
    await page.waitForFunction(() => /events/.test(document.querySelector('#ref-events')?.textContent ?? ''), undefined, { timeout: 10_000 });
    await page.click('#btn-unblind');
    await page.waitForFunction(() => document.querySelector('#blind-state')?.textContent === 'UNBLINDED', undefined, { timeout: 10_000 });
    expect(monitor.state.blinded).toBe(false);
    await page.click('#btn-blind');
    await page.waitForFunction(() => document.querySelector('#blind-state')?.textContent === 'blinded', undefined, { timeout: 10_000 });
    expect(monitor.state.reference?.events).toBeGreaterThan(0);
  });

  it('rejects a malformed WebSocket message with an error, and the page keeps updating', async () => {
    const reply = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(`ws://${location.host}/ws`);
          ws.onmessage = (m) => {
            const d = JSON.parse(String(m.data)) as { type: string; message?: string };
            if (d.type === 'error') resolve(d.message ?? '');
          };
          ws.onopen = () => {
            ws.send('{"type": "reset", "token": 42');
            ws.send(JSON.stringify({ type: 'launch_missiles' }));
          };
        }),
    );
    expect(reply).toMatch(/not JSON/);
    // The page's own socket also sends garbage: only it gets the error, the stream goes on.
    await page.evaluate(() => (window as unknown as { __monitorSocket: { sendRaw(s: string): void } }).__monitorSocket.sendRaw('\u0000garbage'));
    await page.waitForFunction(() => /server: not JSON/.test(document.querySelector('#log')?.textContent ?? ''), undefined, { timeout: 10_000 });
    const ev = await eventsShown(page);
    await page.waitForFunction((n) => Number(document.querySelector('#events-processed')?.textContent) > n, ev, { timeout: 20_000 });
    const s = (await (await fetch(`${monitor.url}/api/status`)).json()) as { events_processed: number; source_state: string };
    expect(s.source_state).toBe('running');
    expect(s.events_processed).toBeGreaterThan(ev);
  });
});
