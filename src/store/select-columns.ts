/**
 * Runs a SELECT and reads its result into columns by the fast path: the query is wrapped so
 * that every numeric column arrives as a DOUBLE without NULLs (NULL → NaN) and every VARCHAR
 * without NULLs (NULL → ''), which lets result-columns.ts copy numbers in bulk. Statements
 * that cannot be wrapped (not a query: PRAGMA, SUMMARIZE…) are read value by value.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { EmissError } from '../core/index.js';
import { resultColumns } from './result-columns.js';
import type { ColumnTable } from './result-columns.js';
import { quoteIdentifier } from './sql-quote.js';

const NUMERIC = /^(DOUBLE|FLOAT|REAL|U?TINYINT|U?SMALLINT|U?INTEGER|U?BIGINT|U?HUGEINT|BOOLEAN|DECIMAL\(\d+,\s*\d+\))$/;

/**
 * Runs `sql` (one statement) on `connection` and returns its result as columns (see
 * {@link resultColumns} for the conversions). `where` names the query in messages. DuckDB's
 * errors propagate as they are.
 */
export async function selectColumns(connection: DuckDBConnection, sql: string, where: string): Promise<ColumnTable> {
  const inner = sql.trim().replace(/;+\s*$/, '');
  let described: { name: string; type: string }[];
  try {
    const rows = (await connection.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE ${inner})`)).getRows();
    described = rows.map((r) => ({ name: String(r[0]), type: String(r[1]) }));
  } catch {
    return resultColumns(await connection.run(sql), where);
  }
  const aliases = described.map((_, j) => `c${j}`);
  const names = dedupe(described.map((d) => d.name));
  const list = described.map((d, j) => {
    const out = quoteIdentifier(names[j]);
    if (NUMERIC.test(d.type)) return `COALESCE(CAST(${aliases[j]} AS DOUBLE), 'NaN'::DOUBLE) AS ${out}`;
    if (d.type === 'VARCHAR') return `COALESCE(${aliases[j]}, '') AS ${out}`;
    throw new EmissError('BAD_OPTION', `${where}, column '${d.name}'`, `type ${d.type} cannot be read into numbers or strings`, 'numeric, BOOLEAN or VARCHAR columns (CAST the column in the query)');
  });
  const wrapped = `SELECT ${list.join(', ')} FROM (${inner}\n) AS emiss_q(${aliases.join(', ')})`;
  return resultColumns(await connection.run(wrapped), where, true);
}

/** Names made unique as DuckDB does for results: a repeated `x` becomes `x_1`, `x_2`… */
function dedupe(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const k = seen.get(name) ?? 0;
    seen.set(name, k + 1);
    return k === 0 ? name : `${name}_${k}`;
  });
}
