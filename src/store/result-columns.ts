/**
 * DuckDB query results as emiss columns: numbers in Float64Array, strings in string[]. The
 * result is materialized first (DuckDB holds it while it is copied: the peak memory is twice
 * the columns), which gives the row count and so arrays allocated once at their size.
 */
import { DuckDBTypeId } from '@duckdb/node-api';
import type { DuckDBDecimalValue, DuckDBMaterializedResult, DuckDBValue } from '@duckdb/node-api';
import { EmissError } from '../core/index.js';
import { readDoubles } from './vector-items.js';

/** A table in memory: row count and columns by name (in the query's order). */
export interface ColumnTable {
  /** Number of rows. */
  n: number;
  columns: Record<string, Float64Array | string[]>;
}

/** How a column's values become numbers or strings. */
export type Kind = 'number' | 'bigint' | 'boolean' | 'decimal' | 'string';

/** The kind of each DuckDB type emiss reads; other types are refused. */
export const KINDS: Partial<Record<DuckDBTypeId, Kind>> = {
  [DuckDBTypeId.DOUBLE]: 'number',
  [DuckDBTypeId.FLOAT]: 'number',
  [DuckDBTypeId.TINYINT]: 'number',
  [DuckDBTypeId.SMALLINT]: 'number',
  [DuckDBTypeId.INTEGER]: 'number',
  [DuckDBTypeId.UTINYINT]: 'number',
  [DuckDBTypeId.USMALLINT]: 'number',
  [DuckDBTypeId.UINTEGER]: 'number',
  [DuckDBTypeId.BIGINT]: 'bigint',
  [DuckDBTypeId.UBIGINT]: 'bigint',
  [DuckDBTypeId.HUGEINT]: 'bigint',
  [DuckDBTypeId.UHUGEINT]: 'bigint',
  [DuckDBTypeId.BOOLEAN]: 'boolean',
  [DuckDBTypeId.DECIMAL]: 'decimal',
  [DuckDBTypeId.VARCHAR]: 'string',
};

/**
 * Reads a whole DuckDB result into columns. Numeric types (integers of any width, FLOAT,
 * DOUBLE, DECIMAL, BOOLEAN as 0/1) become Float64Array — 64-bit integers beyond ±2^53 lose
 * their last digits, SQL NULL becomes NaN; VARCHAR becomes string[] with NULL as ''. Any
 * other type is `BAD_OPTION` naming the column (cast it in the SQL). `where` names the query
 * in messages. With `nonNullDoubles` (the caller's SQL made every numeric column a DOUBLE
 * without NULLs) the numbers are copied in bulk, ~100× faster than value by value.
 */
export function resultColumns(result: DuckDBMaterializedResult, where: string, nonNullDoubles = false): ColumnTable {
  const names = result.deduplicatedColumnNames();
  const kinds = names.map((name, j) => {
    const kind = KINDS[result.columnTypeId(j)];
    if (kind === undefined) {
      throw new EmissError('BAD_OPTION', `${where}, column '${name}'`, `type ${result.columnType(j).toString()} cannot be read into numbers or strings`, 'numeric, BOOLEAN or VARCHAR columns (CAST the column in the query)');
    }
    return kind;
  });
  // A materialized result knows its row count: every array is allocated once, at its size.
  const n = result.rowCount;
  const out = kinds.map((k) => (k === 'string' ? new Array<string>(n) : new Float64Array(n)));
  let row = 0;
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const m = chunk.rowCount;
    for (let j = 0; j < kinds.length; j++) {
      const vector = chunk.getColumnVector(j);
      const kind = kinds[j];
      if (kind === 'string') {
        const strings = out[j] as string[];
        for (let i = 0; i < m; i++) strings[row + i] = (vector.getItem(i) as string | null) ?? '';
        continue;
      }
      const numbers = out[j] as Float64Array;
      if (nonNullDoubles) {
        readDoubles(vector, numbers, row);
      } else if (kind === 'number') {
        for (let i = 0; i < m; i++) numbers[row + i] = (vector.getItem(i) as number | null) ?? NaN;
      } else {
        for (let i = 0; i < m; i++) numbers[row + i] = toNumber(vector.getItem(i), kind);
      }
    }
    row += m;
  }
  const columns: Record<string, Float64Array | string[]> = {};
  for (let j = 0; j < names.length; j++) columns[names[j]] = out[j];
  return { n, columns };
}

function toNumber(v: DuckDBValue, kind: Kind): number {
  if (v === null) return NaN;
  switch (kind) {
    case 'number':
      return v as number;
    case 'bigint':
      return Number(v as bigint);
    case 'boolean':
      return v ? 1 : 0;
    default:
      return (v as DuckDBDecimalValue).toDouble();
  }
}
