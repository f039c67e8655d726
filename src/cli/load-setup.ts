/** Reading a setup file from disk (Node side of src/setup). */
import { readFileSync } from 'node:fs';
import { EmissError } from '../core/index.js';
import { parseSetup } from '../setup/index.js';
import type { Setup } from '../setup/index.js';

/** Reads and validates a setup file; throws BAD_FILE naming the file. */
export function loadSetup(path: string): Setup {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new EmissError('BAD_FILE', path, code === 'ENOENT' ? 'no such setup file' : `cannot read the setup file (${code ?? String(e)})`, 'a readable YAML file, e.g. configs/na64e-2016-2018.yaml');
  }
  return parseSetup(text, path);
}
