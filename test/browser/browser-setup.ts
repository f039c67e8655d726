/**
 * Shared set-up of the browser tests (test/browser/*.test.ts): Debian's chromium driven by
 * playwright-core, and a monitor server on a random port serving the real built app
 * (src/monitor/server ensureWebBuild → .emiss-build/web). Nothing is skipped: without chromium
 * the tests fail and say how to install it.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { openMonitor } from '../../src/monitor/server/index.js';
import type { OpenMonitorOptions, RunningMonitor } from '../../src/monitor/server/index.js';

/** Path of the chromium binary: $CHROMIUM_PATH, /usr/bin/chromium, or `which chromium`. Throws with the fix when missing. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  for (const p of candidates) if (existsSync(p)) return p;
  try {
    const w = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    if (w) return w;
  } catch {
    // not on PATH
  }
  throw new Error('browser tests need Chromium: install it with `apt-get install chromium` (or set CHROMIUM_PATH)');
}

/** Launches headless chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Starts a monitor on 127.0.0.1, a random port, with the web app built; defaults: the NA64e 2021–2023 setup simulated live at 2000 events/s. */
export function startTestMonitor(o: Partial<OpenMonitorOptions> = {}): Promise<RunningMonitor> {
  return openMonitor({ source: 'sim:configs/na64e-2021-2023.yaml', rate: 2000, port: 0, host: '127.0.0.1', updateIntervalMs: 250, ...o });
}
