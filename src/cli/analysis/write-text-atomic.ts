/** Writing an output file under a `.partial` name, renamed when complete (no truncated file looks complete). */
import { renameSync, writeFileSync } from 'node:fs';

/** Writes `text` to `path` atomically (write `path.partial`, then rename). */
export function writeTextAtomic(path: string, text: string): void {
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}
