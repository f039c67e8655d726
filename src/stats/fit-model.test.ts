import { describe, expect, it } from 'vitest';
import { RandomStream } from '../core/index.js';
import { buildModel } from './build-model.js';
import { ModelFitter, observedData } from './fit-model.js';
import { parseWorkspace } from './workspace-schema.js';
import { ALL_MODIFIERS, oneBin, PYHF_TWO_BIN } from './test-workspaces.js';

describe('ModelFitter.minimize(data, poiValue)', () => {
  it('finds μ̂ = (n − b)/s for one bin without nuisance parameters, and stops at the bound μ ≥ 0', () => {
    const f = new ModelFitter(buildModel(parseWorkspace(oneBin(4, 10, 17))));
    f.minimize(observedData(f.model));
    expect(f.best[0]).toBeCloseTo(7 / 4, 10);
    const g = new ModelFitter(buildModel(parseWorkspace(oneBin(4, 10, 6))));
    g.minimize(observedData(g.model));
    expect(g.best[0]).toBe(0);
  });
  it('profiles shapesys γ exactly: the positive root of (b+τ)bγ² + [(b+τ)μs − nb − ab]γ − aμs = 0', () => {
    // Stationarity of ν − n ln ν + γτ − a ln γτ per bin with ν = μs + γb (pyhf two-bin example, μ = 1).
    const m = buildModel(parseWorkspace(JSON.parse(JSON.stringify(PYHF_TWO_BIN))));
    const f = new ModelFitter(m);
    f.minimize(observedData(m), 1);
    const s = [12, 11];
    const b = [50, 52];
    const n = [51, 48];
    for (let i = 0; i < 2; i++) {
      const tau = m.poissonTau[i];
      const A = (b[i] + tau) * b[i];
      const B = (b[i] + tau) * s[i] - n[i] * b[i] - tau * b[i];
      const C = -tau * s[i];
      expect(f.best[1 + i]).toBeCloseTo((-B + Math.sqrt(B * B - 4 * A * C)) / (2 * A), 9);
    }
  });
  it('converges on a model with every modifier type, from data far from the inits', () => {
    const m = buildModel(parseWorkspace(JSON.parse(JSON.stringify(ALL_MODIFIERS))));
    const f = new ModelFitter(m);
    const data = observedData(m);
    data.main.set([60, 5, 300, 20]);
    const nll = f.minimize(data);
    expect(Number.isFinite(nll)).toBe(true);
    // At the minimum the projected gradient vanishes.
    const g = new Float64Array(m.parNames.length);
    f.nll.value(f.best, data.main, data.aux, g);
    for (let i = 0; i < g.length; i++) {
      const atBound = (f.best[i] <= m.lower[i] && g[i] > 0) || (f.best[i] >= m.upper[i] && g[i] < 0) || m.fixed[i];
      if (!atBound) expect(Math.abs(g[i])).toBeLessThan(1e-5);
    }
  });
  it('throws NUMERICAL naming the model when observed events have no expected events', () => {
    const ws = oneBin(4, 0, 3);
    const m = buildModel(parseWorkspace(ws), { where: 'box.json' });
    expect(() => new ModelFitter(m).minimize(observedData(m), 0)).toThrow(/box\.json: the likelihood is zero at the initial parameters \(POI = 0\)/);
  });
  it('throws NUMERICAL naming the model and the worst parameter when it runs out of iterations', () => {
    const m = buildModel(parseWorkspace(JSON.parse(JSON.stringify(ALL_MODIFIERS))), { where: 'all.json' });
    const f = new ModelFitter(m, { maxIterations: 1 });
    const data = observedData(m);
    data.main.set([60, 5, 300, 20]);
    expect(() => f.minimize(data)).toThrow(/^all\.json: the fit did not converge \(parameter \S+ = [-\d.e]+, gradient/);
  });
  it('converges on 500 random datasets of a model with every modifier, minima at the normsys kink included', () => {
    // Main counts scaled by 0.2–2.2 around the nominal, auxiliary data fluctuated; free and fixed-μ fits.
    // Before kinks were treated as breakpoints, 1% of these fits stalled at α = 0 (one-sided
    // derivatives of code 1 differ: ln 1.2 vs −ln 0.85).
    const m = buildModel(parseWorkspace(JSON.parse(JSON.stringify(ALL_MODIFIERS))));
    const f = new ModelFitter(m, { maxIterations: 40 });
    const r = new RandomStream(12, 0);
    const nominal = Float64Array.from(f.nll.expected(m.init));
    let atKink = 0;
    for (let t = 0; t < 500; t++) {
      const d = observedData(m);
      for (let b = 0; b < m.nbins; b++) d.main[b] = r.poisson(nominal[b] * (0.2 + 2 * r.uniform()));
      for (let i = 0; i < m.gaussPar.length; i++) d.aux[i] += m.gaussSigma[i] * r.normal();
      const nllFree = f.minimize(d);
      if (f.best[m.parNames.indexOf('eff')] === 0) atKink++;
      // A minimum: no step of ±1e−4 along any free parameter lowers −ln L.
      const x = Float64Array.from(f.best);
      for (let i = 0; i < x.length; i++) {
        if (m.fixed[i]) continue;
        for (const step of [-1e-4, 1e-4]) {
          const v = x[i] + step;
          if (v < m.lower[i] || v > m.upper[i]) continue;
          const y = Float64Array.from(x);
          y[i] = v;
          expect(f.nll.value(y, d.main, d.aux)).toBeGreaterThanOrEqual(nllFree - 1e-12);
        }
      }
      const nllFixed = f.minimize(d, 3 * r.uniform());
      expect(nllFixed).toBeGreaterThanOrEqual(nllFree - 1e-9);
    }
    expect(atKink).toBeGreaterThan(0);
  });
});
