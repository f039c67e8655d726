/**
 * The monitor's browser app, built on demand: at server start, if any source the last build
 * bundled (every module Vite transformed, the files of src/monitor/web, package-lock.json)
 * changed — by SHA-256 of the contents — Vite builds src/monitor/web (vite.config.ts there)
 * into `.emiss-build/web/`, as bin/build-cache.js does for the CLI. The build goes to a fresh
 * folder that is then swapped in, so concurrent servers never see a half-written app. Vite and
 * its bundler are npm packages: no network, no install script. Node only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { EmissError } from '../../core/index.js';
import { makeDirs, packageRoot } from '../../store/index.js';

/** Where the web app's sources and its build live. */
export function webPaths(): { root: string; webRoot: string; outDir: string; stamp: string } {
  const root = packageRoot();
  const outDir = join(root, '.emiss-build', 'web');
  return { root, webRoot: join(root, 'src', 'monitor', 'web'), outDir, stamp: join(outDir, 'web-stamp.json') };
}

interface WebStamp {
  /** package-root-relative path → SHA-256 (hex) of the file's contents. */
  files: Record<string, string>;
}

const sha = (path: string): string => {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return 'missing';
  }
};

/** Files of the web folder (not tests), relative to the package root. */
function webFiles(root: string, webRoot: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/\.test\.ts$/.test(e.name)) out.push(relative(root, p));
    }
  };
  walk(webRoot);
  return out.sort();
}

/** True when the build in `outDir` is missing or older than a source it depends on. */
export function webBuildIsStale(): boolean {
  const { root, webRoot, stamp } = webPaths();
  let s: WebStamp;
  try {
    s = JSON.parse(readFileSync(stamp, 'utf8')) as WebStamp;
  } catch {
    return true;
  }
  for (const f of webFiles(root, webRoot)) if (!(f in s.files)) return true;
  for (const [f, h] of Object.entries(s.files)) if (sha(join(root, f)) !== h) return true;
  return false;
}

let building: Promise<string> | null = null;

/**
 * Builds the app if stale; resolves to the folder to serve. Throws `BAD_FILE` with Vite's
 * message when the build fails (e.g. a syntax error in a page).
 */
export function ensureWebBuild(opts: { force?: boolean; log?: (s: string) => void } = {}): Promise<string> {
  const { outDir } = webPaths();
  if (!opts.force && !webBuildIsStale()) return Promise.resolve(outDir);
  building ??= buildWeb(opts.log).finally(() => {
    building = null;
  });
  return building;
}

async function buildWeb(log?: (s: string) => void): Promise<string> {
  const { root, webRoot, outDir } = webPaths();
  const t0 = performance.now();
  // Built beside .emiss-build (not inside: bin/build-cache.js may swap that folder meanwhile), then moved in.
  const tmp = join(root, `.emiss-build.web-${process.pid}-${Date.now()}.tmp`);
  const seen = new Set<string>();
  let build: typeof import('vite').build;
  try {
    ({ build } = await import('vite'));
  } catch (e) {
    throw new EmissError('BAD_FILE', 'monitor web app', `cannot load Vite to build src/monitor/web (${(e as Error).message.split('\n')[0]})`, 'npm ci (Vite is a dev dependency), or run with --no-web');
  }
  try {
    await build({
      configFile: join(webRoot, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir: tmp, emptyOutDir: true },
      plugins: [
        {
          name: 'emiss-record-sources',
          transform(_code: string, id: string) {
            const path = id.split('?')[0];
            if (!path.includes('/node_modules/') && path.startsWith(root)) seen.add(relative(root, path));
            return null;
          },
        },
      ],
    });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw new EmissError('BAD_FILE', 'monitor web app', `the Vite build of src/monitor/web failed: ${(e as Error).message.split('\n')[0]}`, 'fix the page named in the message');
  }
  const files: Record<string, string> = {};
  for (const f of [...webFiles(root, webRoot), ...seen, 'package-lock.json']) files[f] = sha(join(root, f));
  writeFileSync(join(tmp, 'web-stamp.json'), JSON.stringify({ files } satisfies WebStamp));
  makeDirs(dirname(outDir));
  const old = join(root, `.emiss-build.web-${process.pid}-${Date.now()}.old`);
  try {
    renameSync(outDir, old);
  } catch {
    // first build
  }
  try {
    renameSync(tmp, outDir);
  } catch {
    // another server swapped its build in first: use that one
    rmSync(tmp, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
  if (!existsSync(join(outDir, 'index.html'))) throw new EmissError('BAD_FILE', 'monitor web app', `the build did not land in ${outDir}`, 'start the monitor again');
  log?.(`built the monitor web app (${Object.keys(files).length} sources) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return outDir;
}
