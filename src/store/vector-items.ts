/**
 * Bulk access to the values of a DuckDB vector as a typed array.
 *
 * Why: @duckdb/node-api (1.5) reads and writes vectors one item at a time (getItem/setItem),
 * and each call tests the validity mask with BigInt arithmetic: ~40 ns per value, which made
 * reading a 31-column table 100× slower than copying the memory. Its fixed-width vectors do
 * hold their values in a typed array (the private field `items`, written to DuckDB by the
 * public `flush()`), so this module copies through that array when it is there and has the
 * expected class and length, and falls back to the public per-item API otherwise. The tests
 * check that the fast path is taken with the installed version.
 */
import type { DuckDBVector } from '@duckdb/node-api';

type Items = Float64Array | BigInt64Array | Int32Array | Int16Array | Uint8Array;

/** The vector's value array if it is a `kind` of `vector.itemCount` values, else undefined. */
export function vectorItems<T extends Items>(vector: DuckDBVector, kind: new (n: number) => T): T | undefined {
  const items = (vector as unknown as { items?: unknown }).items;
  return items instanceof kind && items.length === vector.itemCount ? items : undefined;
}

/**
 * Copies the vector (a DOUBLE vector without NULLs, which the caller guarantees in its SQL)
 * into `out` at `offset`.
 */
export function readDoubles(vector: DuckDBVector, out: Float64Array, offset: number): void {
  const items = vectorItems(vector, Float64Array);
  if (items) {
    out.set(items, offset);
    return;
  }
  for (let i = 0; i < vector.itemCount; i++) out[offset + i] = (vector.getItem(i) as number | null) ?? NaN;
}

/**
 * Sets all `vector.itemCount` values of a fixed-width vector (DOUBLE, INTEGER, SMALLINT,
 * UTINYINT from the matching typed array; BIGINT from exact integers in a Float64Array) and
 * flushes them to DuckDB. Values are assumed checked (see row-slab.ts).
 */
export function writeNumbers(vector: DuckDBVector, src: Float64Array | Int32Array | Int16Array | Uint8Array, bigint: boolean): void {
  const n = vector.itemCount;
  if (bigint) {
    const items = vectorItems(vector, BigInt64Array);
    if (items) {
      // Two's-complement int64 from a safe integer as two 32-bit words, low first (DuckDB's
      // platforms are all little-endian): no BigInt per value.
      const words = new Uint32Array(items.buffer, items.byteOffset, 2 * n);
      for (let i = 0; i < n; i++) {
        const x = src[i];
        const hi = Math.floor(x / 4294967296);
        words[2 * i] = x - hi * 4294967296;
        words[2 * i + 1] = hi; // stored modulo 2^32: −1 → 0xffffffff
      }
      vector.flush();
      return;
    }
    for (let i = 0; i < n; i++) vector.setItem(i, BigInt(src[i]));
    vector.flush();
    return;
  }
  const items = vectorItems(vector, src.constructor as new (n: number) => typeof src);
  if (items) {
    items.set(src.subarray(0, n) as never);
    vector.flush();
    return;
  }
  for (let i = 0; i < n; i++) vector.setItem(i, src[i]);
  vector.flush();
}
