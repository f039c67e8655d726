/**
 * The schema of a Parquet table written by emiss: an ordered list of named, typed columns.
 * Only the types the truth table and the DST need; every one maps 1:1 to a Parquet physical
 * type (DOUBLE → DOUBLE, BIGINT → INT64, INTEGER/SMALLINT/UTINYINT → INT32 with an integer
 * logical type, VARCHAR → BYTE_ARRAY UTF-8).
 */
import { EmissError } from '../core/index.js';

/** DuckDB/Parquet column types a table may hold. */
export type ParquetColumnType = 'DOUBLE' | 'BIGINT' | 'INTEGER' | 'SMALLINT' | 'UTINYINT' | 'VARCHAR';

/** One column of a table: its name (any non-empty string) and type. */
export interface ParquetColumn {
  name: string;
  type: ParquetColumnType;
}

/**
 * A batch of rows, column by column: numbers for numeric columns (any typed array or plain
 * array), strings for VARCHAR columns. Each column holds at least the batch's row count.
 */
export type ParquetBatch = Record<string, ArrayLike<number> | readonly string[]>;

/** Inclusive integer range of each integer type (BIGINT: the exactly representable doubles). */
export const INTEGER_RANGE: Readonly<Record<Exclude<ParquetColumnType, 'DOUBLE' | 'VARCHAR'>, readonly [number, number]>> = {
  BIGINT: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  INTEGER: [-(2 ** 31), 2 ** 31 - 1],
  SMALLINT: [-(2 ** 15), 2 ** 15 - 1],
  UTINYINT: [0, 255],
};

const TYPES: readonly ParquetColumnType[] = ['DOUBLE', 'BIGINT', 'INTEGER', 'SMALLINT', 'UTINYINT', 'VARCHAR'];

/**
 * Checks a column list: at least one column, names non-empty and unique (case-insensitively,
 * as DuckDB compares them), types among {@link ParquetColumnType}. Throws `BAD_OPTION`
 * naming `where` and the offending column.
 */
export function checkColumns(columns: readonly ParquetColumn[], where: string): void {
  if (!Array.isArray(columns) || columns.length === 0) {
    throw new EmissError('BAD_OPTION', where, 'a table needs at least one column', 'a non-empty list of { name, type }');
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (typeof c?.name !== 'string' || c.name.length === 0) {
      throw new EmissError('BAD_OPTION', where, `column name ${JSON.stringify(c?.name)} is not a non-empty string`);
    }
    if (!TYPES.includes(c.type)) {
      throw new EmissError('BAD_OPTION', `${where}, column '${c.name}'`, `unknown type ${JSON.stringify(c.type)}`, TYPES.join(', '));
    }
    const key = c.name.toLowerCase();
    if (seen.has(key)) throw new EmissError('BAD_OPTION', `${where}, column '${c.name}'`, 'the name appears twice (names are case-insensitive)');
    seen.add(key);
  }
}
