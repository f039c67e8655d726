import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoNonFinite, runInProcess, runNpx } from './run-cli.js';

const WS = 'test/reference/pyhf/simple-two-bin.json';
const dir = mkdtempSync(join(tmpdir(), 'emiss-stats-'));
const write = (name: string, value: unknown): string => {
  const f = join(dir, name);
  writeFileSync(f, typeof value === 'string' ? value : JSON.stringify(value));
  return f;
};
const base = {
  channels: [{ name: 'c', samples: [{ name: 's', data: [3], modifiers: [{ name: 'mu', type: 'normfactor', data: null }] }, { name: 'b', data: [1], modifiers: [] }] }],
  observations: [{ name: 'c', data: [1] }],
  measurements: [{ name: 'm', config: { poi: 'mu', parameters: [] } }],
  version: '1.0.0',
};

// The exact forms of issue 5, run as a user runs them.
describe('npx emiss limit --workspace / fc (the required forms)', () => {
  it('limit --workspace ws.json --mu 1 --json → cls_obs and five cls_exp (pyhf defaults)', () => {
    const r = runNpx(['limit', '--workspace', WS, '--mu', '1', '--json']);
    expect(r.code).toBe(0);
    assertNoNonFinite(r.out);
    const j = JSON.parse(r.out);
    expect(Math.abs(j.cls_obs / 0.05251497 - 1)).toBeLessThan(1e-4);
    expect(j.cls_exp).toHaveLength(5);
    expect(j.test_statistic).toBe('qtilde');
  });
  it('fc --observed 1 --background 0 --cl 0.9 --json → {lower: 0.11, upper: 4.36} (FC Table IV)', () => {
    const r = runNpx(['fc', '--observed', '1', '--background', '0', '--cl', '0.9', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect([j.lower, j.upper]).toEqual([0.11, 4.36]);
  });
});

describe('emiss limit --workspace (in process)', () => {
  it('without --mu prints the 90% CL upper limits, and --cl changes the level', async () => {
    const r = await runInProcess(['limit', '--workspace', WS, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.cl).toBe(0.9);
    expect(j.mu_up_exp).toHaveLength(5);
    expect(j.mu_up_obs).toBeGreaterThan(j.mu_up_exp[0]);
    const k = JSON.parse((await runInProcess(['limit', '--workspace', WS, '--json', '--cl', '0.95'])).out);
    expect(k.mu_up_obs).toBeGreaterThan(j.mu_up_obs);
  });
  it('--calculator toys --toys N is reproducible with --seed', async () => {
    const argv = ['limit', '--workspace', WS, '--mu', '1', '--calculator', 'toys', '--toys', '500', '--seed', '4', '--json'];
    const a = JSON.parse((await runInProcess(argv)).out);
    const b = JSON.parse((await runInProcess(argv)).out);
    expect(a.cls_obs).toBe(b.cls_obs);
    expect(a.toys).toBe(500);
    expect(Math.abs(a.cls_obs - 0.0525)).toBeLessThan(0.03);
  });
  it('names the bad key of a workspace that violates the schema, in one line, exit 2', async () => {
    const bad = structuredClone(base) as unknown as { channels: { samples: { modifiers: { type: string }[] }[] }[] };
    bad.channels[0].samples[0].modifiers[0].type = 'normfactr';
    const f = write('bad.json', bad);
    const r = await runInProcess(['limit', '--workspace', f, '--json']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain('channels[0].samples[0].modifiers[0].type: unknown modifier type "normfactr"');
  });
  it('rejects a file that is not JSON and a setup file together with --workspace', async () => {
    const r = await runInProcess(['limit', '--workspace', write('x.json', '{nope'), '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/x\.json: not JSON/);
    const s = await runInProcess(['limit', 'configs/na64e-2016-2018.yaml', '--workspace', WS]);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/either a setup file or --workspace/);
  });
  it('reports a fit that cannot converge (events where nothing is expected) in one line naming the file, never a NaN', async () => {
    const zero = structuredClone(base);
    zero.channels[0].samples[1].data = [0];
    const f = write('zero.json', zero);
    const r = await runInProcess(['limit', '--workspace', f, '--json']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/zero\.json: the likelihood is zero at the initial parameters/);
  });
});

describe('emiss limit <setup> --write-workspace', () => {
  it("writes the setup's signal-box model as a pyhf workspace that limit --workspace reads (toys: ≈ 2.3 events for n = 0)", async () => {
    const f = join(dir, 'na64.json');
    const w = await runInProcess(['limit', 'configs/na64e-2016-2018.yaml', '--masses', '0.01', '--write-workspace', f, '--json']);
    expect(w.code).toBe(0);
    expect(JSON.parse(w.out).plots).toContain(f);
    const r = await runInProcess(['limit', '--workspace', f, '--calculator', 'toys', '--toys', '2000', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.poi).toBe('signal_events');
    expect(j.mu_up_obs).toBeGreaterThan(2.0);
    expect(j.mu_up_obs).toBeLessThan(2.6);
  });
});

describe('emiss fc (in process)', () => {
  it('gives [0, 2.44] for n = 0, b = 0 and rejects a fractional count', async () => {
    const r = await runInProcess(['fc', '--observed', '0', '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ lower: 0, upper: 2.44 });
    const bad = await runInProcess(['fc', '--observed', '1.5']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--observed/);
  });
});
