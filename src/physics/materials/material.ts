/**
 * Lookup of the materials table by name: the PDG-tabulated materials and the NA64 calorimeter
 * mixtures.
 */
import { EmissError } from '../../core/index.js';
import type { Material } from './material-types.js';
import { NA64_MATERIALS } from './na64-calorimeters.js';
import { PDG_MATERIALS } from './pdg-materials.js';

const TABLE: ReadonlyMap<string, Material> = new Map(
  [...Object.values(PDG_MATERIALS), ...Object.values(NA64_MATERIALS)].map((m) => [m.name.toLowerCase(), m]),
);

/** The names of the materials table: Pb, W, Fe, Cu, Al, polystyrene, BGO, air, NA64-ECAL, NA64-HCAL, NA64-WCAL. */
export const MATERIAL_NAMES: readonly string[] = Object.freeze([...TABLE.values()].map((m) => m.name));

/**
 * The material named `name` (case-insensitive: 'pb', 'PB' and 'Pb' are lead). Units of the
 * result: see {@link Material}. Throws `EmissError('UNKNOWN_NAME')` at 'material' listing the
 * known names otherwise.
 */
export function material(name: string): Material {
  const m = typeof name === 'string' ? TABLE.get(name.trim().toLowerCase()) : undefined;
  if (m === undefined) {
    throw new EmissError('UNKNOWN_NAME', 'material', `unknown material '${String(name)}'`, MATERIAL_NAMES.join(', '));
  }
  return m;
}
