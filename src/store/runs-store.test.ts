import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffRuns } from './runs-diff.js';
import { getRun, listRuns, recordRun } from './runs-store.js';
import type { RunRecord } from './runs-store.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-runs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function record(id: string, seed: number, scale: number): RunRecord {
  return {
    runId: id,
    finishedAt: `2026-11-25T10:00:0${seed}Z`,
    setupName: 'na64e-invisible',
    setupSha256: 'ab'.repeat(32),
    setupText: 'schema: emiss-setup/1\n',
    seed,
    emissVersion: '0.1.0',
    gitCommit: 'deadbeef',
    outDir: `/tmp/${id}`,
    wallSeconds: 12.5,
    options: { scale, events: 1000 },
    periods: [{ name: '2016-2018', particlesOnTarget: 2.84e11 }, { name: '2022', particlesOnTarget: 6.15e11 * scale }],
    results: [
      { massGeV: 0.01, epsilonObserved: 2e-5 / Math.sqrt(scale), epsilonExpected: 2.1e-5, epsilonExpectedMinus1: 1.8e-5, epsilonExpectedPlus1: 2.5e-5, yObserved: 2e-12, efficiency: 0.6, background: 0.3 },
      { massGeV: 0.1, epsilonObserved: 2e-4, epsilonExpected: 2.1e-4, epsilonExpectedMinus1: 1.8e-4, epsilonExpectedPlus1: 2.5e-4, yObserved: 2e-10, efficiency: 0.6, background: 0.3 },
    ],
  };
}

describe('recordRun / listRuns / getRun / diffRuns', () => {
  const db = join(dir, 'emiss.duckdb');
  it('records runs and reads them back exactly', async () => {
    await recordRun(db, record('aaaa1111', 1, 1));
    await recordRun(db, record('bbbb2222', 2, 4));
    const ls = await listRuns(db);
    expect(ls.map((r) => r.runId)).toEqual(['bbbb2222', 'aaaa1111']);
    expect(ls[1]).toMatchObject({ masses: 2, particlesOnTarget: 2.84e11 + 6.15e11 });
    expect(await getRun(db, 'aaaa')).toEqual(record('aaaa1111', 1, 1));
  });

  it('diff names the inputs that differ and the ratio of the limits', async () => {
    const d = diffRuns(await getRun(db, 'aaaa'), await getRun(db, 'bbbb'));
    expect(d.inputs.map((i) => i.key)).toEqual(['seed', 'options.scale', 'particles_on_target']);
    expect(d.limits[0].ratioObserved).toBeCloseTo(0.5, 12);
    expect(d.limits[1].ratioObserved).toBeCloseTo(1, 12);
  });

  it('a record that fails half-way leaves the store as it was', async () => {
    const bad = record('cccc3333', 3, 1);
    bad.results[1].massGeV = { not: 'a number' } as unknown as number;
    await expect(recordRun(db, bad)).rejects.toThrow(/could not record run cccc3333.*store is unchanged/);
    expect((await listRuns(db)).map((r) => r.runId)).toEqual(['bbbb2222', 'aaaa1111']);
  });

  it('an unknown or ambiguous id is refused with what to do', async () => {
    await expect(getRun(db, 'zzzz')).rejects.toThrow(/no recorded run.*emiss runs ls/);
    await recordRun(db, record('aaaa9999', 4, 1));
    await expect(getRun(db, 'aaaa')).rejects.toThrow(/matches 2 runs.*longer prefix/);
  });
});
