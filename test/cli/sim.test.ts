import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readParquet } from '../../src/store/index.js';
import { ROOT, assertNoNonFinite, runInProcess, runNpx } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-sim-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SETUP = join(ROOT, 'configs/na64e-2021-2023.yaml');
const OUTPUTS = ['events.emraw', 'truth.parquet', 'tracklength.json', 'calibration.json', 'run.json'];

describe('emiss sim', () => {
  it('--list-processes --json: every process with its kind and description', async () => {
    const r = await runInProcess(['sim', '--list-processes', '--json']);
    expect(r.code).toBe(0);
    const names = (JSON.parse(r.out) as { name: string; kind: string }[]).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['beam', 'signal', 'signal-resonant', 'signal-muon', 'hadrons', 'electronuclear', 'dimuon', 'pileup', 'decay-in-flight', 'low-energy-tail']));
  });

  it('--json: events, wall_seconds and the files written; one truth row per event; a raw file that validates', async () => {
    const out = join(dir, 'beam');
    const r = await runInProcess(['sim', SETUP, '--events', '300', '--seed', '7', '--out', out, '--no-progress', '--json']);
    expect(r.code).toBe(0);
    assertNoNonFinite(r.out);
    const j = JSON.parse(r.out) as { events: number; wall_seconds: number; files: string[] };
    expect(j.events).toBe(300);
    expect(j.wall_seconds).toBeGreaterThan(0);
    expect(j.files.map((f) => f.split('/').pop())).toEqual(OUTPUTS);
    for (const f of j.files) expect(existsSync(f)).toBe(true);
    const truth = await readParquet(join(out, 'truth.parquet'), { columns: ['event', 'weight', 'eEcal'] });
    expect(truth.n).toBe(300);
    expect(Array.from(truth.columns.event as Float64Array)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    const v = await runInProcess(['raw', 'validate', join(out, 'events.emraw'), '--json']);
    expect(JSON.parse(v.out)).toMatchObject({ events_ok: 300, events_damaged: 0 });
    const tl = JSON.parse(readFileSync(join(out, 'tracklength.json'), 'utf8')) as { format: string; tracking_cut_GeV: number };
    expect(tl).toMatchObject({ format: 'emiss-tracklength/1', tracking_cut_GeV: 5 });
  });

  it('writes byte-identical files with 1 and 2 threads', async () => {
    const a = join(dir, 't1');
    const b = join(dir, 't2');
    expect((await runInProcess(['sim', SETUP, '--events', '1200', '--seed', '3', '--threads', '1', '--out', a, '--no-progress'])).code).toBe(0);
    expect((await runInProcess(['sim', SETUP, '--events', '1200', '--seed', '3', '--threads', '2', '--out', b, '--no-progress'])).code).toBe(0);
    for (const f of ['events.emraw', 'truth.parquet', 'tracklength.json', 'calibration.json']) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    // And a different seed gives different events.
    const c = join(dir, 't3');
    expect((await runInProcess(['sim', SETUP, '--events', '1200', '--seed', '4', '--out', c, '--no-progress'])).code).toBe(0);
    expect(readFileSync(join(a, 'events.emraw')).equals(readFileSync(join(c, 'events.emraw')))).toBe(false);
  });

  it('the form of the issue: --process signal --mass 0.02 --seed 7 --threads 2 (npx, as a user runs it)', () => {
    const out = join(dir, 'sig20');
    const r = runNpx(['sim', 'configs/na64e-2021-2023.yaml', '--process', 'signal', '--mass', '0.02', '--events', '2000', '--seed', '7', '--threads', '2', '--out', out, '--no-progress', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { yield_per_particle: number; fraction_produced: number };
    expect(j.fraction_produced).toBeGreaterThan(0.5);
    expect(j.yield_per_particle).toBeGreaterThan(0);
    // Its tally is marked biased (forced emissions shorten the tracks), and yield refuses it;
    // the tally of the unbiased beam run above is accepted.
    const tl = JSON.parse(readFileSync(join(out, 'tracklength.json'), 'utf8')) as { process: string; biased: boolean };
    expect(tl).toMatchObject({ process: 'signal', biased: true });
  });

  it('yield --track-length refuses the tally of a biased signal run and takes a beam run\'s', async () => {
    const sig = join(dir, 'sig-tally');
    expect((await runInProcess(['sim', SETUP, '--process', 'signal', '--mass', '0.02', '--events', '200', '--out', sig, '--no-progress'])).code).toBe(0);
    const r = await runInProcess(['yield', SETUP, '--masses', '0.02', '--track-length', join(sig, 'tracklength.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--track-length: .*biased 'signal' run.*--process beam/);
    const ok = await runInProcess(['yield', SETUP, '--masses', '0.02', '--track-length', join(dir, 'beam', 'tracklength.json'), '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).spectrum).toMatch(/^simulation: /);
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown process', ['--process', 'axion'], /--process: unknown process 'axion'.*allowed: beam, signal/],
    ['zero events', ['--events', '0'], /--events/],
    ['a signal process without a mass', ['--process', 'signal'], /--mass: process 'signal' needs the boson mass/],
    ['a mass outside the model', ['--process', 'signal', '--mass', '5'], /mass|5/],
    ['a resonance below 0.1 GeV', ['--process', 'signal-resonant', '--mass', '0.005'], /resonant production needs E_R/],
    ['a muon process on an electron beam', ['--process', 'signal-muon', '--mass', '0.1'], /needs a muon beam/],
  ];
  for (const [what, args, message] of bad) {
    it(`refuses ${what} in one line, exit code 2, before simulating (no output folder)`, async () => {
      const out = join(dir, `bad-${what.replace(/\W+/g, '-')}`);
      const r = await runInProcess(['sim', SETUP, ...args, '--out', out, '--no-progress']);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  }
  it('refuses a setup without detectors, naming the file', async () => {
    const r = await runInProcess(['sim', join(ROOT, 'configs/na64e-2016-2022.yaml'), '--out', join(dir, 'nodet')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/na64e-2016-2022\.yaml: detectors: the simulation needs the detector list/);
  });
  it('refuses an output folder it cannot write', async () => {
    const r = await runInProcess(['sim', SETUP, '--events', '10', '--out', '/proc/emiss-cannot-write']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out: cannot write into \/proc\/emiss-cannot-write/);
  });

  it('Ctrl-C leaves no file that looks complete (and no partial file), exit code 130', async () => {
    const out = join(dir, 'interrupted');
    const child = spawn(process.execPath, ['bin/emiss.js', 'sim', SETUP, '--events', '2000000', '--out', out, '--no-progress'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Wait until the run is writing, then interrupt.
    for (let i = 0; i < 200 && !(existsSync(out) && readdirSync(out).some((f) => f.endsWith('.partial'))); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(err).toMatch(/interrupted by SIGINT; partial outputs removed/);
    const left = existsSync(out) ? readdirSync(out) : [];
    expect(left.filter((f) => OUTPUTS.includes(f) || f.endsWith('.partial'))).toEqual([]);
  });
});
