// Compiled sources for the `emiss` command. The sources are TypeScript; the first run after a
// change transpiles src/ (not the tests) with esbuild, file by file, into .emiss-build/ at the
// package root, and later runs import plain JavaScript: ~0.1 s of start-up instead of ~0.5 s
// under tsx, and worker threads (simulation, Parquet writer) start without a TypeScript loader
// of their own. esbuild is the compiler tsx itself uses (an npm dependency with its binary in
// an npm package: no install script, nothing downloaded). If the folder cannot be written
// (a read-only install), the caller falls back to tsx.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const OUT = join(ROOT, '.emiss-build');
const STAMP = 'build-stamp.json';

/** The .ts sources that make up the program (tests excluded), with the newest modification time. */
function sources() {
  const files = [];
  let newest = statSync(join(ROOT, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) {
        files.push(p);
        const m = statSync(p).mtimeMs;
        if (m > newest) newest = m;
      }
    }
  };
  walk(SRC);
  files.sort();
  return { files, stamp: JSON.stringify({ newest, count: files.length, node: process.version }) };
}

/** Returns the folder of the compiled sources (compiling them when stale), or null to use tsx. */
export async function compiledSources() {
  if (process.env.EMISS_NO_BUILD) return null;
  const { files, stamp } = sources();
  try {
    if (readFileSync(join(OUT, STAMP), 'utf8') === stamp) return OUT;
  } catch {
    // no build yet
  }
  try {
    const { build } = await import('esbuild');
    // Build into a fresh folder, then swap it in: concurrent runs never see a half-written build.
    const tmp = `${OUT}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    await build({
      entryPoints: files,
      outdir: join(tmp, 'src'),
      outbase: SRC,
      bundle: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'inline',
      logLevel: 'silent',
    });
    writeFileSync(join(tmp, 'package.json'), '{"type":"module"}\n');
    writeFileSync(join(tmp, STAMP), stamp);
    // Keep the monitor's browser build (.emiss-build/web, src/monitor/server/build-web.ts): it has its own stamp.
    try {
      renameSync(join(OUT, 'web'), join(tmp, 'web'));
    } catch {
      // no web build yet
    }
    const old = `${OUT}.${process.pid}.old`;
    try {
      renameSync(OUT, old);
    } catch {
      // first build
    }
    try {
      renameSync(tmp, OUT);
    } catch {
      // another run swapped in its build first: use that one
      rmSync(tmp, { recursive: true, force: true });
    }
    rmSync(old, { recursive: true, force: true });
    return OUT;
  } catch (e) {
    if (process.env.EMISS_DEBUG) console.error(`emiss: compiling ${relative(process.cwd(), SRC)} failed, using tsx: ${e?.message ?? e}`);
    return null;
  }
}

