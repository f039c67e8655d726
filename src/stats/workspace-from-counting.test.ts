import { describe, expect, it } from 'vitest';
import { buildModel } from './build-model.js';
import { clsAsymptotic } from './cls-asymptotic.js';
import { parseWorkspace } from './workspace-schema.js';
import { workspaceFromCounting } from './workspace-from-counting.js';

describe('workspaceFromCounting({channels})', () => {
  const ws = workspaceFromCounting({
    channels: [
      { name: 'run2016', observed: 0, signal: 2, background: 0.3, bkgUncertainty: 0.1, signalUncertainty: 0.1 },
      { name: 'run2017', observed: 1, signal: 3, background: 0.5, bkgUncertainty: 0.2 },
    ],
  });
  it('writes a pyhf workspace that survives a JSON round trip with the same CLs', () => {
    const again = parseWorkspace(JSON.parse(JSON.stringify(ws)));
    expect(again).toEqual(ws);
    expect(clsAsymptotic(buildModel(again), 1).cls_obs).toBe(clsAsymptotic(buildModel(ws), 1).cls_obs);
  });
  it('shares the POI between channels and gives each its own nuisance parameters', () => {
    const m = buildModel(ws);
    expect(m.parNames).toEqual(['mu', 'signal_uncertainty_run2016', 'background_uncertainty_run2016[0]', 'background_uncertainty_run2017[0]']);
  });
  it('combining channels strengthens the limit (CLs of the sum below each channel alone)', () => {
    const both = clsAsymptotic(buildModel(ws), 1).cls_obs;
    const one = clsAsymptotic(buildModel(workspaceFromCounting({ channels: [{ name: 'a', observed: 0, signal: 2, background: 0.3, bkgUncertainty: 0.1, signalUncertainty: 0.1 }] })), 1).cls_obs;
    expect(both).toBeLessThan(one);
  });
  it('rejects a channel without signal', () => {
    expect(() => workspaceFromCounting({ channels: [{ name: 'a', observed: 0, signal: 0, background: 1 }] })).toThrow(/channels\[0\]\.signal/);
  });
});
