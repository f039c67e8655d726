/**
 * emiss store (Node only): Parquet tables written and read through DuckDB — the simulation's
 * truth table and the DST.
 */
export { ParquetTableWriter } from './parquet-table-writer.js';
export type { ParquetTableResult } from './parquet-table-writer.js';
export type { ParquetTableWriterOptions } from './writer-options.js';
export type { ParquetBatch, ParquetColumn, ParquetColumnType } from './parquet-column.js';
export { readParquet, queryParquet } from './read-parquet.js';
export type { ReadParquetOptions } from './read-parquet.js';
export type { ColumnTable } from './result-columns.js';
export { writeParquet } from './write-parquet.js';
export { siblingModule, startTsWorker } from './ts-worker.js';
