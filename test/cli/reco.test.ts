import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirs } from '../../src/store/index.js';
import { readParquet } from '../../src/store/index.js';
import { ROOT, assertNoNonFinite, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-reco-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const setup = join(ROOT, 'configs', 'na64e-2021-2023.yaml');
const calib = join(ROOT, 'calib');

describe('emiss reco', () => {
  const run = join(dir, 'runs', 'sig20');
  const ready = (async () => {
    makeDirs(join(dir, 'runs'));
    const sim = await runInProcess(['sim', setup, '--events', '300', '--seed', '4', '--run', '20', '--out', run, '--no-progress']);
    if (sim.code !== 0) throw new Error(sim.err);
  })();

  it('runs in the issue\'s form with 2 threads; the DST equals the 1-thread one, row for row, with the truth joined', async () => {
    await ready;
    const r2 = await runInProcess(['reco', join(run, 'events.emraw'), '--calib', calib, '--out', join(run, 'dst.parquet'), '--threads', '2', '--json', '--no-progress']);
    expect(r2.code, r2.err).toBe(0);
    assertNoNonFinite(r2.out);
    const j = JSON.parse(r2.out);
    expect(j.events).toBe(300);
    expect(j.events_damaged).toBe(0);
    expect(j.wall_seconds).toBeGreaterThan(0);
    const r1 = await runInProcess(['reco', join(run, 'events.emraw'), '--calib', calib, '--out', join(run, 'dst1.parquet'), '--threads', '1', '--no-progress']);
    expect(r1.code, r1.err).toBe(0);
    expect(r1.out).toMatch(/300 events read and reconstructed, 0 damaged/);
    const a = await readParquet(join(run, 'dst.parquet'));
    const b = await readParquet(join(run, 'dst1.parquet'));
    expect(a.n).toBe(300);
    expect(Object.keys(a.columns)).toEqual(Object.keys(b.columns));
    for (const [k, v] of Object.entries(a.columns)) expect(Array.from(v as Float64Array), k).toEqual(Array.from(b.columns[k] as Float64Array));
    expect(a.columns.truth_eEcal).toBeDefined();
    expect(Array.from(a.columns.event as Float64Array)).toEqual(Array.from(a.columns.truth_event as Float64Array));
    const side = JSON.parse(readFileSync(join(run, 'dst.parquet.calib.json'), 'utf8'));
    expect(side.files[0].run).toBe(20);
    expect(side.files[0].calibration).toMatch(/na64e-2021-2023/);
    expect(side.calibrations[0].adc.gain.length).toBe(131);
  });

  it('refuses a run without calibration, naming the run and the constants; --allow-default-calib records the default', async () => {
    await ready;
    const empty = join(dir, 'calib-empty');
    makeDirs(empty);
    const r = await runInProcess(['reco', join(run, 'events.emraw'), '--calib', empty, '--out', join(dir, 'x.parquet'), '--setup', setup, '--no-progress']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/run 20/);
    expect(r.err).toMatch(/gains/);
    expect(existsSync(join(dir, 'x.parquet'))).toBe(false);
    const d = await runInProcess(['reco', join(run, 'events.emraw'), '--calib', empty, '--out', join(dir, 'x.parquet'), '--setup', setup, '--allow-default-calib', '--truth', 'none', '--json', '--no-progress']);
    expect(d.code, d.err).toBe(0);
    expect(JSON.parse(d.out).default_calibration_runs).toEqual([20]);
    const side = JSON.parse(readFileSync(join(dir, 'x.parquet.calib.json'), 'utf8'));
    expect(side.allow_default_calib).toBe(true);
    expect(side.files[0].default_calibration).toBe(true);
  });

  it('reports the damaged records of a damaged file and reconstructs the intact ones', async () => {
    await ready;
    const bytes = new Uint8Array(readFileSync(join(run, 'events.emraw')));
    const cut = bytes.slice(0, Math.floor(bytes.length * 0.6));
    cut[Math.floor(cut.length * 0.3)] ^= 0xff;
    const p = join(dir, 'damaged.emraw');
    writeFileSync(p, cut);
    const r = await runInProcess(['reco', p, '--calib', calib, '--out', join(dir, 'd.parquet'), '--truth', 'none', '--json', '--no-progress']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.events_damaged).toBeGreaterThanOrEqual(2); // the flipped record and the cut one
    expect(j.events).toBeGreaterThan(150);
    expect(j.events).toBeLessThan(180);
    expect(j.problems.length).toBe(j.events_damaged);
  });

  it('calib nominal, ecal and straw write entries that reco then uses (narrowest run range wins)', async () => {
    await ready;
    const cdir = join(dir, 'calib2');
    const nom = await runInProcess(['calib', 'nominal', setup, '--out', cdir, '--json']);
    expect(nom.code, nom.err).toBe(0);
    expect(JSON.parse(nom.out).path).toMatch(/na64e-2021-2023[/\\]0-4294967295\.json$/);
    const e = await runInProcess(['calib', 'ecal', join(run, 'events.emraw'), '--calib', cdir, '--setup', setup, '--out', join(cdir, 'na64e-2021-2023', '20-20.json'), '--json']);
    expect(e.code, e.err).toBe(0);
    const ej = JSON.parse(e.out);
    expect(ej.channels_measured).toBeGreaterThan(0); // the cells the (narrow) beam hits
    const st = await runInProcess(['calib', 'straw', join(run, 'events.emraw'), '--calib', cdir, '--setup', setup, '--out', join(dir, 'straw.json'), '--json']);
    expect(st.code, st.err).toBe(0);
    expect(JSON.parse(st.out).elements.length).toBe(2);
    const r = await runInProcess(['reco', join(run, 'events.emraw'), '--calib', cdir, '--out', join(dir, 'c.parquet'), '--truth', 'none', '--no-progress']);
    expect(r.code, r.err).toBe(0);
    const side = JSON.parse(readFileSync(join(dir, 'c.parquet.calib.json'), 'utf8'));
    expect(side.files[0].calibration).toMatch(/20-20\.json$/);
  });

  it('calib hcal measures the MIP peak of the cells a muon beam crosses', async () => {
    const mu = join(dir, 'mu');
    const sim = await runInProcess(['sim', join(ROOT, 'configs', 'na64mu-2022.yaml'), '--events', '1500', '--seed', '2', '--out', mu, '--no-progress']);
    expect(sim.code, sim.err).toBe(0);
    const r = await runInProcess(['calib', 'hcal', join(mu, 'events.emraw'), '--calib', calib, '--out', join(mu, 'hcal.json'), '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.relative).toBe(true);
    expect(j.channels_measured).toBeGreaterThan(0); // the cells on the beam axis
    expect(j.mip_GeV).toBeGreaterThan(0.5);
    expect(j.mip_GeV).toBeLessThan(5);
  });

  it('rejects a bad option in one line', async () => {
    const r = await runInProcess(['reco', 'nope.emraw', '--calib', calib, '--out', join(dir, 'y.parquet'), '--threads', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--threads/);
    const m = await runInProcess(['reco', join(dir, 'missing.emraw'), '--calib', calib, '--out', join(dir, 'y.parquet')]);
    expect(m.code).toBe(2);
    expect(m.err).toMatch(/missing\.emraw/);
  });
});

describe('runReconstruction with worker threads', () => {
  it('gives the same DST whichever thread reconstructs which batch', async () => {
    const { runReconstruction } = await import('../../src/cli/reco-runner.js');
    const run = join(dir, 'w');
    const sim = await runInProcess(['sim', setup, '--events', '400', '--seed', '8', '--out', run, '--no-progress']);
    expect(sim.code, sim.err).toBe(0);
    const base = { files: [join(run, 'events.emraw')], calibDir: calib, allowDefaultCalib: false, truth: [''], batchSize: 16, progress: null, tty: false };
    const one = await runReconstruction({ ...base, out: join(run, 'd1.parquet'), threads: 1 });
    const three = await runReconstruction({ ...base, out: join(run, 'd3.parquet'), threads: 3, preferWorkers: true });
    expect(one.events).toBe(400);
    expect(three.events).toBe(400);
    expect(three.batches_by_workers).toBeGreaterThan(0);
    const a = await readParquet(join(run, 'd1.parquet'));
    const b = await readParquet(join(run, 'd3.parquet'));
    for (const [k, v] of Object.entries(a.columns)) expect(Array.from(v as Float64Array), k).toEqual(Array.from(b.columns[k] as Float64Array));
  });
});
