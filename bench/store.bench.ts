/**
 * Benchmarks of src/store: streaming a truth-like table (the 31 columns of TRUTH_COLUMNS,
 * integers as integer types) into Parquet, and reading it back. Rates in rows per second.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RandomStream } from '../src/core/index.js';
import { TRUTH_COLUMNS } from '../src/sim/event-truth.js';
import { ParquetTableWriter, queryParquet, readParquet } from '../src/store/index.js';
import type { ParquetColumn, ParquetColumnType } from '../src/store/index.js';
import { benchAsync } from './harness.js';
import type { BenchResult } from './harness.js';

const INTEGER_TYPES: Partial<Record<string, ParquetColumnType>> = {
  event: 'BIGINT',
  process: 'UTINYINT',
  beamSpecies: 'SMALLINT',
  pileup: 'UTINYINT',
  xProduced: 'UTINYINT',
  xMechanism: 'UTINYINT',
  xParentSpecies: 'SMALLINT',
  xDecay: 'SMALLINT',
  nNuclearInteractions: 'INTEGER',
  dimuon: 'UTINYINT',
  decayInFlight: 'UTINYINT',
  nTracked: 'INTEGER',
};

/** The truth table's columns with plausible types. */
export const TRUTH_BENCH_COLUMNS: ParquetColumn[] = TRUTH_COLUMNS.map((name) => ({ name, type: INTEGER_TYPES[name] ?? 'DOUBLE' }));

/** One batch of `n` truth-like rows starting at event `first` (random energies, small integer codes). */
function truthBatch(first: number, n: number): Record<string, Float64Array> {
  const cols = Object.fromEntries(TRUTH_BENCH_COLUMNS.map((c) => [c.name, new Float64Array(n)]));
  for (let i = 0; i < n; i++) {
    const r = new RandomStream(1, first + i);
    for (const c of TRUTH_BENCH_COLUMNS) {
      const u = r.uniform();
      cols[c.name][i] = c.type === 'DOUBLE' ? (u < 0.3 ? 0 : 100 * u) : c.type === 'UTINYINT' ? Math.floor(4 * u) : Math.floor(50 * u);
    }
    cols.event[i] = first + i;
  }
  return cols;
}

/** Runs the store benchmarks (writes and reads a temporary file). */
export async function storeBenchmarks(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'emiss-bench-'));
  const path = join(dir, 'truth.parquet');
  const rows = 500_000;
  const batch = 10_000;
  // The batches are made once: the benchmark times the writer, not the generator.
  const batches = Array.from({ length: rows / batch }, (_, k) => truthBatch(k * batch, batch));
  const rate = (ms: number): string => `${((rows / ms) * 1e3).toExponential(2)} rows/s`;
  const out: BenchResult[] = [];
  try {
    out.push(
      await benchAsync(`append 31-column truth table, ${rows} rows in batches of ${batch}, zstd`, async () => {
        const w = await ParquetTableWriter.create(path, TRUTH_BENCH_COLUMNS);
        for (const b of batches) await w.appendBatch(b, batch);
        await w.close();
      }, { runs: 3, note: (ms) => `${rate(ms)}, ${(statSync(path).size / rows).toFixed(0)} B/row` }),
    );
    // Memory must stay flat however long the table: stream 4·10⁶ rows (the batches above, again
    // and again, with new event numbers) and record the largest growth of the resident set.
    const long = 4_000_000;
    let growth = 0;
    out.push(
      await benchAsync(`stream ${long / 1e6}·10⁶ rows of the 31-column table`, async () => {
        const rss0 = process.memoryUsage().rss;
        const w = await ParquetTableWriter.create(join(dir, 'long.parquet'), TRUTH_BENCH_COLUMNS);
        for (let first = 0, k = 0; first < long; first += batch, k++) {
          const b = batches[k % batches.length];
          for (let i = 0; i < batch; i++) b.event[i] = first + i;
          await w.appendBatch(b, batch);
          growth = Math.max(growth, process.memoryUsage().rss - rss0);
        }
        await w.close();
      }, { runs: 1, warmup: 0, note: (ms) => `${((long / ms) * 1e3).toExponential(2)} rows/s, resident memory at most +${(growth / 2 ** 20).toFixed(0)} MB` }),
    );
    out.push(await benchAsync(`readParquet, all 31 columns, ${rows} rows`, () => readParquet(path), { runs: 3, note: rate }));
    out.push(await benchAsync(`readParquet, 2 columns where eEcal < 50, ${rows} rows scanned`, () => readParquet(path, { columns: ['eEcal', 'eHcal'], where: 'eEcal < 50' }), { runs: 5, note: rate }));
    out.push(await benchAsync(`queryParquet, count and sums by process, ${rows} rows`, () => queryParquet(`SELECT process, count(*), sum(eEcal), sum(weight) FROM '${path}' GROUP BY ALL`), { runs: 5, note: rate }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
