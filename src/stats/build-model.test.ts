import { describe, expect, it } from 'vitest';
import { buildModel } from './build-model.js';
import { parseWorkspace } from './workspace-schema.js';
import { ALL_MODIFIERS, PYHF_TWO_BIN } from './test-workspaces.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('buildModel(workspace)', () => {
  it('gives shapesys a Poisson constraint with τ = (ν/σ)² (pyhf shapesys)', () => {
    const m = buildModel(parseWorkspace(clone(PYHF_TWO_BIN)));
    expect(m.parNames).toEqual(['mu', 'uncorr_bkguncrt[0]', 'uncorr_bkguncrt[1]']);
    expect(Array.from(m.poissonTau)).toEqual([(50 / 3) ** 2, (52 / 7) ** 2]);
    expect(Array.from(m.auxdata)).toEqual([(50 / 3) ** 2, (52 / 7) ** 2]);
    expect([m.lower[0], m.upper[0], m.init[0]]).toEqual([0, 10, 1]);
    expect(m.lower[1]).toBe(1e-10);
  });
  it('gives staterror σ_b = √(Σσ²)/Σν⁰ over the samples that carry it, and masks shapesys bins with σ = 0', () => {
    const m = buildModel(parseWorkspace(clone(ALL_MODIFIERS)));
    const i0 = m.parNames.indexOf('stat_sr[0]');
    const g = Array.from(m.gaussPar).indexOf(i0);
    expect(m.gaussSigma[g]).toBeCloseTo(Math.hypot(0.5, 1.5) / 25, 14);
    const mc1 = m.parNames.indexOf('mc[1]');
    expect(m.fixed[mc1]).toBe(1);
    expect(m.poissonPar).toHaveLength(1);
  });
  it('shares one parameter between normsys modifiers of the same name and takes lumi from the measurement', () => {
    const m = buildModel(parseWorkspace(clone(ALL_MODIFIERS)));
    expect(m.parNames.filter((n) => n === 'eff')).toHaveLength(1);
    const lumi = Array.from(m.gaussPar).indexOf(m.parNames.indexOf('lumi'));
    expect([m.gaussSigma[lumi], m.auxdata[lumi]]).toEqual([0.05, 1]);
    expect([m.lower[m.parNames.indexOf('lumi')], m.upper[m.parNames.indexOf('lumi')]]).toEqual([0.5, 1.5]);
  });
  it('names a missing POI, a lumi without settings and an unknown parameter setting', () => {
    const a = clone(PYHF_TWO_BIN);
    a.measurements[0].config.poi = 'xsec';
    expect(() => buildModel(parseWorkspace(a), { where: 'ws.json' })).toThrow(/ws\.json: measurements\[0\]\.config\.poi: POI 'xsec'/);
    const b = clone(ALL_MODIFIERS);
    b.measurements[0].config.parameters = [];
    expect(() => buildModel(parseWorkspace(b), { where: 'ws.json' })).toThrow(/lumi modifier 'lumi' needs an entry/);
    const c = clone(PYHF_TWO_BIN);
    c.measurements[0].config.parameters = [{ name: 'nope', fixed: true }];
    expect(() => buildModel(parseWorkspace(c), { where: 'ws.json' })).toThrow(/parameters\[0\]\.name: parameter 'nope'/);
  });
});
