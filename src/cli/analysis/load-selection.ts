/** Reading a selection file from disk; a bare name is looked up in configs/selections/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmissError } from '../../core/index.js';
import { parseSelection } from '../../analysis/index.js';
import type { Selection } from '../../analysis/index.js';
import { packageRoot } from '../../store/index.js';

/** The bundled selections folder (configs/selections of the emiss package). */
function bundledDir(): string {
  return join(packageRoot(), 'configs', 'selections');
}

/**
 * Reads and parses a selection: a path, or the name of a bundled one (`na64e-invisible` →
 * configs/selections/na64e-invisible.yaml). Throws BAD_FILE naming the file.
 */
export function loadSelection(pathOrName: string): Selection {
  let path = pathOrName;
  if (!existsSync(path) && /^[A-Za-z0-9_.-]+$/.test(pathOrName)) {
    const cand = join(bundledDir(), pathOrName.endsWith('.yaml') ? pathOrName : `${pathOrName}.yaml`);
    if (existsSync(cand)) path = cand;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new EmissError('BAD_FILE', pathOrName, 'no such selection file', 'a YAML file such as configs/selections/na64e-invisible.yaml, or a bundled name: na64e-invisible');
  }
  return parseSelection(text, pathOrName);
}
