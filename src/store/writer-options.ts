/** Options shared by the Parquet writers, with their defaults and checks. */
import { EmissError } from '../core/index.js';
import { CHUNK_ROWS } from './rows-source.js';

/** Options of {@link ParquetTableWriter.create} and {@link writeParquet}. */
export interface ParquetTableWriterOptions {
  /**
   * Let DOUBLE columns hold NaN and ±Infinity. Default false: a non-finite value is an error
   * naming its column and row, so that no emiss output carries one silently.
   */
  allowNonFinite?: boolean;
  /**
   * Parquet page compression. Default 'zstd': on a truth-like table as fast as snappy and
   * about half the size.
   */
  compression?: 'zstd' | 'snappy' | 'uncompressed';
  /** Rows per Parquet row group. Default 122 880 (DuckDB's); at least 2048. */
  rowGroupSize?: number;
}

const COMPRESSIONS = ['zstd', 'snappy', 'uncompressed'];

/** Fills in the defaults; throws `BAD_OPTION` naming `where` (the output path) on a bad value. */
export function resolveWriterOptions(options: ParquetTableWriterOptions, where: string): Required<ParquetTableWriterOptions> {
  const o: Required<ParquetTableWriterOptions> = {
    allowNonFinite: options.allowNonFinite ?? false,
    compression: options.compression ?? 'zstd',
    rowGroupSize: options.rowGroupSize ?? 122_880,
  };
  if (!COMPRESSIONS.includes(o.compression)) {
    throw new EmissError('BAD_OPTION', `${where}: compression`, `unknown compression ${JSON.stringify(o.compression)}`, COMPRESSIONS.join(', '));
  }
  if (!Number.isInteger(o.rowGroupSize) || o.rowGroupSize < CHUNK_ROWS) {
    throw new EmissError('BAD_OPTION', `${where}: rowGroupSize`, `${o.rowGroupSize} is not a valid row count`, `an integer ≥ ${CHUNK_ROWS}`);
  }
  return o;
}
