/**
 * The DuckDB table function through which staged rows (slabs) enter a Parquet COPY, and the
 * COPY statement itself; shared by the streaming writer's thread and by writeParquet.
 *
 * Every chunk handed to DuckDB has 2048 rows (DuckDB's vector size) except the very last, and
 * slabs hold multiples of 2048 rows except the last, so the chunking, and with one DuckDB
 * thread the Parquet bytes, depend only on the rows, not on how the caller batched them.
 */
import { BIGINT, DOUBLE, DuckDBTableFunction, INTEGER, SMALLINT, UTINYINT, VARCHAR } from '@duckdb/node-api';
import type { DuckDBDataChunk, DuckDBType } from '@duckdb/node-api';
import type { ParquetColumn, ParquetColumnType } from './parquet-column.js';
import type { SlabColumn } from './row-slab.js';
import { quoteString } from './sql-quote.js';
import { writeNumbers } from './vector-items.js';

/** Rows per DuckDB data chunk (DuckDB's standard vector size). */
export const CHUNK_ROWS = 2048;

/** What the source asks for when its slab is used up: the next slab, the end, or an abort. */
export type NextSlab = () => { columns: SlabColumn[]; rows: number } | 'end' | 'abort';

const DUCK_TYPES: Record<ParquetColumnType, DuckDBType> = { DOUBLE, BIGINT, INTEGER, SMALLINT, UTINYINT, VARCHAR };

/** Feeds slabs to DuckDB, chunk by chunk, through a table function. */
export class RowsSource {
  /** Rows handed to DuckDB so far. */
  rows = 0;
  /** Slabs used up so far. */
  slabsDone = 0;
  /** True once `next` answered 'abort' (the COPY then fails with 'aborted by the caller'). */
  aborted = false;
  private slab: SlabColumn[] | null = null;
  private slabRows = 0;
  private pos = 0;
  private finished = false;

  constructor(
    private readonly columns: readonly ParquetColumn[],
    private readonly next: NextSlab,
    private readonly onSlabDone: (slabs: number) => void = () => {},
  ) {}

  /** A table function `name()` returning the rows; register it on the connection that copies. */
  tableFunction(name: string): DuckDBTableFunction {
    return DuckDBTableFunction.create({
      name,
      bindFunction: (bind) => {
        for (const c of this.columns) bind.addResultColumn(c.name, DUCK_TYPES[c.type]);
      },
      initFunction: () => {},
      mainFunction: (info, out) => {
        try {
          if (!this.fill(out)) {
            out.rowCount = 0;
            if (this.aborted) info.setError('aborted by the caller');
          }
        } catch (e) {
          this.finished = true;
          out.rowCount = 0;
          info.setError(e instanceof Error ? e.message : String(e));
        }
      },
    });
  }

  /** Fills the next chunk; false at the end (or on an abort). */
  private fill(out: DuckDBDataChunk): boolean {
    if (this.finished) return false;
    while (this.slab === null || this.pos >= this.slabRows) {
      if (this.slab !== null) {
        this.slab = null;
        this.onSlabDone(++this.slabsDone);
      }
      const got = this.next();
      if (got === 'end' || got === 'abort') {
        this.finished = true;
        this.aborted = got === 'abort';
        return false;
      }
      this.slab = got.columns;
      this.slabRows = got.rows;
      this.pos = 0;
    }
    const n = Math.min(CHUNK_ROWS, this.slabRows - this.pos);
    out.rowCount = n;
    for (let j = 0; j < this.columns.length; j++) {
      const col = this.slab[j];
      if (this.columns[j].type === 'VARCHAR') {
        out.setColumnValues(j, (col as string[]).slice(this.pos, this.pos + n));
      } else {
        const src = col as Float64Array | Int32Array | Int16Array | Uint8Array;
        writeNumbers(out.getColumnVector(j), src.subarray(this.pos, this.pos + n), this.columns[j].type === 'BIGINT');
      }
    }
    this.pos += n;
    this.rows += n;
    return true;
  }
}

/** The COPY of table function `name()` into a Parquet file at `path` (written in place). */
export function copyToParquetSql(name: string, path: string, options: { compression: string; rowGroupSize: number }): string {
  // USE_TMP_FILE false: DuckDB writes `path` itself, not a tmp_ file beside it.
  return (
    `COPY (SELECT * FROM ${name}()) TO ${quoteString(path)} ` +
    `(FORMAT parquet, COMPRESSION ${options.compression}, ROW_GROUP_SIZE ${options.rowGroupSize}, USE_TMP_FILE false)`
  );
}

/** DuckDB settings for a deterministic COPY: one thread, insertion order kept. */
export const DETERMINISTIC_DUCKDB = { threads: '1', preserve_insertion_order: 'true' } as const;
