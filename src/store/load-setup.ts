/** Reading a setup file from disk (Node side of src/setup), with the files it extends. */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { EmissError } from '../core/index.js';
import { parseSetup } from '../setup/index.js';
import type { Setup } from '../setup/index.js';

function readText(path: string, what: string, where: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new EmissError('BAD_FILE', where, code === 'ENOENT' ? `no such ${what} (${path})` : `cannot read the ${what} ${path} (${code ?? String(e)})`, 'a readable YAML file, e.g. configs/na64e-2016-2018.yaml');
  }
}

/** Reads and validates a setup file; `extends:` paths are relative to the extending file. Throws BAD_FILE naming the file. */
export function loadSetup(path: string): Setup {
  const text = readText(path, 'setup file', path);
  return parseSetup(text, path, (ref, from) => {
    const full = resolve(dirname(from), ref);
    const fileName = relative(process.cwd(), full) || full;
    return { text: readText(full, 'base setup file', `${from}: extends`), fileName };
  });
}
