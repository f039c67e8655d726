import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmissError } from '../core/index.js';
import { queryParquet, readParquet } from './read-parquet.js';
import { writeParquet } from './write-parquet.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-store-'));
const path = join(dir, 'truth.parquet');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  const n = 10_000;
  await writeParquet(
    path,
    [
      { name: 'event', type: 'BIGINT' },
      { name: 'xMechanism', type: 'UTINYINT' },
      { name: 'eEcal', type: 'DOUBLE' },
      { name: 'tag', type: 'VARCHAR' },
    ],
    {
      event: Float64Array.from({ length: n }, (_, i) => i),
      xMechanism: Uint8Array.from({ length: n }, (_, i) => i % 3),
      eEcal: Float64Array.from({ length: n }, (_, i) => (i % 100) + 0.5),
      tag: Array.from({ length: n }, (_, i) => (i % 2 ? 'odd' : 'even')),
    },
  );
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(EmissError);
  return (e as EmissError).code;
}

describe('readParquet(path, { columns, where })', () => {
  it('reads the chosen columns in the chosen order, rows in file order, filtered', async () => {
    const t = await readParquet(path, { columns: ['eEcal', 'event'], where: 'eEcal < 2 AND xMechanism = 1' });
    expect(Object.keys(t.columns)).toEqual(['eEcal', 'event']);
    // eEcal < 2 ⇔ i % 100 ∈ {0, 1}; xMechanism = 1 ⇔ i % 3 = 1.
    const expected = Array.from({ length: 10_000 }, (_, i) => i).filter((i) => i % 100 < 2 && i % 3 === 1);
    expect(t.n).toBe(expected.length);
    expect(Array.from(t.columns.event as Float64Array)).toEqual(expected);
    expect(Array.from(t.columns.eEcal as Float64Array)).toEqual(expected.map((i) => (i % 100) + 0.5));
  });

  it('names a missing file, a file that is not Parquet, an unknown column and a bad condition', async () => {
    const missing = join(dir, 'nope.parquet');
    await expect(readParquet(missing)).rejects.toThrow(`${missing}: file not found`);
    expect(await codeOf(readParquet(missing))).toBe('BAD_FILE');
    const text = join(dir, 'text.parquet');
    writeFileSync(text, 'not parquet at all');
    await expect(readParquet(text)).rejects.toThrow(/text\.parquet: cannot be read as Parquet/);
    await expect(readParquet(path, { columns: ['eEcal', 'eHCAL'] })).rejects.toThrow(/column 'eHCAL': is not in the file \(allowed: event, xMechanism, eEcal, tag\)/);
    expect(await codeOf(readParquet(path, { where: 'eEcal <<< 3' }))).toBe('BAD_OPTION');
    await expect(readParquet(path, { where: 'noSuchColumn > 1' })).rejects.toThrow(/where: "noSuchColumn > 1" failed/);
  });
});

describe('queryParquet(sql)', () => {
  it('returns aggregates as columns (integers and sums as numbers, strings as strings)', async () => {
    // Even events have eEcal = 0.5, 2.5, … 98.5 (mean 49.5), odd ones 1.5 … 99.5 (mean 50.5).
    const q = await queryParquet(`SELECT tag, count(*) AS n, sum(event) AS s, avg(eEcal) AS mean FROM '${path}' GROUP BY tag ORDER BY tag`);
    expect(q).toEqual({
      n: 2,
      columns: { tag: ['even', 'odd'], n: new Float64Array([5000, 5000]), s: new Float64Array([24_995_000, 25_000_000]), mean: new Float64Array([49.5, 50.5]) },
    });
  });

  it('keeps the order of an ORDER BY over many chunks', async () => {
    const q = await queryParquet(`SELECT event, eEcal FROM '${path}' ORDER BY eEcal DESC, event`);
    const expected = Array.from({ length: 10_000 }, (_, i) => i).sort((a, b) => (b % 100) - (a % 100) || a - b);
    expect(Array.from(q.columns.event as Float64Array)).toEqual(expected);
  });

  it('turns SQL NULL into NaN and empty strings, and booleans and decimals into numbers', async () => {
    const q = await queryParquet("SELECT * FROM (VALUES (1, 'a', true, 1.25::DECIMAL(6,2)), (NULL, NULL, false, NULL)) AS t(x, s, b, d);");
    expect(q.columns).toEqual({ x: new Float64Array([1, NaN]), s: ['a', ''], b: new Float64Array([1, 0]), d: new Float64Array([1.25, NaN]) });
  });

  it('reads statements that are not plain queries, and duplicate names as DuckDB does', async () => {
    const d = await queryParquet(`DESCRIBE SELECT event FROM '${path}'`);
    expect(d.columns.column_name).toEqual(['event']);
    const dup = await queryParquet('SELECT 1 AS x, 2 AS x');
    expect(Object.keys(dup.columns)).toEqual(['x', 'x_1']);
  });

  it('refuses column types it cannot turn into numbers or strings, and names missing files', async () => {
    await expect(queryParquet('SELECT [1, 2] AS list')).rejects.toThrow(/column 'list': type INTEGER\[\] cannot be read/);
    expect(await codeOf(queryParquet(`SELECT * FROM '${join(dir, 'gone.parquet')}'`))).toBe('BAD_FILE');
    expect(await codeOf(queryParquet('SELEKT 1'))).toBe('BAD_OPTION');
  });
});
