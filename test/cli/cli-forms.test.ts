import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, assertNoNonFinite, runNpx } from './run-cli.js';

// The exact command forms issue 2 requires, run as a user runs them.
describe('npx emiss (the required forms)', () => {
  it('xsec --beam e- --energy 100 --mass 0.01 --target Pb --method etl --epsilon 1e-4 --threshold 0.02 --json', () => {
    const r = runNpx(['xsec', '--beam', 'e-', '--energy', '100', '--mass', '0.01', '--target', 'Pb', '--method', 'etl', '--epsilon', '1e-4', '--threshold', '0.02', '--json']);
    expect(r.code).toBe(0);
    assertNoNonFinite(r.out);
    const j = JSON.parse(r.out);
    // DMG4 ETL: 8486 pb (arXiv:2101.12192), 5%.
    expect(Math.abs(j.sigma_pb / 8486 - 1)).toBeLessThan(0.05);
  });
  it('limit configs/na64e-2016-2018.yaml --json --masses 0.001:1:100', () => {
    const r = runNpx(['limit', 'configs/na64e-2016-2018.yaml', '--json', '--masses', '0.001:1:100']);
    expect(r.code).toBe(0);
    assertNoNonFinite(r.out);
    const j = JSON.parse(r.out);
    expect(j.points).toHaveLength(100);
    expect(j.points[0].mass_GeV).toBe(0.001);
    expect(j.points[99].mass_GeV).toBeCloseTo(1, 12);
    for (const p of j.points) {
      expect(p.epsilon_90).toBeGreaterThan(0);
      expect(p.y_90).toBeGreaterThan(0);
    }
  });
  it('relic --dm scalar --mass 0.01 --json', () => {
    const r = runNpx(['relic', '--dm', 'scalar', '--mass', '0.01', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.y).toBeGreaterThan(1e-12);
    expect(j.y).toBeLessThan(1e-10);
    expect(j.mediator_mass_GeV).toBeCloseTo(0.03, 12);
  });
  it('--help of every command exits 0 and lists its options', () => {
    for (const cmd of ['xsec', 'yield', 'limit', 'relic']) {
      const r = runNpx([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/--json/);
    }
  });
});

describe('bin/emiss.js start-up', () => {
  it('runs from the compiled sources and, with EMISS_NO_BUILD=1, through tsx, with the same output', () => {
    const built = spawnSync(process.execPath, ['bin/emiss.js', 'xsec', '--beam', 'e-', '--energy', '100', '--target', 'Pb', '--mass', '0.02', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const tsx = spawnSync(process.execPath, ['bin/emiss.js', 'xsec', '--beam', 'e-', '--energy', '100', '--target', 'Pb', '--mass', '0.02', '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, EMISS_NO_BUILD: '1' } });
    expect(built.status).toBe(0);
    expect(tsx.status).toBe(0);
    const { compute_ms: _a, ...a } = JSON.parse(built.stdout) as Record<string, unknown>;
    const { compute_ms: _b, ...b } = JSON.parse(tsx.stdout) as Record<string, unknown>;
    expect(a).toEqual(b);
    expect(existsSync(join(ROOT, '.emiss-build', 'build-stamp.json'))).toBe(true);
  });
});
