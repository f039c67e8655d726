/**
 * Signal efficiency as a function of the A′ mass from a table (the setup file's
 * `signal.efficiency`), interpolated linearly in ln m and held constant beyond the ends.
 */
import { interpolator } from '../core/index.js';

/** The efficiency table of a setup. */
export interface EfficiencyTable {
  massesGeV: readonly number[];
  values: readonly number[];
}

/** m [GeV] ↦ efficiency (dimensionless). */
export function signalEfficiency(table: EfficiencyTable): (massGeV: number) => number {
  if (table.massesGeV.length === 1) {
    const v = table.values[0];
    return () => v;
  }
  return interpolator(table.massesGeV, table.values, { logX: true });
}
