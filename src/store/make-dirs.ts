/**
 * Creating a folder and its missing parents. Not `mkdirSync(dir, { recursive: true })`: on a
 * path it cannot create under a pseudo file system (`/proc/x`), Node 20's recursive mkdir
 * loops forever instead of failing; one level at a time fails with the system's error.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Creates `dir` and its missing parents; throws the file system's error (ENOENT, EACCES, …). */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); ) {
    missing.push(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}
