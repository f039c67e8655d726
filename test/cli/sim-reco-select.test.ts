import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirs } from '../../src/store/index.js';
import { ROOT, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('emiss sim → emiss reco → emiss select', () => {
  it('selects simulated 100 GeV electrons: a monotonic cut flow, the preselected showers in regions II and III', async () => {
    const setup = join(ROOT, 'configs', 'na64e-2016-2018.yaml');
    const sim = await runInProcess(['sim', setup, '--process', 'beam', '--events', '500', '--seed', '5', '--out', join(dir, 'beam'), '--no-progress']);
    expect(sim.code, sim.err).toBe(0);
    makeDirs(join(dir, 'calib'));
    const dst = join(dir, 'beam', 'dst.parquet');
    const reco = await runInProcess(['reco', join(dir, 'beam', 'events.emraw'), '--setup', setup, '--calib', join(dir, 'calib'), '--allow-default-calib', '--out', dst, '--no-progress']);
    expect(reco.code, reco.err).toBe(0);
    const r = await runInProcess(['select', 'na64e-invisible', dst, '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.simulation).toBe(true); // truth columns joined by reco
    const n = j.rows.map((row: { n: number }) => row.n);
    expect(n[0]).toBe(500);
    for (let i = 1; i < n.length; i++) expect(n[i]).toBeLessThanOrEqual(n[i - 1]);
    const pre = j.rows[8].n; // after vhcal_quiet, the last preselection cut
    expect(pre).toBeGreaterThan(0.5 * 500);
    // beam electrons deposit all their energy: E_ECAL + E_HCAL ≈ E0 (region II) or, with a
    // second beam particle in the read-out window, > E0 (region III, pile-up: ~20% here)
    const count = (name: string): number => j.regions.find((g: { name: string }) => g.name === name).n;
    expect(count('II') / pre).toBeGreaterThan(0.6);
    expect((count('II') + count('III')) / pre).toBeGreaterThan(0.95);
  });
});
