import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmissError } from '../core/index.js';
import { ParquetTableWriter } from './parquet-table-writer.js';
import type { ParquetColumn } from './parquet-column.js';
import { queryParquet, readParquet } from './read-parquet.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ALL_TYPES: ParquetColumn[] = [
  { name: 'd', type: 'DOUBLE' },
  { name: 'b', type: 'BIGINT' },
  { name: 'i', type: 'INTEGER' },
  { name: 's', type: 'SMALLINT' },
  { name: 'u', type: 'UTINYINT' },
  { name: 'v', type: 'VARCHAR' },
];

/** Rows that probe each type's edges; `n` rows, deterministic. */
function sample(n: number): { d: Float64Array; b: Float64Array; i: Int32Array; s: Int16Array; u: Uint8Array; v: string[] } {
  const edgesD = [0, -0, 1 / 3, -Math.PI, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** -1074, 1e-300, 6.02214076e23];
  const edgesB = [Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 0, -1, 2 ** 40 + 7];
  const edgesI = [2 ** 31 - 1, -(2 ** 31), 0, -7];
  const edgesS = [32767, -32768, 0, 12];
  const edgesV = ['', 'e⁻ → A′ (invisible)', "it's \"quoted\"", 'x'.repeat(300)];
  const t = { d: new Float64Array(n), b: new Float64Array(n), i: new Int32Array(n), s: new Int16Array(n), u: new Uint8Array(n), v: new Array<string>(n) };
  for (let k = 0; k < n; k++) {
    t.d[k] = k < edgesD.length ? edgesD[k] : Math.sin(k) * 10 ** ((k % 40) - 20);
    t.b[k] = k < edgesB.length ? edgesB[k] : k * 1_000_003 - 5e11;
    t.i[k] = k < edgesI.length ? edgesI[k] : (k * 7919) % 2 ** 30;
    t.s[k] = k < edgesS.length ? edgesS[k] : (k % 65536) - 32768;
    t.u[k] = k % 256;
    t.v[k] = k < edgesV.length ? edgesV[k] : `row ${k}`;
  }
  return t;
}

function bytesOf(a: Float64Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

describe('ParquetTableWriter', () => {
  it('round-trips every column type bit for bit, across batches of uneven size', async () => {
    const n = 40_000;
    const t = sample(n);
    const path = join(dir, 'types.parquet');
    const w = await ParquetTableWriter.create(path, ALL_TYPES);
    for (const [a, b] of [[0, 1], [1, 17_000], [17_000, 17_000], [17_000, n]]) {
      await w.appendBatch({ d: t.d.subarray(a, b), b: t.b.subarray(a, b), i: t.i.subarray(a, b), s: t.s.subarray(a, b), u: t.u.subarray(a, b), v: t.v.slice(a, b) }, b - a);
    }
    expect(w.rows).toBe(n);
    expect(await w.close()).toEqual({ rows: n, path });
    const types = await queryParquet(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${path}')`);
    expect(types.columns.column_type).toEqual(['DOUBLE', 'BIGINT', 'INTEGER', 'SMALLINT', 'UTINYINT', 'VARCHAR']);
    const back = await readParquet(path);
    expect(back.n).toBe(n);
    expect(Object.keys(back.columns)).toEqual(['d', 'b', 'i', 's', 'u', 'v']);
    expect(bytesOf(back.columns.d as Float64Array).equals(bytesOf(t.d))).toBe(true); // keeps −0 and subnormals
    expect(Object.is((back.columns.d as Float64Array)[1], -0)).toBe(true);
    expect(Array.from(back.columns.b as Float64Array)).toEqual(Array.from(t.b));
    expect(Array.from(back.columns.i as Float64Array)).toEqual(Array.from(t.i));
    expect(Array.from(back.columns.s as Float64Array)).toEqual(Array.from(t.s));
    expect(Array.from(back.columns.u as Float64Array)).toEqual(Array.from(t.u));
    expect(back.columns.v).toEqual(t.v);
  });

  it('writes the same bytes for the same rows, whatever the batch sizes', async () => {
    const n = 50_000;
    const t = sample(n);
    const write = async (name: string, batch: number): Promise<Buffer> => {
      const w = await ParquetTableWriter.create(join(dir, name), ALL_TYPES, { rowGroupSize: 16_384 });
      for (let a = 0; a < n; a += batch) {
        const b = Math.min(n, a + batch);
        await w.appendBatch({ d: t.d.subarray(a, b), b: t.b.subarray(a, b), i: t.i.subarray(a, b), s: t.s.subarray(a, b), u: t.u.subarray(a, b), v: t.v.slice(a, b) }, b - a);
      }
      return readFileSync((await w.close()).path);
    };
    const [x, y] = await Promise.all([write('det-a.parquet', 10_000), write('det-b.parquet', 3_333)]);
    expect(x.length).toBeGreaterThan(100_000);
    expect(x.equals(y)).toBe(true);
    const z = sample(n);
    z.d[49_999] *= 2; // one value of the last row group
    const w = await ParquetTableWriter.create(join(dir, 'det-c.parquet'), ALL_TYPES, { rowGroupSize: 16_384 });
    await w.appendBatch(z, n);
    expect(readFileSync((await w.close()).path).equals(x)).toBe(false);
  });

  it('creates the file only on close, atomically from <path>.partial', async () => {
    const path = join(dir, 'atomic.parquet');
    const w = await ParquetTableWriter.create(path, [{ name: 'x', type: 'DOUBLE' }]);
    await w.appendBatch({ x: new Float64Array(100_000).fill(2.5) }, 100_000);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.partial`)).toBe(true);
    await w.close();
    expect(existsSync(path)).toBe(true);
    expect(existsSync(`${path}.partial`)).toBe(false);
    expect((await queryParquet(`SELECT count(*) AS n, sum(x) AS s FROM '${path}'`)).columns).toEqual({ n: new Float64Array([100_000]), s: new Float64Array([250_000]) });
    await expect(w.appendBatch({ x: [1] }, 1)).rejects.toThrow(/closed/);
  });

  it('abort() removes every temporary and leaves a previous file untouched', async () => {
    const path = join(dir, 'aborted.parquet');
    const before = readdirSync(dir).length;
    const w = await ParquetTableWriter.create(path, [{ name: 'x', type: 'DOUBLE' }]);
    await w.appendBatch({ x: new Float64Array(300_000) }, 300_000);
    await w.abort();
    await w.abort(); // idempotent
    expect(readdirSync(dir).length).toBe(before);
    await expect(w.close()).rejects.toThrow(/aborted/);

    const kept = join(dir, 'kept.parquet');
    const first = await ParquetTableWriter.create(kept, [{ name: 'x', type: 'DOUBLE' }]);
    await first.appendBatch({ x: [1, 2, 3] }, 3);
    await first.close();
    const bytes = readFileSync(kept);
    const second = await ParquetTableWriter.create(kept, [{ name: 'x', type: 'DOUBLE' }]);
    await second.appendBatch({ x: [4] }, 1);
    await second.abort();
    expect(readFileSync(kept).equals(bytes)).toBe(true);
    expect(existsSync(`${kept}.partial`)).toBe(false);
  });

  it('fails with BAD_FILE naming the path when the file cannot be completed, and can be aborted after', async () => {
    const sub = join(dir, 'vanishing');
    mkdirSync(sub);
    const path = join(sub, 't.parquet');
    const w = await ParquetTableWriter.create(path, [{ name: 'x', type: 'DOUBLE' }]);
    await w.appendBatch({ x: [1, 2, 3] }, 3);
    // The writer thread may be creating its file in there as we remove it: retry on ENOTEMPTY.
    rmSync(sub, { recursive: true, maxRetries: 10, retryDelay: 20 });
    const err = await w.close().catch((e: unknown) => e);
    expect((err as EmissError).code).toBe('BAD_FILE');
    expect((err as EmissError).message).toMatch(/vanishing\/t\.parquet: /);
    await w.abort();
    await expect(w.appendBatch({ x: [1] }, 1)).rejects.toThrow(/the writer is failed/);
  });

  it('rejects a non-finite double naming the column and row, and writes nothing of that batch', async () => {
    const path = join(dir, 'finite.parquet');
    const w = await ParquetTableWriter.create(path, [{ name: 'event', type: 'BIGINT' }, { name: 'eEcal', type: 'DOUBLE' }]);
    await w.appendBatch({ event: [0, 1], eEcal: [1, 2] }, 2);
    const eEcal = new Float64Array(30_000).fill(1);
    eEcal[20_000] = NaN;
    const event = Float64Array.from({ length: 30_000 }, (_, k) => k + 2);
    const err = await w.appendBatch({ event, eEcal }, 30_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmissError);
    expect((err as EmissError).code).toBe('NUMERICAL');
    expect((err as EmissError).message).toMatch(/column 'eEcal', row 20002: non-finite value NaN/);
    await expect(w.appendBatch({ event: [2], eEcal: [-Infinity] }, 1)).rejects.toThrow(/eEcal', row 2: non-finite value -Infinity/);
    await w.appendBatch({ event: [2], eEcal: [3] }, 1); // still usable
    expect(await w.close()).toMatchObject({ rows: 3 });
    expect((await readParquet(path)).columns).toEqual({ event: new Float64Array([0, 1, 2]), eEcal: new Float64Array([1, 2, 3]) });
  });

  it('keeps NaN and ±Infinity when allowNonFinite is set', async () => {
    const path = join(dir, 'nonfinite.parquet');
    const w = await ParquetTableWriter.create(path, [{ name: 'x', type: 'DOUBLE' }], { allowNonFinite: true });
    await w.appendBatch({ x: [NaN, Infinity, -Infinity, 1] }, 4);
    await w.close();
    expect(Array.from((await readParquet(path)).columns.x as Float64Array)).toEqual([NaN, Infinity, -Infinity, 1]);
  });

  it('rejects values that do not fit their column, and unknown or missing columns', async () => {
    const w = await ParquetTableWriter.create(join(dir, 'fit.parquet'), [{ name: 'k', type: 'UTINYINT' }, { name: 'n', type: 'INTEGER' }]);
    await expect(w.appendBatch({ k: [256], n: [0] }, 1)).rejects.toThrow(/column 'k', row 0: 256 does not fit a UTINYINT/);
    await expect(w.appendBatch({ k: [1], n: [0.5] }, 1)).rejects.toThrow(/column 'n', row 0: 0.5 does not fit an? INTEGER/);
    await expect(w.appendBatch({ k: [1] }, 1)).rejects.toThrow(/column 'n'.*missing/);
    await expect(w.appendBatch({ k: [1], n: [1], z: [1] }, 1)).rejects.toThrow(/column 'z'.*not a column/);
    await expect(w.appendBatch({ k: [1], n: [1] }, 2)).rejects.toThrow(/holds 1 values, the batch needs 2/);
    await w.abort();
  });

  it('rejects a bad column list, option or directory when created', async () => {
    await expect(ParquetTableWriter.create(join(dir, 'x.parquet'), [])).rejects.toThrow(/at least one column/);
    await expect(ParquetTableWriter.create(join(dir, 'x.parquet'), [{ name: 'a', type: 'DOUBLE' }, { name: 'A', type: 'DOUBLE' }])).rejects.toThrow(/appears twice/);
    await expect(ParquetTableWriter.create(join(dir, 'x.parquet'), [{ name: 'a', type: 'FLOAT' as 'DOUBLE' }])).rejects.toThrow(/unknown type "FLOAT"/);
    await expect(ParquetTableWriter.create(join(dir, 'x.parquet'), [{ name: 'a', type: 'DOUBLE' }], { compression: 'lzma' as 'zstd' })).rejects.toThrow(/compression/);
    const err = await ParquetTableWriter.create(join(dir, 'no-such-dir', 'x.parquet'), [{ name: 'a', type: 'DOUBLE' }]).catch((e: unknown) => e);
    expect((err as EmissError).code).toBe('BAD_FILE');
    expect((err as EmissError).message).toMatch(/no-such-dir\/x\.parquet\.partial: cannot be created/);
  });

  it('streams 2·10⁶ rows in batches of 10 000 and DuckDB counts and sums them exactly', async () => {
    const path = join(dir, 'stream.parquet');
    const columns: ParquetColumn[] = [
      { name: 'event', type: 'BIGINT' },
      { name: 'process', type: 'UTINYINT' },
      ...['weight', 'eEcal', 'eHcal', 'eVeto', 'beamX', 'beamY'].map((name) => ({ name, type: 'DOUBLE' as const })),
    ];
    const n = 2_000_000;
    const batch = 10_000;
    const w = await ParquetTableWriter.create(path, columns);
    const cols = Object.fromEntries(columns.map((c) => [c.name, new Float64Array(batch)]));
    for (let a = 0; a < n; a += batch) {
      for (let k = 0; k < batch; k++) {
        const i = a + k;
        cols.event[k] = i;
        cols.process[k] = i % 5;
        cols.weight[k] = 1;
        cols.eEcal[k] = (i % 1000) * 0.25; // exact binary fractions: the sum is exact
        cols.eHcal[k] = Math.cos(i);
        cols.eVeto[k] = 0;
        cols.beamX[k] = Math.sin(i);
        cols.beamY[k] = -i;
      }
      await w.appendBatch(cols, batch);
    }
    expect(await w.close()).toEqual({ rows: n, path });
    const q = await queryParquet(`SELECT count(*) AS n, sum(event) AS se, sum(eEcal) AS sd, sum(process) AS sp, min(beamY) AS my FROM '${path}'`);
    expect(q.columns).toEqual({
      n: new Float64Array([n]),
      se: new Float64Array([(n * (n - 1)) / 2]),
      sd: new Float64Array([(n / 1000) * 0.25 * ((999 * 1000) / 2)]),
      sp: new Float64Array([(n / 5) * 10]),
      my: new Float64Array([-(n - 1)]),
    });
  });

  it('leaves nothing behind and exits cleanly when the process ends before close()', async () => {
    // Stopping the encoding thread while DuckDB waits in its scan callback would abort the
    // process (a fatal error in the DuckDB binding); the writer aborts at 'exit' instead.
    const script = join(dir, 'exit-child.mts');
    const writerUrl = new URL('./parquet-table-writer.ts', import.meta.url).href;
    writeFileSync(
      script,
      `import { ParquetTableWriter } from ${JSON.stringify(writerUrl)};
const [mode, out] = process.argv.slice(2);
const w = await ParquetTableWriter.create(out, [{ name: 'x', type: 'DOUBLE' }]);
await w.appendBatch({ x: new Float64Array(50_000) }, 50_000);
if (mode === 'exit') process.exit(3);
if (mode === 'throw') throw new Error('thrown on purpose');
`,
    );
    const runTs = fileURLToPath(new URL('../../bin/run-ts.js', import.meta.url));
    // The exit code, or the signal that killed the process (SIGABRT on a fatal error).
    const run = (mode: string): Promise<{ code: number | string; stderr: string }> =>
      new Promise((done) => {
        execFile(process.execPath, [runTs, script, mode, join(dir, `exit-${mode}.parquet`)], (e, _stdout, stderr) =>
          done({ code: e === null ? 0 : typeof e.code === 'number' ? e.code : String(e.signal), stderr }),
        );
      });
    const [forgotten, exited, thrown] = await Promise.all([run('forget'), run('exit'), run('throw')]);
    expect(forgotten).toEqual({ code: 0, stderr: '' });
    expect(exited).toEqual({ code: 3, stderr: '' });
    expect(thrown.code).toBe(1);
    expect(thrown.stderr).toMatch(/thrown on purpose/);
    expect(thrown.stderr).not.toMatch(/FATAL/);
    expect(readdirSync(dir).filter((f) => f.startsWith('exit-') && f.includes('parquet'))).toEqual([]);
  });
});
