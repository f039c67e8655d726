import { describe, expect, it } from 'vitest';
import { buildModel } from './build-model.js';
import { profileScan } from './profile-scan.js';
import { parseWorkspace } from './workspace-schema.js';
import { oneBin } from './test-workspaces.js';

describe('profileScan(model, mus)', () => {
  it('is 2[ν − n − n ln(ν/n)] with ν = μs + b for one bin without nuisance parameters (Poisson likelihood ratio)', () => {
    const [s, b, n] = [4, 10, 25];
    const r = profileScan(buildModel(parseWorkspace(oneBin(s, b, n))), [0, 1, 3.75, 6]);
    expect(r.mu_hat).toBeCloseTo((n - b) / s, 9);
    r.mu.forEach((mu, i) => {
      const nu = mu * s + b;
      expect(r.t[i]).toBeCloseTo(2 * (nu - n - n * Math.log(nu / n)), 8);
    });
    expect(r.t[2]).toBeCloseTo(0, 9);
  });
});
