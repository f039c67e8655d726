/**
 * The DST column contract (docs/dst.md): one row per event, one Float64Array per column in
 * memory (a {@link DstBatch}), written to Parquet through DuckDB with the types listed here.
 * Quantities that could not be measured are 0 with their flag column 0 (never NaN/Infinity).
 */

/** Parquet types used by the DST. */
export type DstColumnType = 'INTEGER' | 'BIGINT' | 'UTINYINT' | 'DOUBLE';

/** The reconstructed columns, in file order, with their Parquet types. */
export const DST_COLUMN_TYPES = {
  run: 'INTEGER',
  spill: 'INTEGER',
  event_in_spill: 'INTEGER',
  event: 'BIGINT',
  trigger_bits: 'INTEGER',
  trigger_class: 'UTINYINT',
  trigger_physics: 'UTINYINT',
  time_ns: 'DOUBLE',
  mom_ok: 'UTINYINT',
  mom_GeV: 'DOUBLE',
  mom_err_GeV: 'DOUBLE',
  mom_chi2ndf: 'DOUBLE',
  mom_out_ok: 'UTINYINT',
  mom_out_GeV: 'DOUBLE',
  n_tracks_up: 'INTEGER',
  n_tracks_down: 'INTEGER',
  e_srd_GeV: 'DOUBLE',
  e_srd_min_GeV: 'DOUBLE',
  e_ecal_GeV: 'DOUBLE',
  e_ecal_pre_GeV: 'DOUBLE',
  ecal_x_cm: 'DOUBLE',
  ecal_y_cm: 'DOUBLE',
  ecal_chi2: 'DOUBLE',
  ecal_time_ns: 'DOUBLE',
  e_hcal_GeV: 'DOUBLE',
  e_hcal1_GeV: 'DOUBLE',
  e_hcal2_GeV: 'DOUBLE',
  e_hcal3_GeV: 'DOUBLE',
  e_hcal4_GeV: 'DOUBLE',
  e_veto_GeV: 'DOUBLE',
  e_vhcal_GeV: 'DOUBLE',
  e_wcal_GeV: 'DOUBLE',
  n_saturated: 'INTEGER',
  // Added by reco (docs/dst.md "Added columns").
  ecal_ok: 'UTINYINT',
  ecal_time_ok: 'UTINYINT',
  ecal_max_cell: 'INTEGER',
  n_odd_pulses: 'INTEGER',
  weight: 'DOUBLE',
} as const satisfies Record<string, DstColumnType>;

/** Name of a reconstructed DST column. */
export type DstColumn = keyof typeof DST_COLUMN_TYPES;

/** The reconstructed DST columns in file order (the truth columns `truth_*` follow for simulated data). */
export const DST_COLUMNS: readonly DstColumn[] = Object.keys(DST_COLUMN_TYPES) as DstColumn[];

/** A batch of DST rows: one Float64Array per column (capacity rows), `n` rows filled. */
export interface DstBatch {
  /** Rows filled. */
  n: number;
  /** Rows allocated per column. */
  capacity: number;
  /** Column name → values (row i at index i). */
  columns: Record<DstColumn, Float64Array>;
}

/** Allocates a DST batch of `capacity` rows (all zero). Example: `createDstBatch(1024).columns.e_ecal_GeV.length` = 1024. */
export function createDstBatch(capacity: number): DstBatch {
  const columns = {} as Record<DstColumn, Float64Array>;
  for (const c of DST_COLUMNS) columns[c] = new Float64Array(capacity);
  return { n: 0, capacity, columns };
}

/** Grows a batch (contents dropped) so that it holds at least `capacity` rows; returns it. */
export function ensureDstCapacity(batch: DstBatch, capacity: number): DstBatch {
  if (batch.capacity >= capacity) return batch;
  for (const c of DST_COLUMNS) batch.columns[c] = new Float64Array(capacity);
  batch.capacity = capacity;
  return batch;
}
