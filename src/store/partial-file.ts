/**
 * Atomic appearance of an output file: it is written as `<path>.partial` and renamed to
 * `<path>` only when complete (rename within a directory is atomic on POSIX file systems), so
 * a file at `<path>` is always whole and an interrupted run leaves only a `.partial`.
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { EmissError } from '../core/index.js';

/** The temporary name of `path` while it is written. */
export function partialPath(path: string): string {
  return `${path}.partial`;
}

/**
 * Creates an empty `<path>.partial` (replacing a stale one) and returns its name; throws
 * `BAD_FILE` if `path` is a directory or its directory is missing or not writable.
 */
export function createPartial(path: string): string {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new EmissError('BAD_FILE', path, 'is a directory', 'a file path');
  const partial = partialPath(path);
  try {
    writeFileSync(partial, '');
  } catch (e) {
    throw new EmissError('BAD_FILE', partial, `cannot be created (${(e as Error).message})`);
  }
  return partial;
}

/**
 * Flushes `<path>.partial` to disk and renames it to `path` (replacing a previous file);
 * throws `BAD_FILE` naming `path` if either step fails.
 */
export function commitPartial(path: string): void {
  const partial = partialPath(path);
  try {
    const fd = openSync(partial, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
  } catch (e) {
    throw new EmissError('BAD_FILE', path, `cannot be completed from ${partial} (${(e as Error).message})`);
  }
}
