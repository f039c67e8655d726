import { EmissError } from '../core/index.js';

/**
 * Merging a setup with the one it extends (`extends:` in a setup file), before validation.
 * Pure; works on the plain data YAML gives.
 */

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isNamedList(v: unknown): v is Plain[] {
  return Array.isArray(v) && v.every((x) => isPlain(x) && typeof x.name === 'string');
}

/**
 * The extending setup's data laid over the base's:
 * - mappings merge key by key, recursively; a key set to `null` removes the base's value;
 * - lists of named items (`detectors`) merge item by item by `name`: an item with a base
 *   item's name is merged into it (so `{ name: MBPL1, fieldIntegralTm: -3.5 }` flips one
 *   magnet), an item with `remove: true` drops it, a new name is appended;
 * - any other value (numbers, strings, other lists) replaces the base's.
 */
export function mergeSetupData(base: unknown, over: unknown, fileName = 'setup.yaml'): unknown {
  return merge(base, over, fileName, '');
}

function merge(base: unknown, over: unknown, fileName: string, path: string): unknown {
  if (isPlain(base) && isPlain(over)) {
    const out: Plain = { ...base };
    for (const [k, v] of Object.entries(over)) {
      if (v === null) delete out[k];
      else out[k] = k in base ? merge(base[k], v, fileName, path ? `${path}.${k}` : k) : v;
    }
    return out;
  }
  if (isNamedList(base) && isNamedList(over)) {
    const out: Plain[] = base.map((x) => ({ ...x }));
    for (const item of over) {
      const i = out.findIndex((x) => x.name === item.name);
      if (item.remove === true) {
        if (i < 0) throw new EmissError('BAD_FILE', `${fileName}: ${path}`, `cannot remove '${String(item.name)}': the base setup has no item of that name`, `one of ${out.map((x) => String(x.name)).join(', ')}`);
        out.splice(i, 1);
      } else if (i >= 0) out[i] = merge(out[i], item, fileName, `${path}[${String(item.name)}]`) as Plain;
      else out.push(item);
    }
    return out;
  }
  return over;
}
