/** The DST Parquet files of an analysis command as one DuckDB FROM item, with their columns. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmissError } from '../../core/index.js';
import { queryParquet, quoteString } from '../../store/index.js';

/** A set of DST files read as one table. */
export interface DstSource {
  /** The FROM item: `read_parquet([...], union_by_name = true)`, paths quoted. */
  from: string;
  /** Column names of the table. */
  columns: string[];
  /** The files, as given. */
  files: string[];
  /** True when the files hold truth columns (`truth_*`): simulated events. */
  simulation: boolean;
  /** A short name for messages (the file, or `N files`). */
  name: string;
}

/** Opens DST files: checks they exist and are Parquet, reads the column list. Throws BAD_FILE naming the file. */
export async function openDstSource(files: string[]): Promise<DstSource> {
  if (files.length === 0) throw new EmissError('BAD_OPTION', 'DST files', 'none given', 'one or more .parquet files written by emiss reco');
  for (const f of files) {
    if (!/[*?[]/.test(f) && !statSync(resolve(f), { throwIfNoEntry: false })?.isFile()) throw new EmissError('BAD_FILE', f, 'file not found', 'a DST .parquet file');
  }
  const from = `read_parquet([${files.map((f) => quoteString(resolve(f))).join(', ')}], union_by_name = true)`;
  let columns: string[];
  try {
    columns = (await queryParquet(`SELECT column_name FROM (DESCRIBE SELECT * FROM ${from})`)).columns.column_name as string[];
  } catch (e) {
    throw new EmissError('BAD_FILE', files.length === 1 ? files[0] : files.join(', '), `cannot be read as Parquet (${e instanceof Error ? e.message : String(e)})`);
  }
  const name = files.length === 1 ? files[0] : `${files.length} files`;
  return { from, columns, files, simulation: columns.some((c) => c.startsWith('truth_')), name };
}
