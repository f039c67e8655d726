/**
 * Benchmarks of the statistics (issue 5): an asymptotic CLs upper-limit scan over 200 masses
 * of a 5-channel model with 10 nuisance parameters (budget 1 s), and toys for a one-bin model
 * (budget ≥ 100 000 toys/s; each toy is two fits, free and at fixed μ).
 */
import { buildModel, parseWorkspace, ToyCalculator, upperLimit, workspaceFromCounting } from '../src/stats/index.js';
import type { Workspace } from '../src/stats/index.js';
import { bench } from './harness.js';
import type { BenchResult } from './harness.js';

/** A 5-channel counting model (run periods) with 10 nuisance parameters at mass index i. */
export function scanWorkspace(i: number): Workspace {
  const scale = 1 + 0.02 * i; // signal yield changes with mass
  return workspaceFromCounting({
    channels: Array.from({ length: 5 }, (_, c) => ({
      name: `period${c}`,
      observed: c % 3,
      signal: (2 + c) * scale,
      background: 0.3 + 0.2 * c,
      bkgUncertainty: 0.1 + 0.05 * c,
      signalUncertainty: 0.1,
    })),
  });
}

/** Runs the statistics benchmarks. */
export function statsBenchmarks(): BenchResult[] {
  const out: BenchResult[] = [];
  const models = Array.from({ length: 200 }, (_, i) => buildModel(scanWorkspace(i)));
  out.push(
    bench('CLs upper limits (obs + 5 expected), asymptotic, 200 masses × 5 channels × 10 NPs', () => models.map((m) => upperLimit(m)), {
      runs: 5,
      warmup: 1,
      budgetMs: 1000,
      note: (ms) => `${((ms / 200) * 1000).toFixed(0)} µs per mass`,
    }),
  );
  const one = buildModel(
    parseWorkspace({
      channels: [{ name: 'box', samples: [{ name: 'signal', data: [5], modifiers: [{ name: 'mu', type: 'normfactor', data: null }] }, { name: 'background', data: [0.5], modifiers: [{ name: 'bkg', type: 'shapesys', data: [0.2] }] }] }],
      observations: [{ name: 'box', data: [0] }],
      measurements: [{ name: 'm', config: { poi: 'mu', parameters: [] } }],
      version: '1.0.0',
    }),
  );
  const toys = 20000;
  const calc = new ToyCalculator(one, { toys, seed: 7 });
  out.push(
    bench(`toys, one-bin model (signal 5, background 0.5 ± 0.2), ${toys} toys at μ = 1`, () => calc.distribution(1, 1, 0), {
      runs: 5,
      warmup: 1,
      budgetMs: (toys / 100000) * 1000,
      note: (ms) => `${Math.round(toys / (ms / 1000)).toLocaleString('en')} toys/s`,
    }),
  );
  return out;
}
