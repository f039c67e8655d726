import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDirs } from '../../src/store/index.js';
import { goodElectrons, writeDstFile } from '../support/dst-files.js';
import { assertNoNonFinite, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-bkg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const B = -0.1; // slope of the data tail per GeV
const NSIDE = 400;

beforeAll(async () => {
  // data: an exponential tail in E_ECAL at E_HCAL < 1 (quantiles of e^{Bx} on [50, 100]),
  // plus 1000 events inside the box that the estimate must never read
  const L = 50;
  const tail = Array.from({ length: NSIDE }, (_, i) => 50 + Math.log1p(((i + 0.5) / NSIDE) * Math.expm1(B * L)) / B);
  const ecal = [...tail, ...Array.from({ length: 1000 }, (_, i) => 1 + (i % 48))];
  await writeDstFile(join(dir, 'data.parquet'), ecal.length, goodElectrons(ecal.length, ecal, new Array(ecal.length).fill(0.2)));
  // a simulated source: 100 rows, 5 in the box with weight 1e-3, run.json says 200 events simulated
  const n = 100;
  const se = Array.from({ length: n }, (_, i) => (i < 5 ? 20 : 100));
  const sim = goodElectrons(n, se, new Array(n).fill(0.1));
  makeDirs(join(dir, 'src'));
  await writeDstFile(join(dir, 'src', 'dst.parquet'), n, { ...sim, weight: new Float64Array(n).fill(1e-3), truth_xProduced: new Float64Array(n) });
  writeFileSync(join(dir, 'src', 'run.json'), JSON.stringify({ process: 'electronuclear', events: 200, mass_GeV: null }));
  // a source with no event in the box: 10 flagged events (the process happened) of weight 2e-3, the rest weight 1
  makeDirs(join(dir, 'src0'));
  const flag = Float64Array.from({ length: n }, (_, i) => (i < 10 ? 1 : 0));
  await writeDstFile(join(dir, 'src0', 'dst.parquet'), n, { ...goodElectrons(n, new Array(n).fill(100), new Array(n).fill(0.1)), weight: Float64Array.from(flag, (f) => (f ? 2e-3 : 1)), truth_dimuon: flag });
  writeFileSync(join(dir, 'src0', 'run.json'), JSON.stringify({ process: 'dimuon', events: 200, mass_GeV: null }));
  // signal: 100 produced A′, 50 well inside the box, 10 at E_ECAL = 49.5, 5 at 50.5, the rest at 80
  const sig = [...new Array(50).fill(20), ...new Array(10).fill(49.5), ...new Array(5).fill(50.5), ...new Array(35).fill(80)];
  for (const m of [0.01, 0.1]) {
    makeDirs(join(dir, `sig${m}`));
    await writeDstFile(join(dir, `sig${m}`, 'dst.parquet'), 100, { ...goodElectrons(100, sig, new Array(100).fill(0.1)), truth_xProduced: new Float64Array(100).fill(1) });
    writeFileSync(join(dir, `sig${m}`, 'run.json'), JSON.stringify({ process: 'signal', events: 100, mass_GeV: m, yield_per_particle: 1e-3, yield_relative_error: 0.05 }));
  }
  writeFileSync(join(dir, 'bkg.yaml'), `schema: emiss-background/1
selection: na64e-invisible
particlesOnTarget: 1.0e9
sources:
  - { name: electro-nuclear, dst: src/dst.parquet, relativeSystematic: 0.3, source: test }
  - { name: dimuons, dst: src0/dst.parquet, processFlag: truth_dimuon, source: test }
sideband:
  data: data.parquet
  variable: e_ecal_GeV
  replaces: ecal_missing_energy
  range: [50, 100]
  box: [0, 50]
  variations: [[55, 100], [50, 90]]
signal:
  samples:
    - { dst: sig0.01/dst.parquet }
    - { dst: sig0.1/dst.parquet }
`);
});

describe('emiss background', () => {
  it('scales simulated sources to the exposure, extrapolates the data tail, and gives ε(m) with stat and syst errors', async () => {
    const out = join(dir, 'out');
    const r = await runInProcess(['background', join(dir, 'bkg.yaml'), '--json', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    assertNoNonFinite(r.out);
    const j = JSON.parse(r.out);
    // N_POT · Σ_box w / N = 1e9 · 5e-3 / 200
    expect(j.sources[0]).toMatchObject({ name: 'electro-nuclear', process: 'electronuclear', events_simulated: 200, passed: 5 });
    expect(j.sources[0].expected).toBeCloseTo(25000, 6);
    expect(j.sources[0].stat_err).toBeCloseTo((1e9 / 200) * Math.sqrt(5e-6), 6);
    expect(j.sources[0].syst_err).toBeCloseTo(7500, 6);
    // no event in the box: 68% CL bound 1.14 events of the flagged events' mean weight 2e-3
    expect(j.sources[1]).toMatchObject({ name: 'dimuons', passed: 0, expected: 0 });
    expect(j.sources[1].upper_68).toBeCloseTo((1e9 / 200) * 2e-3 * -Math.log(0.32), 6);
    // tail: n·∫_0^50 e^{Bx} / ∫_50^100 e^{Bx}, the 1000 box events not read
    const exact = (NSIDE * (1 - Math.exp(B * 50))) / (Math.exp(B * 50) - Math.exp(B * 100));
    expect(j.sideband.n).toBe(NSIDE);
    expect(j.sideband.slope).toBeCloseTo(B, 3);
    expect(j.sideband.expected / exact).toBeCloseTo(1, 2);
    expect(j.sideband.variations).toHaveLength(2);
    expect(j.total.expected).toBeCloseTo(25000 + j.sideband.expected, 6);
    // signal: ε = 60/100, binomial error, syst from the 1 GeV E_ECAL threshold: 10 events at 49.5 → 0.1
    expect(j.signal.map((p: { mass_GeV: number }) => p.mass_GeV)).toEqual([0.01, 0.1]);
    expect(j.signal[0].efficiency).toBeCloseTo(0.6, 12);
    expect(j.signal[0].stat_err).toBeCloseTo(Math.sqrt(0.24 / 100), 12);
    expect(j.signal[0].syst_by_cut.ecal_missing_energy).toBeCloseTo(0.1, 12);
    expect(existsSync(join(out, 'efficiency.svg'))).toBe(true);
    expect(readFileSync(join(out, 'sideband.svg'), 'utf8')).toMatch(/^<svg[^]*extrapolated/);
    expect(JSON.parse(readFileSync(join(out, 'background.json'), 'utf8')).selection).toBe('na64e-invisible');
    const text = await runInProcess(['background', join(dir, 'bkg.yaml')]);
    expect(text.out).toMatch(/electro-nuclear\s+200\s+5\s+2\.50e\+4 ± /);
  });

  it('writes one pyhf workspace per mass with --observed: s = 10 at μ = 1, ε²_ref = 10/(N_POT·Y·ε)', async () => {
    const out = join(dir, 'ws');
    const r = await runInProcess(['background', join(dir, 'bkg.yaml'), '--out', out, '--observed', '2', '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.observed).toBe(2);
    expect(j.workspaces[0]).toMatchObject({ mass_GeV: 0.01, file: 'workspace-m0.01.json', signal_at_mu1: 10 });
    expect(j.workspaces[0].epsilon2_at_mu1).toBeCloseTo(10 / (1e9 * 1e-3 * 0.6), 12);
    const ws = JSON.parse(readFileSync(join(out, 'workspace-m0.01.json'), 'utf8'));
    expect(ws.observations[0].data).toEqual([2]);
    expect(ws.channels[0].samples[1].data[0]).toBeCloseTo(j.total.expected, 6);
    const bad = await runInProcess(['background', join(dir, 'bkg.yaml'), '--observed', '1.5', '--out', out]);
    expect(bad.err).toMatch(/--observed: 1\.5 is not a count/);
  });

  it('refuses a sideband that overlaps the blinded box, naming the file and the key', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(join(dir, 'bkg.yaml'), 'utf8').replace('range: [50, 100]', 'range: [40, 100]'));
    const r = await runInProcess(['background', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.yaml: sideband: fit range \[40, 100\] overlaps the blinded box/);
  });
});
