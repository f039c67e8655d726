import { describe, expect, it } from 'vitest';
import { buildModel } from './build-model.js';
import { observedData } from './fit-model.js';
import { ModelNll } from './model-nll.js';
import { parseWorkspace } from './workspace-schema.js';
import { ALL_MODIFIERS } from './test-workspaces.js';

describe('ModelNll.value(pars, main, aux, grad, hess)', () => {
  const model = buildModel(parseWorkspace(JSON.parse(JSON.stringify(ALL_MODIFIERS))));
  const nll = new ModelNll(model);
  const data = observedData(model);
  const P = model.parNames.length;
  // Parameters away from the kinks of the piecewise interpolations (α ≠ 0).
  const base = Float64Array.from(model.init);
  base[model.parNames.indexOf('eff')] = -0.4;
  base[model.parNames.indexOf('shape')] = 0.7;
  base[model.poi] = 1.3;
  base[model.parNames.indexOf('mc[0]')] = 1.1;
  base[model.parNames.indexOf('cr_norm[1]')] = 0.9;

  it('has an exact gradient and Hessian (central finite differences agree to 1e-6 relative)', () => {
    const g = new Float64Array(P);
    const h = new Float64Array(P * P);
    nll.value(base, data.main, data.aux, g, h);
    const eps = 1e-5;
    const x = Float64Array.from(base);
    const gp = new Float64Array(P);
    const gm = new Float64Array(P);
    for (let i = 0; i < P; i++) {
      x[i] = base[i] + eps;
      const fp = nll.value(x, data.main, data.aux, gp);
      x[i] = base[i] - eps;
      const fm = nll.value(x, data.main, data.aux, gm);
      x[i] = base[i];
      const scale = Math.max(1, Math.abs(g[i]));
      expect(Math.abs((fp - fm) / (2 * eps) - g[i]) / scale).toBeLessThan(1e-6);
      for (let j = 0; j < P; j++) {
        const fd = (gp[j] - gm[j]) / (2 * eps);
        expect(Math.abs(fd - h[j * P + i]) / Math.max(1, Math.abs(h[j * P + i]))).toBeLessThan(1e-5);
      }
    }
  });
  it('is −ln of the Poisson and constraint terms (a hand computation for one bin)', () => {
    const one = buildModel(
      parseWorkspace({
        channels: [{ name: 'c', samples: [{ name: 's', data: [4], modifiers: [{ name: 'mu', type: 'normfactor', data: null }, { name: 'n', type: 'normsys', data: { hi: 1.5, lo: 0.8 } }] }] }],
        observations: [{ name: 'c', data: [3] }],
        measurements: [{ name: 'm', config: { poi: 'mu', parameters: [] } }],
        version: '1.0.0',
      }),
    );
    const f = new ModelNll(one).value(Float64Array.of(2, -0.5), Float64Array.of(3), Float64Array.of(0));
    const nu = 2 * 4 * 0.8 ** 0.5;
    expect(f).toBeCloseTo(nu - 3 * Math.log(nu) + 0.5 * 0.25, 12);
  });
});
