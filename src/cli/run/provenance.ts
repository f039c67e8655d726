/**
 * Provenance of a run: emiss version, git commit of the sources (when they are a git checkout),
 * the setup's SHA-256, seeds, stage timings and the machine.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, hostname, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../store/index.js';
import { EMISS_VERSION } from '../version.js';

/** The git commit of the emiss sources ('unknown' outside a git checkout), with '-dirty' when modified. */
export function gitCommit(): string {
  const cwd = fileURLToPath(new URL('../../..', import.meta.url));
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'configs', 'calib'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return 'unknown';
  }
}

/** The machine: host, CPU model and count, memory, Node version, platform. */
export function machineInfo(): Record<string, string | number> {
  const c = cpus();
  return {
    host: hostname(),
    cpu: c[0]?.model ?? 'unknown',
    cores: c.length,
    memory_GiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    emiss_version: EMISS_VERSION,
  };
}

/**
 * SHA-256 (16 hex digits) of the code and data a run's results depend on: every file under
 * src/ (but the monitor's web app), configs/ and calib/ of the installation, path and bytes.
 * Part of every stage key, so a changed simulation or reconstruction is never taken from a
 * stage an older code made (the version number alone does not change between commits).
 */
export function codeDigest(): string {
  const root = packageRoot();
  const h = createHash('sha256');
  const walk = (rel: string): void => {
    const abs = join(root, rel);
    for (const e of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (r !== 'src/monitor/web') walk(r);
      } else if (e.isFile() && !e.name.endsWith('.test.ts')) {
        h.update(r).update('\0').update(readFileSync(join(abs, e.name))).update('\0');
      }
    }
  };
  for (const d of ['src', 'configs', 'calib']) if (existsSync(join(root, d))) walk(d);
  return h.digest('hex').slice(0, 16);
}
