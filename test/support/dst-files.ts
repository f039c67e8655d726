/**
 * Test helper: writes small DST-shaped Parquet tables (docs/dst.md column contract) from
 * arrays, so the analysis can be tested before and independently of `emiss reco`.
 */
import { DST_COLUMN_TYPES } from '../../src/reco/dst-columns.js';
import { writeParquet } from '../../src/store/index.js';
import type { ParquetColumn, ParquetColumnType } from '../../src/store/index.js';

/** Column values of a DST; missing DST columns are written as 0 (`event` as the row number, `weight` as 1). */
export type DstArrays = Record<string, ArrayLike<number>>;

/**
 * Writes `n` rows to `path`: every DST column (types of src/reco/dst-columns.ts), then any
 * extra column of `values` (e.g. `truth_xProduced`) as DOUBLE. Returns the path.
 */
export async function writeDstFile(path: string, n: number, values: DstArrays): Promise<string> {
  const columns: ParquetColumn[] = Object.entries(DST_COLUMN_TYPES).map(([name, type]) => ({ name, type: type as ParquetColumnType }));
  for (const name of Object.keys(values)) if (!(name in DST_COLUMN_TYPES)) columns.push({ name, type: 'DOUBLE' });
  const data: Record<string, ArrayLike<number>> = {};
  for (const c of columns) {
    data[c.name] = values[c.name] ?? (c.name === 'event' ? Float64Array.from({ length: n }, (_, i) => i) : c.name === 'weight' ? new Float64Array(n).fill(1) : new Float64Array(n));
  }
  await writeParquet(path, columns, data);
  return path;
}

/**
 * A DST row set of `n` well-identified 100 GeV electrons that pass every preselection cut of
 * configs/selections/na64e-invisible.yaml, with E_ECAL and E_HCAL from `ecal` and `hcal`.
 */
export function goodElectrons(n: number, ecal: ArrayLike<number>, hcal: ArrayLike<number>): DstArrays {
  const fill = (v: number): Float64Array => new Float64Array(n).fill(v);
  return {
    mom_ok: fill(1),
    mom_GeV: fill(100),
    mom_err_GeV: fill(1),
    n_tracks_up: fill(1),
    e_srd_GeV: fill(0.05),
    e_srd_min_GeV: fill(0.01),
    e_ecal_pre_GeV: fill(2),
    ecal_chi2: fill(1),
    e_ecal_GeV: Float64Array.from(ecal),
    e_hcal_GeV: Float64Array.from(hcal),
  };
}
