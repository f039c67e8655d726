/** Running a selection over DST files with DuckDB: the cut flow and the control regions, in one pass. */
import { buildCutFlow, checkSelectionColumns, cutFlowSql } from '../../analysis/index.js';
import type { CutFlow, Selection } from '../../analysis/index.js';
import { queryParquet } from '../../store/index.js';
import type { DstSource } from './dst-source.js';

/** Options of {@link runCutFlow}. */
export interface RunCutFlowOptions {
  /** Show the signal box of data (default false: blinded when the selection says so). */
  unblind?: boolean;
  /** Treat the input as simulation (weighted) or data; default: simulation when truth columns exist. */
  simulation?: boolean;
}

/**
 * The cut flow of `sel` over the DST files in one DuckDB pass (stages and regions).
 * Checks first that every column the selection reads exists (BAD_FILE naming the selection
 * file, the cut and the column otherwise).
 */
export async function runCutFlow(sel: Selection, src: DstSource, opts: RunCutFlowOptions = {}): Promise<CutFlow> {
  checkSelectionColumns(sel, src.columns, src.name);
  const simulation = opts.simulation ?? src.simulation;
  const weight = simulation && src.columns.includes(sel.weightColumn) ? sel.weightColumn : null;
  const blind = !simulation && sel.signalBox.blind && opts.unblind !== true;
  const t = await queryParquet(cutFlowSql(sel, src.from, weight));
  const col = (k: string): Float64Array => t.columns[k] as Float64Array;
  return buildCutFlow(
    sel,
    { stage: col('stage'), n: col('n'), sw: col('sw'), sw2: col('sw2'), regions: sel.regions.map((_, i) => ({ n: col(`r${i}_n`), sw: col(`r${i}_sw`), sw2: col(`r${i}_sw2`) })) },
    { simulation, blind },
  );
}
