/**
 * Re-labelling errors of the physics core with the command-line option the user typed: an
 * EmissError about `massGeV` becomes one about `--mass`.
 */
import { EmissError } from '../core/index.js';

/** Runs f; an EmissError whose place is a key of `names` (or ends in `.key`) is re-labelled. */
export function renameOptions<T>(names: Record<string, string>, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof EmissError) {
      const key = Object.keys(names).find((k) => e.where === k || e.where.endsWith(`.${k}`));
      if (key !== undefined) {
        const message = e.message.slice(e.where.length + 2).replace(/ \(allowed: .*\)$/, '');
        throw new EmissError(e.code, names[key], message, e.allowed);
      }
    }
    throw e;
  }
}
