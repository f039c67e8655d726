/** Benchmarks of the physics core and the sensitivity chain (issue 2). */
import { readFileSync } from 'node:fs';
import { bremsCrossSection } from '../src/physics/index.js';
import { relicTarget } from '../src/physics/index.js';
import { invisibleLimit } from '../src/sensitivity/index.js';
import { parseSetup, requireResult } from '../src/setup/index.js';
import { bench } from './harness.js';
import type { BenchResult } from './harness.js';

const Pb = { Z: 82, A: 207.2 };

/** Runs the physics benchmarks. */
export function physicsBenchmarks(): BenchResult[] {
  const out: BenchResult[] = [];
  for (const m of [0.002, 0.1, 1]) {
    out.push(bench(`ETL total σ, e⁻Pb 100 GeV, m = ${m} GeV`, () => bremsCrossSection({ beamEnergyGeV: 100, massGeV: m, target: Pb }), { runs: 20, budgetMs: 20 }));
  }
  out.push(bench('ETL total σ, precision "high", m = 0.1 GeV', () => bremsCrossSection({ beamEnergyGeV: 100, massGeV: 0.1, target: Pb, precision: 'high' }), { runs: 5 }));
  out.push(bench('WW total σ, m = 0.1 GeV', () => bremsCrossSection({ method: 'ww', beamEnergyGeV: 100, massGeV: 0.1, target: Pb }), { runs: 10 }));
  out.push(bench('IWW total σ, m = 0.1 GeV', () => bremsCrossSection({ method: 'iww', beamEnergyGeV: 100, massGeV: 0.1, target: Pb }), { runs: 10 }));
  const setup = requireResult(parseSetup(readFileSync(new URL('../configs/na64e-2016-2018.yaml', import.meta.url), 'utf8')));
  const masses = Array.from({ length: 100 }, (_, i) => 1e-3 * 1000 ** (i / 99));
  out.push(
    bench('ε(m) curve, 100 masses 1 MeV–1 GeV, ETL + thick target (NA64-ECAL)', () => invisibleLimit({ setup, massesGeV: masses }), {
      runs: 3,
      warmup: 1,
      budgetMs: 2000,
      note: (ms) => `${(ms / 100).toFixed(1)} ms per mass`,
    }),
  );
  out.push(bench('relic target y(m_χ), complex scalar, m_χ = 10 MeV', () => relicTarget({ dm: 'complex-scalar', dmMassGeV: 0.01 }), { runs: 5 }));
  return out;
}
