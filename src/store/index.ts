/**
 * emiss store (Node only): Parquet tables written and read through DuckDB — the simulation's
 * truth table and the DST.
 */
export { ParquetTableWriter } from './parquet-table-writer.js';
export type { ParquetTableResult } from './parquet-table-writer.js';
export type { ParquetTableWriterOptions } from './writer-options.js';
export type { ParquetBatch, ParquetColumn, ParquetColumnType } from './parquet-column.js';
export { readParquet, queryParquet } from './read-parquet.js';
export { quoteIdentifier, quoteString } from './sql-quote.js';
export type { ReadParquetOptions } from './read-parquet.js';
export type { ColumnTable } from './result-columns.js';
export { writeParquet } from './write-parquet.js';
export { siblingModule, startTsWorker } from './ts-worker.js';
export { withDuckDB } from './duckdb-session.js';
export { recordRun, listRuns, getRun } from './runs-store.js';
export type { RunRecord, RunPeriod, RunResultPoint, RunListEntry } from './runs-store.js';
export { diffRuns } from './runs-diff.js';
export type { RunDiff, InputDifference, LimitShift } from './runs-diff.js';
export { makeDirs } from './make-dirs.js';
export { cachedStage, contentKey } from './stage-cache.js';
export type { StageResult } from './stage-cache.js';
export { packageRoot } from './package-root.js';
export { loadSetup } from './load-setup.js';
export { svgToPng } from './svg-to-png.js';
export { writeAtomic } from './write-atomic.js';
