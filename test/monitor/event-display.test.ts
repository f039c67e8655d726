/**
 * The event display in a real browser (issue 7): through the monitor's server and a simulated
 * stream, the page renders a non-empty WebGL scene (screenshot saved and its pixels counted),
 * steps between events, filters, and exports the event in Phoenix's JSON format.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningMonitor } from '../../src/monitor/server/index.js';
import { launchChromium, simulatedMonitor } from '../support/display-browser.js';

interface DisplayHook {
  state: { elements: number; event: number | null; hits: number; tracks: number; cells: number; webgl: string };
  frames: number;
}
const hook = (page: Page): Promise<DisplayHook['state']> => page.evaluate(() => (window as unknown as { __display: DisplayHook }).__display.state);

describe('event display page (display.html)', () => {
  let monitor: RunningMonitor;
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'emiss-display-'));

  beforeAll(async () => {
    monitor = await simulatedMonitor();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 800 }, acceptDownloads: true });
    // Wait until the server holds a few events.
    for (let k = 0; k < 100; k++) {
      const r = (await (await fetch(`${monitor.url}/api/events`)).json()) as { events: number[] };
      if (r.events.length >= 3) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    await page.goto(`${monitor.url}/display.html`);
    await page.waitForFunction(() => (window as unknown as { __display?: DisplayHook }).__display?.state.event !== null, null, { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await monitor?.close();
  });

  it('renders the setup and the latest event with WebGL (screenshot saved; > 1000 and > 0.2% non-background pixels, ~0.5% seen)', async () => {
    const s = await hook(page);
    expect(s.webgl).toMatch(/^webgl/);
    expect(s.elements).toBeGreaterThan(10);
    expect(s.hits + s.cells).toBeGreaterThan(0);
    const file = join(dir, 'display.png');
    await page.locator('#view canvas').screenshot({ path: file });
    expect(readFileSync(file).length).toBeGreaterThan(5_000);
    // Count the canvas pixels that differ from the white background (the drawing buffer is preserved).
    const drawn = await page.evaluate(() => {
      const src = document.querySelector('#view canvas') as HTMLCanvasElement;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let k = 0; k < d.length; k += 4) if (d[k] < 235 || d[k + 1] < 235 || d[k + 2] < 235) n++;
      return { n, total: c.width * c.height };
    });
    expect(drawn.n / drawn.total).toBeGreaterThan(0.002);
    expect(drawn.n).toBeGreaterThan(1_000);
  });

  it('steps to the previous event and back to the latest', async () => {
    const first = (await hook(page)).event!;
    await page.click('#prev');
    await page.waitForFunction((n) => (window as unknown as { __display: DisplayHook }).__display.state.event !== n, first, { timeout: 10_000 });
    const prev = (await hook(page)).event!;
    expect(prev).toBeLessThan(first);
    await page.click('#next');
    await page.waitForFunction((n) => (window as unknown as { __display: DisplayHook }).__display.state.event !== n, prev, { timeout: 10_000 });
    expect((await hook(page)).event!).toBeGreaterThan(prev);
  });

  it('filters: an impossible condition keeps the event and says so; a bad field names the fix', async () => {
    const before = (await hook(page)).event;
    await page.fill('#filter', 'e_ecal_GeV > 1e9');
    await page.dispatchEvent('#filter', 'change');
    await expect.poll(() => page.textContent('#message'), { timeout: 10_000 }).toMatch(/passes the filter/);
    expect((await hook(page)).event).toBe(before);
    await page.fill('#filter', 'ecal > 3');
    await page.dispatchEvent('#filter', 'change');
    await expect.poll(() => page.textContent('#message')).toMatch(/unknown field 'ecal'.*e_ecal_GeV/);
    await page.click('#nofilter');
    await expect.poll(() => page.textContent('#message'), { timeout: 10_000 }).toMatch(/recent events held/);
  });

  it('exports the event as Phoenix event JSON (download)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
    const [key] = Object.keys(json);
    const ev = json[key];
    expect(ev['event number']).toBe((await hook(page)).event);
    expect(typeof ev['run number']).toBe('number');
    const hits = Object.values(ev.Hits as Record<string, { type: string; pos: number[] }[]>).flat();
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.pos).toHaveLength(6);
  });
});
