import { describe, expect, it } from 'vitest';
import { EmissError } from '../core/index.js';
import type { ParquetColumn } from './parquet-column.js';
import { allocateSlab, fillSlab } from './row-slab.js';

const COLUMNS: ParquetColumn[] = [
  { name: 'big', type: 'BIGINT' },
  { name: 'e', type: 'DOUBLE' },
  { name: 's', type: 'SMALLINT' },
  { name: 'label', type: 'VARCHAR' },
];
const fill = { where: 't.parquet', allowNonFinite: false, firstRow: 0, batchOffset: 0, slabOffset: 0 };

function error(f: () => void): EmissError {
  try {
    f();
  } catch (e) {
    return e as EmissError;
  }
  throw new Error('no error');
}

describe('allocateSlab(columns, capacity)', () => {
  it('gives each type its storage', () => {
    const slab = allocateSlab([...COLUMNS, { name: 'u', type: 'UTINYINT' }, { name: 'i', type: 'INTEGER' }], 4);
    expect(slab.map((c) => c.constructor.name)).toEqual(['Float64Array', 'Float64Array', 'Int16Array', 'Array', 'Uint8Array', 'Int32Array']);
    expect(slab.every((c) => c.length === 4)).toBe(true);
  });
});

describe('fillSlab(columns, slab, batch, fill)', () => {
  it('copies a window of the batch to a place in the slab', () => {
    const slab = allocateSlab(COLUMNS, 4);
    fillSlab(COLUMNS, slab, { big: [9, 8, 7], e: [0.5, 1.5, 2.5], s: [-1, -2, -3], label: ['a', 'b', 'c'] }, { ...fill, batchOffset: 1, slabOffset: 2, count: 2 });
    expect(Array.from(slab[0] as Float64Array)).toEqual([0, 0, 8, 7]);
    expect(Array.from(slab[1] as Float64Array)).toEqual([0, 0, 1.5, 2.5]);
    expect(Array.from(slab[2] as Int16Array)).toEqual([0, 0, -2, -3]);
    expect((slab[3] as string[]).slice(2)).toEqual(['b', 'c']);
  });

  it('numbers the offending row in the table, not in the batch', () => {
    const slab = allocateSlab(COLUMNS, 8);
    const e = error(() => fillSlab(COLUMNS, slab, { big: [0, 0, 0], e: [0, 0, NaN], s: [0, 0, 0], label: ['', '', ''] }, { ...fill, firstRow: 1000, batchOffset: 1, count: 2 }));
    expect(e.code).toBe('NUMERICAL');
    expect(e.message).toBe("t.parquet, column 'e', row 1001: non-finite value NaN (allowed: finite numbers, or allowNonFinite: true)");
  });

  it('refuses what a plain array may hide: strings, null, undefined in numeric columns', () => {
    const slab = allocateSlab(COLUMNS, 2);
    const base = { big: [1, 2], e: [1, 2], s: [1, 2], label: ['x', 'y'] };
    expect(error(() => fillSlab(COLUMNS, slab, { ...base, e: [1, '2' as unknown as number] }, { ...fill, count: 2 })).message).toMatch(/column 'e', row 1: 2 is not a number/);
    expect(error(() => fillSlab(COLUMNS, slab, { ...base, s: [null as unknown as number, 1] }, { ...fill, count: 2 })).message).toMatch(/column 's', row 0: null is not a number/);
    expect(error(() => fillSlab(COLUMNS, slab, { ...base, label: ['x', undefined as unknown as string] }, { ...fill, count: 2 })).message).toMatch(/column 'label', row 1: undefined is not a string/);
  });

  it('keeps integers exact: BIGINT within ±(2^53 − 1), SMALLINT within ±2^15', () => {
    const slab = allocateSlab(COLUMNS, 1);
    const one = (big: number, s: number) => () => fillSlab(COLUMNS, slab, { big: [big], e: [0], s: [s], label: [''] }, { ...fill, count: 1 });
    expect(one(Number.MAX_SAFE_INTEGER, -32768)).not.toThrow();
    expect(error(one(2 ** 53, 0)).message).toMatch(/column 'big', row 0: 9007199254740992 does not fit a BIGINT column/);
    expect(error(one(0, 32768)).message).toMatch(/integers from -32768 to 32767/);
    expect(error(one(0, NaN)).code).toBe('BAD_OPTION');
  });
});
