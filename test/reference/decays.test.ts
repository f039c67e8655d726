// Published reference numbers for src/physics/decays, with their sources and tolerances in decays.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decayLength, darkPhotonLeptonWidth, darkPhotonWidths, properLifetime, rRatio } from '../../src/physics/decays/index.js';

interface ReferenceCase {
  id: string;
  call: string;
  args: Record<string, number>;
  expected: number;
  unit: string;
  tolerance: { relative?: number; absolute?: number };
  source: string;
}

const reference = JSON.parse(readFileSync(new URL('./decays.json', import.meta.url), 'utf8')) as { source: string; cases: ReferenceCase[] };

function evaluate({ call, args }: ReferenceCase): number {
  switch (call) {
    case 'properLifetime':
      return properLifetime(args.widthGeV);
    case 'decayLength':
      return decayLength({ massGeV: args.massGeV, energyGeV: args.energyGeV, widthGeV: args.widthGeV });
    case 'darkPhotonDecayLength':
      return decayLength({ massGeV: args.massGeV, energyGeV: args.energyGeV, widthGeV: darkPhotonWidths(args.massGeV, args.epsilon).total });
    case 'darkPhotonLeptonWidthRatio':
      return darkPhotonLeptonWidth(args.massGeV, 1, args.numeratorLeptonMassGeV) / darkPhotonLeptonWidth(args.massGeV, 1, args.denominatorLeptonMassGeV);
    case 'rRatioMaxInWindow': {
      let best = 0;
      for (let i = 0; i <= 20000; i++) best = Math.max(best, rRatio(args.fromGeV + ((args.toGeV - args.fromGeV) * i) / 20000));
      return best;
    }
    default:
      throw new Error(`decays.json: unknown call '${call}'`);
  }
}

describe('decays reference numbers (test/reference/decays.json)', () => {
  it('has a source and cases with a source and a tolerance each', () => {
    expect(reference.source.length).toBeGreaterThan(0);
    expect(reference.cases.length).toBeGreaterThan(0);
    for (const c of reference.cases) {
      expect(c.source.length).toBeGreaterThan(0);
      expect((c.tolerance.relative ?? c.tolerance.absolute ?? 0) > 0).toBe(true);
    }
  });

  for (const c of reference.cases) {
    it(`${c.call}(${JSON.stringify(c.args)}) reproduces ${c.id} = ${c.expected} ${c.unit}`.trim(), () => {
      const value = evaluate(c);
      if (c.tolerance.relative !== undefined) expect(Math.abs(value / c.expected - 1)).toBeLessThanOrEqual(c.tolerance.relative);
      if (c.tolerance.absolute !== undefined) expect(Math.abs(value - c.expected)).toBeLessThanOrEqual(c.tolerance.absolute);
    });
  }
});
