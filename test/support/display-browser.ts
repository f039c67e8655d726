/**
 * Browser-test helpers of the event display and the sensitivity explorer: Debian's chromium
 * driven by playwright-core, with WebGL through SwiftShader (software rendering, no GPU), and a
 * monitor server on a free port with a short simulated stream.
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { openMonitor } from '../../src/monitor/server/index.js';
import type { RunningMonitor } from '../../src/monitor/server/index.js';
import { chromiumPath } from '../browser/browser-setup.js';


/** Launches headless chromium with software WebGL (ANGLE on SwiftShader); without chromium it fails saying how to install it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  });
}

/** A monitor on 127.0.0.1:<free port> fed by the simulation of `setup` at `rate` events/s. */
export function simulatedMonitor(setup = 'configs/na64e-2021-2023.yaml', rate = 300, maxEvents = 3000): Promise<RunningMonitor> {
  return openMonitor({ source: `sim:${setup}`, port: 0, rate, maxEvents, seed: 7 });
}
