import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionMask, conditionSql, parseSelection } from '../../src/analysis/index.js';
import { readParquet } from '../../src/store/index.js';
import { goodElectrons, writeDstFile } from '../support/dst-files.js';
import { assertNoNonFinite, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-select-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 10 good electrons: 3 in the box (E_ECAL < 50, E_HCAL < 1), 2 in region II, 1 in region I,
// 1 in region III; plus 4 events failing the momentum cut and 1 failing the veto.
const ECAL = [10, 30, 49.9, 95, 60, 40, 120, 20, 45, 50];
const HCAL = [0.1, 0.5, 0.99, 4, 35, 10, 5, 3, 1.5, 0.5];
let data = '';
let sim = '';
beforeAll(async () => {
  const n = ECAL.length + 5;
  const g = goodElectrons(n, [...ECAL, 10, 10, 10, 10, 10], [...HCAL, 0, 0, 0, 0, 0]);
  (g.mom_GeV as Float64Array).set([90, 104, 96.9, 103.1], ECAL.length);
  g.e_veto_GeV = new Float64Array(n);
  (g.e_veto_GeV as Float64Array)[n - 1] = 0.01;
  data = await writeDstFile(join(dir, 'data.parquet'), n, g);
  const w = Float64Array.from({ length: n }, (_, i) => 0.1 * (i + 1));
  sim = await writeDstFile(join(dir, 'sim.parquet'), n, { ...g, weight: w, truth_xProduced: new Float64Array(n).fill(1) });
});

describe('emiss select', () => {
  it('counts data with the signal box blinded, and the regions outside the box', async () => {
    const r = await runInProcess(['select', 'na64e-invisible', data, '--json']);
    expect(r.code).toBe(0);
    assertNoNonFinite(r.out);
    const j = JSON.parse(r.out);
    expect(j.simulation).toBe(false);
    expect(j.blinded).toBe(true);
    const n = Object.fromEntries(j.rows.map((row: { name: string; n: number | null }) => [row.name, row.n]));
    expect(n).toMatchObject({ 'all events': 15, momentum: 11, veto: 10, vhcal_quiet: 10, ecal_missing_energy: null, hcal_quiet: null });
    expect(Object.fromEntries(j.regions.map((g: { name: string; n: number }) => [g.name, g.n]))).toEqual({ I: 1, II: 2, III: 1 });
  });

  it('shows the box with --unblind and lists its events', async () => {
    const r = await runInProcess(['select', 'na64e-invisible', data, '--unblind', '--list', '10', '--json']);
    const j = JSON.parse(r.out);
    expect(j.rows.at(-1).n).toBe(3);
    expect(j.rows.at(-2).n).toBe(6);
    expect(j.box_events.map((e: { e_ecal_GeV: number }) => e.e_ecal_GeV)).toEqual([10, 30, 49.9]);
    const blind = await runInProcess(['select', 'na64e-invisible', data, '--list', '10']);
    expect(blind.code).toBe(2);
    expect(blind.err).toMatch(/--list: the signal box of data is blinded .*--unblind/);
  });

  it('sums weights for simulation: Σw and √Σw² of the box', async () => {
    const r = await runInProcess(['select', 'na64e-invisible', sim, '--json']);
    const j = JSON.parse(r.out);
    expect(j.simulation).toBe(true);
    const box = j.rows.at(-1);
    // events 1, 2, 3 (weights 0.1, 0.2, 0.3)
    expect(box.sum_w).toBeCloseTo(0.6, 12);
    expect(box.sum_w_err).toBeCloseTo(Math.sqrt(0.01 + 0.04 + 0.09), 12);
    expect(j.rows[0].sum_w).toBeCloseTo(0.1 * (15 * 16) / 2, 12);
    const text = await runInProcess(['select', 'na64e-invisible', sim]);
    expect(text.out).toMatch(/\[box\] hcal_quiet\s+0\.6000 ± 0\.3742/);
  });

  it('gives zeros and nulls, never NaN, for an empty DST', async () => {
    const empty = await writeDstFile(join(dir, 'empty.parquet'), 0, {});
    const r = await runInProcess(['select', 'na64e-invisible', empty, '--unblind', '--json']);
    expect(r.code, r.err).toBe(0);
    assertNoNonFinite(r.out);
    const j = JSON.parse(r.out);
    expect(j.rows.every((row: { n: number; eff_cum: number | null }) => row.n === 0 && row.eff_cum === null)).toBe(true);
  });

  it('names the selection file, the cut and the column when a cut reads a missing column', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, `schema: emiss-selection/1
name: bad
cuts:
  - { name: timing, source: test, where: { expr: ecal_tme_ns, op: "<", value: 5 } }
signalBox:
  source: test
  cuts: [ { name: box, source: test, where: { expr: e_ecal_GeV, op: "<", value: 50 } } ]
`);
    const r = await runInProcess(['select', bad, data]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/bad\.yaml: cut 'timing': column 'ecal_tme_ns' is not in .*data\.parquet \(allowed: columns of the file: run, spill/);
  });

  it('conditionSql in DuckDB and conditionMask in JS select the same events', async () => {
    const sel = parseSelection(`schema: emiss-selection/1
name: t
cuts:
  - name: c
    source: test
    where:
      any:
        - { expr: e_ecal_GeV + 2*e_hcal_GeV - 5, between: [40, 60] }
        - not: { expr: e_hcal_GeV, op: ">=", value: 1 }
        - all: [ { expr: e_ecal_GeV, op: "!=", value: 95 }, { expr: e_hcal_GeV, op: "==", value: 4 } ]
signalBox: { source: test, cuts: [ { name: b, source: test, where: { expr: e_ecal_GeV, op: "<", value: 50 } } ] }
`);
    const t = await readParquet(data, { columns: ['event', 'e_ecal_GeV', 'e_hcal_GeV'] });
    const cols = { e_ecal_GeV: t.columns.e_ecal_GeV as Float64Array, e_hcal_GeV: t.columns.e_hcal_GeV as Float64Array };
    for (const shift of [0, 3]) {
      const mask = conditionMask(sel.cuts[0].where, cols, t.n, undefined, shift);
      const js = Array.from(t.columns.event as Float64Array).filter((_, i) => mask[i] === 1);
      const sql = Array.from((await readParquet(data, { columns: ['event'], where: conditionSql(sel.cuts[0].where, shift) })).columns.event as Float64Array);
      expect(sql).toEqual(js);
      expect(js.length).toBeGreaterThan(2);
    }
  });
});
