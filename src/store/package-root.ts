/**
 * The folder of the emiss installation (where package.json names "emiss"): configs/, calib/ and
 * the sources are found from it whatever the working directory, under tsx or compiled into
 * .emiss-build/ (whose own package.json has no name).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The absolute path of the emiss package folder. */
export function packageRoot(): string {
  if (cached) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'emiss') return (cached = dir);
    if (dirname(dir) === dir) throw new Error('emiss: cannot find the emiss package folder (package.json with name "emiss")');
  }
}
