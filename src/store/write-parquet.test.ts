import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParquetTableWriter } from './parquet-table-writer.js';
import type { ParquetColumn } from './parquet-column.js';
import { readParquet } from './read-parquet.js';
import { writeParquet } from './write-parquet.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS: ParquetColumn[] = [
  { name: 'massGeV', type: 'DOUBLE' },
  { name: 'n', type: 'INTEGER' },
  { name: 'model', type: 'VARCHAR' },
];

describe('writeParquet(path, columns, data)', () => {
  it('writes a small table that reads back unchanged, leaving no .partial', async () => {
    const path = join(dir, 'small.parquet');
    const data = { massGeV: [0.001, 0.01, 0.1], n: [3, 0, -2], model: ['dark photon', 'ALP', "B−L Z′"] };
    expect(await writeParquet(path, COLUMNS, data)).toEqual({ rows: 3, path });
    expect(existsSync(`${path}.partial`)).toBe(false);
    expect(await readParquet(path)).toEqual({ n: 3, columns: { massGeV: new Float64Array(data.massGeV), n: new Float64Array(data.n), model: data.model } });
  });

  it('writes the same bytes as the streaming writer for the same rows', async () => {
    const n = 20_000;
    const data = {
      massGeV: Float64Array.from({ length: n }, (_, i) => 1e-3 * 1.001 ** i),
      n: Int32Array.from({ length: n }, (_, i) => i - 7),
      model: Array.from({ length: n }, (_, i) => `m${i % 13}`),
    };
    const a = await writeParquet(join(dir, 'one-call.parquet'), COLUMNS, data, { rowGroupSize: 4096 });
    const w = await ParquetTableWriter.create(join(dir, 'streamed.parquet'), COLUMNS, { rowGroupSize: 4096 });
    await w.appendBatch(data, n);
    const b = await w.close();
    expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(true);
  });

  it('writes an empty table with its schema', async () => {
    const path = join(dir, 'empty.parquet');
    await writeParquet(path, COLUMNS, { massGeV: [], n: [], model: [] });
    expect(await readParquet(path)).toEqual({ n: 0, columns: { massGeV: new Float64Array(0), n: new Float64Array(0), model: [] } });
  });

  it('rejects columns of unequal length and non-finite values, writing nothing', async () => {
    const path = join(dir, 'bad.parquet');
    await expect(writeParquet(path, COLUMNS, { massGeV: [1, 2], n: [1], model: ['a', 'b'] })).rejects.toThrow(/column 'n'.*holds 1 values, column 'massGeV' 2/);
    await expect(writeParquet(path, COLUMNS, { massGeV: [1, Infinity], n: [1, 2], model: ['a', 'b'] })).rejects.toThrow(/column 'massGeV', row 1: non-finite value Infinity/);
    expect(existsSync(path) || existsSync(`${path}.partial`)).toBe(false);
  });
});
