/**
 * Row slabs: fixed-capacity column arrays in which the table writer stages rows before it
 * hands them to the Parquet-encoding thread (transferred, not copied). Filling a slab is
 * where every value is checked: finiteness of doubles, range and integrality of integers,
 * strings in VARCHAR columns; an error names the table, the column and the row.
 */
import { EmissError } from '../core/index.js';
import { INTEGER_RANGE } from './parquet-column.js';
import type { ParquetBatch, ParquetColumn } from './parquet-column.js';

/** Storage of one column in a slab (BIGINT travels as exact doubles). */
export type SlabColumn = Float64Array | Int32Array | Int16Array | Uint8Array | string[];

/** Allocates empty column arrays for `capacity` rows. */
export function allocateSlab(columns: readonly ParquetColumn[], capacity: number): SlabColumn[] {
  return columns.map((c) => {
    switch (c.type) {
      case 'DOUBLE':
      case 'BIGINT':
        return new Float64Array(capacity);
      case 'INTEGER':
        return new Int32Array(capacity);
      case 'SMALLINT':
        return new Int16Array(capacity);
      case 'UTINYINT':
        return new Uint8Array(capacity);
      case 'VARCHAR':
        return new Array<string>(capacity);
    }
  });
}

/** Where the rows of a fill come from and go to. */
export interface SlabFill {
  /** Table name for messages (the output path). */
  where: string;
  /** Let DOUBLE columns hold NaN and ±Infinity. */
  allowNonFinite: boolean;
  /** Row of the table that `batchOffset` is (for messages). */
  firstRow: number;
  batchOffset: number;
  slabOffset: number;
  count: number;
}

/**
 * Copies rows `[batchOffset, batchOffset + count)` of every column of `batch` into `slab` at
 * `slabOffset`, checking each value. Throws `NUMERICAL` for a NaN/±Infinity in a DOUBLE
 * column (unless allowed) and `BAD_OPTION` for anything else that does not fit its column;
 * the message names the column and the table row. On a throw the slab may hold part of the
 * rows, which the caller discards by not advancing its fill count.
 */
export function fillSlab(columns: readonly ParquetColumn[], slab: SlabColumn[], batch: ParquetBatch, f: SlabFill): void {
  const place = (name: string, i: number): string => `${f.where}, column '${name}', row ${f.firstRow + i - f.batchOffset}`;
  const end = f.batchOffset + f.count;
  for (let j = 0; j < columns.length; j++) {
    const { name, type } = columns[j];
    const src = batch[name];
    if (src === undefined) throw new EmissError('BAD_OPTION', `${f.where}, column '${name}'`, 'missing from the batch');
    if (src.length < end) {
      throw new EmissError('BAD_OPTION', `${f.where}, column '${name}'`, `holds ${src.length} values, the batch needs ${end}`);
    }
    const dst = slab[j];
    const o = f.slabOffset - f.batchOffset;
    if (type === 'VARCHAR') {
      const out = dst as string[];
      for (let i = f.batchOffset; i < end; i++) {
        const v = src[i];
        if (typeof v !== 'string') throw new EmissError('BAD_OPTION', place(name, i), `${String(v)} is not a string`, 'strings in a VARCHAR column');
        out[i + o] = v;
      }
      continue;
    }
    const num = src as ArrayLike<number>;
    if (!ArrayBuffer.isView(num)) {
      // A plain array may hold anything; a typed array holds numbers by construction.
      for (let i = f.batchOffset; i < end; i++) {
        if (typeof num[i] !== 'number') throw new EmissError('BAD_OPTION', place(name, i), `${String(num[i])} is not a number`);
      }
    }
    const out = dst as Float64Array | Int32Array | Int16Array | Uint8Array;
    if (type === 'DOUBLE') {
      if (f.allowNonFinite) {
        for (let i = f.batchOffset; i < end; i++) out[i + o] = num[i];
      } else {
        for (let i = f.batchOffset; i < end; i++) {
          const v = num[i];
          // v − v is 0 for every finite number and NaN for NaN and ±Infinity.
          if (v - v !== 0) {
            throw new EmissError('NUMERICAL', place(name, i), `non-finite value ${v}`, 'finite numbers, or allowNonFinite: true');
          }
          out[i + o] = v;
        }
      }
      continue;
    }
    const [lo, hi] = INTEGER_RANGE[type];
    for (let i = f.batchOffset; i < end; i++) {
      const v = num[i];
      if (!(v >= lo && v <= hi && Math.floor(v) === v)) {
        throw new EmissError('BAD_OPTION', place(name, i), `${v} does not fit a ${type} column`, `integers from ${lo} to ${hi}`);
      }
      out[i + o] = v;
    }
  }
}
