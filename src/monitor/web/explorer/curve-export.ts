/**
 * The explorer's current curve as a download: CSV (one row per mass, a header of unit-carrying
 * names) or JSON (the inputs, the upper limit on signal events and the points, keys as the
 * `points` of `emiss limit --json`: mass_GeV, epsilon_90, y_90, dm_mass_GeV,
 * yield_per_eot, branching_invisible).
 */
import type { ExplorerInputs } from './explorer-inputs.js';
import type { ExplorerCurve } from './solve-limit.js';
import type { YieldTable } from './yield-table.js';

/** Column names of the CSV, in order. */
export const CURVE_COLUMNS = ['mass_GeV', 'epsilon_90', 'y_90', 'dm_mass_GeV', 'yield_per_eot', 'branching_invisible'] as const;

function rows(curve: ExplorerCurve, table: YieldTable): number[][] {
  return Array.from(curve.massesGeV, (m, k) => [m, curve.epsilon[k], curve.y[k], curve.dmMassesGeV[k], table.yieldPerParticle[k], curve.branching[k]]);
}

/** CSV text: a header line then one line per mass, numbers in shortest round-trip form. */
export function curveCsv(curve: ExplorerCurve, table: YieldTable): string {
  const lines = [CURVE_COLUMNS.join(',')];
  for (const r of rows(curve, table)) lines.push(r.map((v) => String(v)).join(','));
  return `${lines.join('\n')}\n`;
}

/** JSON text of the inputs and the curve. */
export function curveJson(curve: ExplorerCurve, table: YieldTable, inputs: ExplorerInputs): string {
  const points = rows(curve, table).map((r) => Object.fromEntries(CURVE_COLUMNS.map((c, j) => [c, r[j]])));
  return `${JSON.stringify(
    {
      generator: 'emiss sensitivity explorer',
      inputs,
      cross_section: table.method,
      threshold_GeV: table.thresholdGeV,
      spectrum: table.spectrumOrigin,
      signal_events_90: curve.signalEvents,
      points,
    },
    null,
    2,
  )}\n`;
}
