/**
 * Starting a worker thread on a TypeScript (or compiled JavaScript) module: the sources run
 * through tsx (bin/emiss.js, vitest) or compiled; a small CommonJS bootstrap registers tsx's
 * ESM loader in the thread when needed (its CommonJS register() fails inside a worker), then
 * imports the entry module. A failure to start is posted as { type: 'failed', message }.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';

const BOOTSTRAP = `
const { workerData, parentPort } = require('node:worker_threads');
(async () => {
  if (workerData.tsxApi) (await import(workerData.tsxApi)).register();
  await import(workerData.entry);
})().catch((e) => parentPort.postMessage({ type: 'failed', message: 'cannot start: ' + (e && e.message || e) }));
`;

/**
 * Starts a worker running `entry` (a sibling module's URL ending in .ts or .js, chosen like the
 * caller's own extension) with `data` merged into its workerData.
 */
export function startTsWorker(entry: URL, data: Record<string, unknown>, transferList: TransferListItem[] = []): Worker {
  const ts = entry.href.endsWith('.ts');
  const workerData = { ...data, entry: entry.href, tsxApi: ts ? tsxEsmApi() : undefined };
  // A larger young generation: the simulation allocates short-lived buffers per batch, and with
  // the default semi-space scavenges ran often enough to cost 5% (2-thread sim 16.2k → 17.0k events/s).
  return new Worker(BOOTSTRAP, { eval: true, workerData, transferList, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
}

/** The same module URL with the extension the running code uses (.ts under tsx, .js compiled). */
export function siblingModule(base: string, name: string): URL {
  const ts = base.endsWith('.ts');
  return new URL(`./${name}.${ts ? 'ts' : 'js'}`, base);
}

/** URL of tsx's ESM register() API, from its package exports. */
function tsxEsmApi(): string {
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(pkg), exports['./esm/api'].import.default)).href;
}
