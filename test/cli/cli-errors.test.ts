import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from './run-cli.js';

const setupText = readFileSync(join(ROOT, 'configs/na64e-2016-2018.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'emiss-cli-'));
function setupWith(from: string, to: string): string {
  const f = join(dir, `s${Math.abs(hash(from + to))}.yaml`);
  writeFileSync(f, setupText.replace(from, to));
  return f;
}
function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

async function expectBadInput(argv: string[], pattern: RegExp): Promise<void> {
  const r = await runInProcess(argv);
  expect(r.code).toBe(2);
  expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.err).toMatch(pattern);
  expect(r.out).toBe('');
}

describe('bad input: one line naming the option or key, exit code 2', () => {
  it('unknown material (target element)', () => expectBadInput(['xsec', '--energy', '100', '--mass', '0.01', '--target', 'Unobtainium'], /--target: .*allowed: .*Pb/));
  it('unknown target material in a setup file', () => expectBadInput(['limit', setupWith('material: NA64-ECAL', 'material: Kryptonite')], /material.*Kryptonite.*allowed/));
  it('unknown dark-matter model', () => expectBadInput(['relic', '--dm', 'wimp', '--mass', '0.01'], /--dm: unknown value 'wimp' \(allowed: scalar, majorana, pseudo-dirac, dirac\)/));
  it('unknown method', () => expectBadInput(['xsec', '--energy', '100', '--mass', '0.01', '--method', 'exact'], /--method: .*allowed: etl, iww, ww/));
  it('mass outside the domain of the cross section', () => expectBadInput(['xsec', '--energy', '100', '--mass', '10'], /--mass: .*allowed: 0.001 to 3 GeV/));
  it('mass outside the domain of the relic calculation', () => expectBadInput(['relic', '--dm', 'scalar', '--mass', '5'], /--mass: 5 is outside the domain/));
  it('zero particles on target', () => expectBadInput(['limit', setupWith('particlesOnTarget: 2.84e11', 'particlesOnTarget: 0')], /exposure\.particlesOnTarget/));
  it('negative particles on target', () => expectBadInput(['limit', setupWith('particlesOnTarget: 2.84e11', 'particlesOnTarget: -5')], /exposure\.particlesOnTarget/));
  it('an energy cut above the beam energy', () => expectBadInput(['xsec', '--energy', '100', '--mass', '0.01', '--threshold', '150'], /--threshold: .*not below the beam energy/));
  it('an ECAL signal box above the beam energy in a setup', () => expectBadInput(['limit', setupWith('maxEcalEnergyGeV: 50', 'maxEcalEnergyGeV: 120')], /maxEcalEnergyGeV/));
  it('a malformed setup file', () => expectBadInput(['limit', setupWith('beam:\n', 'beam: [\n')], /\.yaml:\d+: not valid YAML/));
  it('an unknown key in a setup file', () => expectBadInput(['limit', setupWith('  thicknessX0: 40', '  thicknessX0: 40\n  thickness: 3')], /target: unknown key 'thickness'/));
  it('a missing setup file', () => expectBadInput(['limit', 'configs/nope.yaml'], /configs\/nope\.yaml: no such setup file/));
  it('an unknown option', () => expectBadInput(['xsec', '--energy', '100', '--mass', '0.01', '--frobnicate'], /unknown option '--frobnicate'/));
  it('a malformed mass list', () => expectBadInput(['limit', 'configs/na64e-2016-2018.yaml', '--masses', '0.001:1:x'], /--masses/));
});
