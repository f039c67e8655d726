import { describe, expect, it } from 'vitest';
import { clsFunction, clsUpperLimit } from './counting-cls.js';

describe('clsUpperLimit(experiment, cl)', () => {
  it('is ln 10 = 2.303 events for zero observed events, whatever the background', () => {
    for (const background of [0, 0.5, 3]) expect(clsUpperLimit({ observed: 0, background })).toBeCloseTo(Math.log(10), 9);
    expect(clsUpperLimit({ observed: 0, background: 0.53, backgroundUncertainty: 0.17 })).toBeCloseTo(Math.log(10), 9);
  });
  it('reproduces the PDG table of Poisson upper limits with background (RPP 2024 Statistics, Table 40.3)', () => {
    // 90% CL: n = 1: 3.89 (b = 0), 3.27 (b = 1); n = 2: 5.32 (b = 0); n = 3, b = 2: 5.40 ... checked within 0.01.
    expect(clsUpperLimit({ observed: 1, background: 0 })).toBeCloseTo(3.89, 2);
    expect(clsUpperLimit({ observed: 1, background: 1 })).toBeCloseTo(3.27, 2);
    expect(clsUpperLimit({ observed: 2, background: 0 })).toBeCloseTo(5.32, 2);
    // 95% CL, n = 0: ln 20 = 3.00
    expect(clsUpperLimit({ observed: 0, background: 1 }, 0.95)).toBeCloseTo(3.0, 2);
  });
  it('grows with a signal-yield uncertainty and with more observed events', () => {
    const plain = clsUpperLimit({ observed: 0, background: 0.5 });
    expect(clsUpperLimit({ observed: 0, background: 0.5, signalRelativeUncertainty: 0.3 })).toBeGreaterThan(plain);
    expect(clsUpperLimit({ observed: 1, background: 0.5 })).toBeGreaterThan(plain);
  });
  it('rejects a negative or fractional count and an invalid confidence level', () => {
    expect(() => clsUpperLimit({ observed: -1, background: 0 })).toThrow(/observed/);
    expect(() => clsUpperLimit({ observed: 1.5, background: 0 })).toThrow(/observed/);
    expect(() => clsUpperLimit({ observed: 0, background: 0 }, 1.2)).toThrow(/cl/);
  });
});

describe('clsFunction(experiment)', () => {
  it('is 1 at zero signal and decreases monotonically', () => {
    const f = clsFunction({ observed: 2, background: 1.2, backgroundUncertainty: 0.4 });
    expect(f(0)).toBeCloseTo(1, 12);
    let last = 1;
    for (const s of [0.5, 1, 2, 4, 8]) {
      expect(f(s)).toBeLessThan(last);
      last = f(s);
    }
  });
});
