import { BIGINT, DOUBLE, DuckDBDataChunk, INTEGER, SMALLINT, UTINYINT } from '@duckdb/node-api';
import type { DuckDBVector } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { readDoubles, vectorItems, writeNumbers } from './vector-items.js';

describe('vectorItems(vector, kind)', () => {
  it('finds the value array of every fixed-width type with the installed @duckdb/node-api (the fast path)', () => {
    const chunk = DuckDBDataChunk.create([DOUBLE, BIGINT, INTEGER, SMALLINT, UTINYINT], 5);
    expect(vectorItems(chunk.getColumnVector(0), Float64Array)).toBeInstanceOf(Float64Array);
    expect(vectorItems(chunk.getColumnVector(1), BigInt64Array)).toBeInstanceOf(BigInt64Array);
    expect(vectorItems(chunk.getColumnVector(2), Int32Array)).toBeInstanceOf(Int32Array);
    expect(vectorItems(chunk.getColumnVector(3), Int16Array)).toBeInstanceOf(Int16Array);
    expect(vectorItems(chunk.getColumnVector(4), Uint8Array)).toBeInstanceOf(Uint8Array);
    expect(vectorItems(chunk.getColumnVector(0), Int32Array)).toBeUndefined();
  });
});

describe('writeNumbers(vector, src, bigint)', () => {
  it('stores doubles, small integers and BIGINTs (negative and ±(2^53 − 1)) exactly', () => {
    const chunk = DuckDBDataChunk.create([DOUBLE, BIGINT, INTEGER, SMALLINT, UTINYINT], 4);
    const big = new Float64Array([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, -1, 2 ** 32 + 5]);
    writeNumbers(chunk.getColumnVector(0), new Float64Array([-0, 1e-310, Math.PI, -1e300]), false);
    writeNumbers(chunk.getColumnVector(1), big, true);
    writeNumbers(chunk.getColumnVector(2), new Int32Array([-(2 ** 31), 2 ** 31 - 1, 0, 5]), false);
    writeNumbers(chunk.getColumnVector(3), new Int16Array([-32768, 32767, 0, -5]), false);
    writeNumbers(chunk.getColumnVector(4), new Uint8Array([0, 255, 1, 128]), false);
    // Read with DuckDB's own per-item accessors, through a fresh wrapper of the native chunk
    // (so from DuckDB's memory, not from the arrays written to).
    const cols = new DuckDBDataChunk(chunk.chunk).getColumns();
    expect(Object.is(cols[0][0], -0)).toBe(true);
    expect(cols[0].slice(1)).toEqual([1e-310, Math.PI, -1e300]);
    expect(cols[1]).toEqual(Array.from(big, (x) => BigInt(x)));
    expect(cols[2]).toEqual([-(2 ** 31), 2 ** 31 - 1, 0, 5]);
    expect(cols[3]).toEqual([-32768, 32767, 0, -5]);
    expect(cols[4]).toEqual([0, 255, 1, 128]);
  });
});

describe('readDoubles(vector, out, offset)', () => {
  it('copies in bulk, and value by value from a vector without a value array', () => {
    const chunk = DuckDBDataChunk.create([DOUBLE], 3);
    writeNumbers(chunk.getColumnVector(0), new Float64Array([1, 2, 3]), false);
    const out = new Float64Array(5);
    readDoubles(chunk.getColumnVector(0), out, 1);
    const plain = { itemCount: 2, getItem: (i: number) => (i === 0 ? 7 : null) } as unknown as DuckDBVector;
    readDoubles(plain, out, 3);
    expect(Array.from(out)).toEqual([0, 1, 2, 7, NaN]);
  });
});
