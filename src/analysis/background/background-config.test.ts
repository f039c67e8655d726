import { describe, expect, it } from 'vitest';
import { parseBackgroundConfig } from './background-config.js';

const base = `schema: emiss-background/1
selection: na64e-invisible
particlesOnTarget: 1.0e9
sources:
  - { name: a, dst: a.parquet }
`;

describe('parseBackgroundConfig(text, fileName)', () => {
  it('reads sources with defaults (fraction 1, no systematic)', () => {
    const c = parseBackgroundConfig(base, 'b.yaml');
    expect(c.sources[0]).toMatchObject({ name: 'a', fraction: 1, relativeSystematic: 0 });
  });

  it('names the file, line and key of a bad value, and refuses sources without an exposure', () => {
    expect(() => parseBackgroundConfig(base.replace('a.parquet }', 'a.parquet, fraction: -1 }'), 'b.yaml')).toThrow(/^b\.yaml:5: sources\.0\.fraction/);
    expect(() => parseBackgroundConfig(base.replace('particlesOnTarget: 1.0e9\n', ''), 'b.yaml')).toThrow(/b\.yaml: particlesOnTarget: the simulated sources need the exposure/);
    expect(() => parseBackgroundConfig(`${base}sideband: { data: d.parquet, variable: e_ecal_GeV, replaces: x, range: [90, 50], box: [0, 50] }\n`, 'b.yaml')).toThrow(/sideband\.range/);
  });
});
