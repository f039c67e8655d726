/**
 * Analysis benchmarks (issue 5): the cut flow of the NA64e invisible selection over a DST of
 * 10^7 rows (budget 5 s), and histogram filling. The DST is generated once per run with
 * DuckDB in a temporary folder (all DST columns; deterministic values from hash(i)).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hist1D, Hist2D, parseSelection } from '../src/analysis/index.js';
import { openDstSource } from '../src/cli/analysis/dst-source.js';
import { runCutFlow } from '../src/cli/analysis/run-cut-flow.js';
import { fillHist2dSql } from '../src/cli/analysis/fill-hists-sql.js';
import { DST_COLUMN_TYPES } from '../src/reco/dst-columns.js';
import { queryParquet, quoteString } from '../src/store/index.js';
import { bench, benchAsync } from './harness.js';
import type { BenchResult } from './harness.js';

/** Uniform [0, 1) from a hash of the row number and a column salt (deterministic). */
const u = (salt: number): string => `((hash(i * 7919 + ${salt}) % 1000003)::DOUBLE / 1000003)`;

/** SQL expression of each column: electrons near 100 GeV, a few percent failing each cut. */
function columnSql(name: string, k: number): string {
  switch (name) {
    case 'event': return 'i';
    case 'mom_ok': return `(${u(k)} < 0.98)::INTEGER`;
    case 'mom_GeV': return `100 + 4 * (${u(k)} - 0.5) * 2`;
    case 'n_tracks_up': return `CASE WHEN ${u(k)} < 0.95 THEN 1 ELSE 2 END`;
    case 'e_srd_GeV': return `0.05 + 0.1 * ${u(k)}`;
    case 'e_srd_min_GeV': return `0.0005 + 0.02 * ${u(k)}`;
    case 'e_ecal_pre_GeV': return `3 * ${u(k)}`;
    case 'ecal_chi2': return `6 * ${u(k)}`;
    case 'e_ecal_GeV': return `CASE WHEN ${u(k)} < 0.9 THEN 100 ELSE 110 * ${u(k + 1000)} END`;
    case 'e_hcal_GeV': return `CASE WHEN ${u(k)} < 0.8 THEN 0.3 * ${u(k + 1000)} ELSE 100 * ${u(k + 2000)} END`;
    case 'weight': return '1.0';
    default: return '0';
  }
}

/** Benchmarks; the 10^7-row file is written once (≈ 20 s on 2 cores) and removed afterwards. */
export async function analysisBenchmarks(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'emiss-bench-analysis-'));
  try {
    const file = join(dir, 'dst-1e7.parquet');
    const n = 10_000_000;
    const cols = Object.entries(DST_COLUMN_TYPES).map(([name, type], k) => `(${columnSql(name, k)})::${type} AS "${name}"`).join(', ');
    await queryParquet(`COPY (SELECT ${cols} FROM range(${n}) t(i)) TO ${quoteString(file)} (FORMAT parquet)`);
    const sel = parseSelection(readFileSync(new URL('../configs/selections/na64e-invisible.yaml', import.meta.url), 'utf8'), 'na64e-invisible.yaml');
    const src = await openDstSource([file]);
    const results: BenchResult[] = [];
    let kept = 0;
    results.push(
      await benchAsync('cut flow of na64e-invisible (10 cuts + 3 regions) over a 10^7-row DST, DuckDB', async () => {
        const f = await runCutFlow(sel, src, { simulation: true });
        kept = f.rows.at(-1)?.n ?? 0;
      }, { runs: 3, warmup: 1, budgetMs: 5000, note: (ms) => `${(n / (ms / 1000) / 1e6).toFixed(1)}·10^6 rows/s` }),
    );
    if (!(kept > 0)) throw new Error('cut flow benchmark: no event in the box; the generated file is wrong');
    results.push(
      await benchAsync('E_ECAL–E_HCAL plane (150 × 120 bins, weighted) of a 10^7-row DST, binned in DuckDB', async () => {
        const plane = new Hist2D('p', '', 150, 0, 150, 120, 0, 120);
        await fillHist2dSql(plane, src.from, 'e_ecal_GeV', 'e_hcal_GeV', 'weight', null);
        if (plane.entries !== n) throw new Error('plane benchmark: wrong entries');
      }, { runs: 3, warmup: 1, note: (ms) => `${(n / (ms / 1000) / 1e6).toFixed(1)}·10^6 rows/s` }),
    );
    const xs = Float64Array.from({ length: 1_000_000 }, (_, i) => (i * 0.6180339887) % 1 * 150);
    const h = new Hist1D('b', '', 150, 0, 150);
    results.push(bench('Hist1D.fillArray, 10^6 values', () => h.fillArray(xs), { runs: 10, note: (ms) => `${(1e6 / (ms / 1000) / 1e6).toFixed(0)}·10^6 fills/s` }));
    const p = new Hist2D('p', '', 150, 0, 150, 120, 0, 120);
    results.push(bench('Hist2D.fillArrays, 10^6 pairs', () => p.fillArrays(xs, xs), { runs: 10, note: (ms) => `${(1e6 / (ms / 1000) / 1e6).toFixed(0)}·10^6 fills/s` }));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
