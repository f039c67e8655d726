import { EmissError } from '../../core/index.js';
import { conditionColumns } from './condition.js';
import type { Selection } from './selection.js';

/**
 * Checks that every column the selection reads exists in `available` (the DST's columns).
 * Throws `BAD_FILE` naming the selection file, the cut (or region) and the missing column,
 * with the available columns — one line.
 * @param dataName - the DST file(s), for the message.
 */
export function checkSelectionColumns(sel: Selection, available: readonly string[], dataName: string): void {
  const have = new Set(available);
  const items: [string, Parameters<typeof conditionColumns>[0]][] = [
    ...sel.cuts.map((c): [string, typeof c.where] => [`cut '${c.name}'`, c.where]),
    ...sel.signalBox.cuts.map((c): [string, typeof c.where] => [`signal-box cut '${c.name}'`, c.where]),
    ...sel.regions.map((r): [string, typeof r.where] => [`region '${r.name}'`, r.where]),
  ];
  for (const [what, cond] of items) {
    for (const col of conditionColumns(cond)) {
      if (!have.has(col)) {
        throw new EmissError('BAD_FILE', `${sel.fileName}: ${what}`, `column '${col}' is not in ${dataName}`, `columns of the file: ${available.join(', ')}`);
      }
    }
  }
}
