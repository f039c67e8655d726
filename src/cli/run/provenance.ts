/**
 * Provenance of a run: emiss version, git commit of the sources (when they are a git checkout),
 * the setup's SHA-256, seeds, stage timings and the machine.
 */
import { execFileSync } from 'node:child_process';
import { cpus, hostname, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
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
