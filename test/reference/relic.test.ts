// Published thermal-relic numbers for src/physics/relic, with sources and tolerances in relic.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRITICAL_DENSITY_H2, ENTROPY_DENSITY_TODAY, findRoot } from '../../src/core/index.js';
import type { DarkMatterType } from '../../src/physics/decays/index.js';
import { CM3_PER_S_PER_INV_GEV2, freezeOutSolver, relicTarget } from '../../src/physics/relic/index.js';

interface ReferenceCase {
  id: string;
  call: string;
  args: Record<string, number | string>;
  expected: number;
  unit: string;
  tolerance: { relative: number };
  source: string;
}

const reference = JSON.parse(readFileSync(new URL('./relic.json', import.meta.url), 'utf8')) as { source: string; cases: ReferenceCase[] };

/** Constant s-wave ⟨σv⟩ [cm³/s] that gives Ω h² = omegaH2 for a single species of `dof` states. */
function requiredSigmaV(massGeV: number, dof: number, omegaH2: number): number {
  const solve = freezeOutSolver({ massGeV, species: [{ massGeV, dof }], sigmaV: () => 1e-26 / CM3_PER_S_PER_INV_GEV2 });
  const omega = (scale: number): number => (massGeV * solve(scale).yInfinity * ENTROPY_DENSITY_TODAY) / CRITICAL_DENSITY_H2;
  return 1e-26 * Math.exp(findRoot((q) => Math.log(omega(Math.exp(q)) / omegaH2), -3, 4));
}

function evaluate({ call, args }: ReferenceCase): number {
  switch (call) {
    case 'relicTarget':
      return relicTarget({ dm: args.dm as DarkMatterType, dmMassGeV: Number(args.dmMassGeV), splitting: args.splitting === undefined ? undefined : Number(args.splitting) }).y;
    case 'requiredSigmaV':
      return requiredSigmaV(Number(args.massGeV), Number(args.dof), Number(args.omegaH2));
    default:
      throw new Error(`relic.json: unknown call '${call}'`);
  }
}

describe('relic reference numbers (test/reference/relic.json)', () => {
  it('has a source and cases with a source and a tolerance each', () => {
    expect(reference.source.length).toBeGreaterThan(0);
    expect(reference.cases.length).toBeGreaterThan(20);
    for (const c of reference.cases) {
      expect(c.source.length).toBeGreaterThan(0);
      expect(c.tolerance.relative).toBeGreaterThan(0);
      expect(c.tolerance.relative).toBeLessThanOrEqual(0.4);
    }
  });

  for (const c of reference.cases) {
    it(`${c.call}(${JSON.stringify(c.args)}) reproduces ${c.id} = ${c.expected} ${c.unit} within ${c.tolerance.relative * 100}%`, () => {
      const value = evaluate(c);
      expect(Math.abs(value / c.expected - 1)).toBeLessThanOrEqual(c.tolerance.relative);
    });
  }

  it('reproduces the published type-to-type ratios (scalar : Majorana : pseudo-Dirac) to 15% at 10 MeV and 0.9 GeV', () => {
    // The common offset of docs/relic.md cancels in the ratios, which test the σ normalizations and
    // the particle/antiparticle counting of each type.
    const byId = new Map(reference.cases.map((c) => [c.id, c]));
    for (const [s, m, p] of [['scalar-target-10.1MeV', 'majorana-target-10.2MeV', 'pseudo-dirac-target-9.9MeV'], ['scalar-target-921.9MeV', 'majorana-target-935.1MeV', 'pseudo-dirac-target-908.9MeV']]) {
      const cs = byId.get(s)!;
      const cm = byId.get(m)!;
      const cp = byId.get(p)!;
      const ys = evaluate(cs);
      const ym = evaluate(cm);
      const yp = evaluate(cp);
      expect(Math.abs(ym / ys / (cm.expected / cs.expected) - 1), `${m}/${s}`).toBeLessThan(0.15);
      expect(Math.abs(yp / ys / (cp.expected / cs.expected) - 1), `${p}/${s}`).toBeLessThan(0.15);
    }
  });
});
