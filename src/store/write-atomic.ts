/**
 * Writing an output file under a `.partial` name, renamed when complete: a file under its final
 * name is never a truncated one (an interrupted or failed write leaves at most the `.partial`,
 * which is removed when the write itself fails).
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes `data` to `path` atomically (write `path.partial`, then rename); rethrows the file system's error. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.partial`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
