/** Helpers to run the emiss command line in tests: in-process (fast) or as `npx emiss` (real). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `emiss argv…` in this process; returns exit code and captured output. */
export async function runInProcess(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs `npx emiss argv…` from the repository root, as a user would. */
export function runNpx(argv: string[]): { code: number; out: string; err: string } {
  const r = spawnSync('npx', ['--no-install', 'emiss', ...argv], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr.split('\n').filter((l) => !l.startsWith('npm warn')).join('\n') };
}

/** Throws if the JSON text holds NaN or Infinity in any form. */
export function assertNoNonFinite(text: string): void {
  if (/NaN|Infinity/.test(text)) throw new Error(`non-finite number in output: ${text.slice(0, 200)}`);
}
