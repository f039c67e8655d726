/**
 * Reading Parquet tables (truth, DST) into columns, and SQL queries over them, via DuckDB.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { EmissError } from '../core/index.js';
import { withDuckDB } from './duckdb-session.js';
import { selectColumns } from './select-columns.js';
import type { ColumnTable } from './result-columns.js';
import { quoteIdentifier, quoteString } from './sql-quote.js';

/** Options of {@link readParquet}. */
export interface ReadParquetOptions {
  /** Columns to read, in this order. Default: all, in the file's order. */
  columns?: readonly string[];
  /** A SQL condition on the rows, e.g. `'eEcal < 50 AND xProduced = 1'`. Default: every row. */
  where?: string;
}

/**
 * Reads a Parquet file (or several: a glob such as `run-*.parquet`, read as one table) into
 * columns: numbers as Float64Array (BIGINT beyond ±2^53 rounds, NULL → NaN), VARCHAR as
 * string[]. Rows keep the file's order. Throws `BAD_FILE` naming a missing or unreadable file
 * and `BAD_OPTION` naming an unknown column or a bad `where`.
 *
 * @example
 * const { n, columns } = await readParquet('truth.parquet', { columns: ['eEcal', 'eHcal'], where: 'xProduced = 1' });
 */
export async function readParquet(path: string, options: ReadParquetOptions = {}): Promise<ColumnTable> {
  const abs = resolve(path);
  if (!/[*?[]/.test(path) && !statSync(abs, { throwIfNoEntry: false })?.isFile()) {
    throw new EmissError('BAD_FILE', abs, 'file not found');
  }
  const source = `read_parquet(${quoteString(abs)})`;
  return withDuckDB(async (c) => {
    let available: string[];
    try {
      available = (await c.runAndReadAll(`SELECT column_name FROM (DESCRIBE SELECT * FROM ${source})`)).getRows().map((r) => String(r[0]));
    } catch (e) {
      throw new EmissError('BAD_FILE', abs, `cannot be read as Parquet (${firstLine(e)})`);
    }
    for (const name of options.columns ?? []) {
      if (!available.includes(name)) throw new EmissError('BAD_OPTION', `${abs}, column '${name}'`, 'is not in the file', available.join(', '));
    }
    const list = options.columns === undefined ? '*' : options.columns.map(quoteIdentifier).join(', ');
    const sql = `SELECT ${list} FROM ${source}${options.where === undefined ? '' : ` WHERE (${options.where})`}`;
    return runToColumns(c, sql, abs, (message) =>
      options.where !== undefined && !isFileError(message)
        ? new EmissError('BAD_OPTION', `${abs}: where`, `${JSON.stringify(options.where)} failed (${message})`)
        : new EmissError('BAD_FILE', abs, `cannot be read (${message})`),
    );
  });
}

/**
 * Runs any DuckDB SQL (it may read Parquet files directly: `FROM 'truth.parquet'`) and returns
 * its result as columns, as {@link readParquet} does. A file that cannot be found or read is
 * `BAD_FILE`, any other error `BAD_OPTION`; both carry DuckDB's message.
 *
 * @example
 * const { columns } = await queryParquet("SELECT xMechanism, count(*) AS n FROM 'truth.parquet' GROUP BY ALL ORDER BY 1");
 */
export async function queryParquet(sql: string): Promise<ColumnTable> {
  return withDuckDB((c) => runToColumns(c, sql, 'queryParquet', (message) => new EmissError(isFileError(message) ? 'BAD_FILE' : 'BAD_OPTION', 'queryParquet', message)));
}

/** Runs `sql` and reads its result; a DuckDB error (first line of it) goes through `error`. */
async function runToColumns(c: DuckDBConnection, sql: string, where: string, error: (message: string) => EmissError): Promise<ColumnTable> {
  try {
    return await selectColumns(c, sql, where);
  } catch (e) {
    if (e instanceof EmissError) throw e;
    throw error(firstLine(e));
  }
}

function isFileError(message: string): boolean {
  return /^IO Error|No files found|No magic bytes|not a parquet file|too small to be a Parquet file/i.test(message);
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
