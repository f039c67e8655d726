import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Hist1D, Hist2D } from '../../analysis/index.js';
import { quoteString } from '../../store/index.js';
import { writeDstFile } from '../../../test/support/dst-files.js';
import { fillHist1dSql, fillHist2dSql } from './fill-hists-sql.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-fillsql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fillHist1dSql / fillHist2dSql', () => {
  it('fill bin for bin as Hist1D.fillArray / Hist2D.fillArrays, edges and under/overflow included', async () => {
    const n = 5000;
    // values on and next to bin edges (0.1-wide bins of [0, 15)), below and above the range
    const x = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0.1 * (i % 160) : -1 + ((i * 0.37) % 18)));
    const y = Float64Array.from({ length: n }, (_, i) => ((i * 1.618) % 14) - 1);
    const w = Float64Array.from({ length: n }, (_, i) => 0.5 + (i % 5) * 0.3);
    const file = await writeDstFile(join(dir, 'd.parquet'), n, { e_ecal_GeV: x, e_hcal_GeV: y, weight: w });
    const from = `read_parquet(${quoteString(file)})`;
    const a = new Hist1D('a', '', 150, 0, 15);
    a.fillArray(x, w);
    const b = new Hist1D('a', '', 150, 0, 15);
    await fillHist1dSql(b, from, 'e_ecal_GeV', 'weight', null);
    expect(Array.from(b.contents)).toEqual(Array.from(a.contents).map((v) => expect.closeTo(v, 9)));
    expect(b.entries).toBe(n);
    expect(b.sumwx2).toBeCloseTo(a.sumwx2, 6);
    const p = new Hist2D('p', '', 30, 0, 15, 24, 0, 12);
    p.fillArrays(x, y, w);
    const q = new Hist2D('p', '', 30, 0, 15, 24, 0, 12);
    await fillHist2dSql(q, from, 'e_ecal_GeV', 'e_hcal_GeV', 'weight', null);
    expect(Array.from(q.contents)).toEqual(Array.from(p.contents).map((v) => expect.closeTo(v, 9)));
    expect(q.sumwxy).toBeCloseTo(p.sumwxy, 6);
  });
});
