/**
 * Content-addressed stages of `emiss run`: a stage's outputs live in
 * `<root>/stages/<name>-<key>/`, where key is the SHA-256 (first 16 hex digits) of everything
 * the stage depends on (setup text, seed, emiss version, its options, the keys of the stages it
 * reads). A stage is complete when its folder exists under the final name: the work runs in a
 * `.partial-<pid>` folder that is renamed (atomic on one file system) only after the stage
 * returned and its `stage.json` was written. An interrupted stage (Ctrl-C, a kill, a full disk)
 * leaves only a partial folder, which is never taken for a result and is removed by the next run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirs } from './make-dirs.js';
import { EmissError } from '../core/index.js';

/** The 16-hex-digit content key of a JSON-able value (object keys sorted, so order does not matter). */
export function contentKey(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16);
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** A finished stage. */
export interface StageResult<T> {
  /** Folder with the stage's files. */
  dir: string;
  /** The stage's key. */
  key: string;
  /** What the stage function returned (stored in stage.json). */
  value: T;
  /** True when an earlier run had already done it. */
  reused: boolean;
  /** Seconds the stage took (0 when reused). */
  seconds: number;
}

/**
 * Returns the stage `name` for `inputs`: the stored result when a complete folder exists (and
 * `fresh` is false), otherwise runs `work(dir)` in a partial folder and publishes it.
 * `work` returns a JSON-able summary; it must write its files only inside `dir`.
 */
export async function cachedStage<T>(root: string, name: string, inputs: unknown, work: (dir: string) => Promise<T>, fresh = false): Promise<StageResult<T>> {
  const key = contentKey({ name, inputs });
  const stages = join(root, 'stages');
  makeDirs(stages);
  const final = join(stages, `${name}-${key}`);
  const meta = join(final, 'stage.json');
  if (!fresh && existsSync(meta)) {
    const value = (JSON.parse(readFileSync(meta, 'utf8')) as { value: T }).value;
    return { dir: final, key, value, reused: true, seconds: 0 };
  }
  // Stale partial folders of this stage (an interrupted earlier run) go first.
  for (const f of readdirSync(stages)) if (f.startsWith(`.${name}-${key}.partial-`)) rmSync(join(stages, f), { recursive: true, force: true });
  const partial = join(stages, `.${name}-${key}.partial-${process.pid}`);
  makeDirs(partial);
  const t0 = performance.now();
  let value: T;
  try {
    value = await work(partial);
    writeFileSync(join(partial, 'stage.json'), JSON.stringify({ name, key, inputs, value }, null, 1));
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
  rmSync(final, { recursive: true, force: true });
  try {
    renameSync(partial, final);
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw new EmissError('IO', final, `cannot publish the stage (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'a writable output folder');
  }
  return { dir: final, key, value, reused: false, seconds: (performance.now() - t0) / 1000 };
}
