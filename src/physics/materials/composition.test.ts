import { describe, expect, it } from 'vitest';
import { compositionByFormula, compositionByMass } from './composition.js';

describe('compositionByFormula(formula)', () => {
  it('gives polystyrene (C8H8)n w(H) = 0.077421 as on the PDG polystyrene page, within 5e-5 (atomic-weight rounding)', () => {
    const c = compositionByFormula({ C: 8, H: 8 });
    const h = c.find((x) => x.element.symbol === 'H')!;
    expect(Math.abs(h.massFraction - 0.077421)).toBeLessThan(5e-5);
    expect(c.reduce((s, x) => s + x.massFraction, 0)).toBeCloseTo(1, 14);
  });
  it('gives BGO (Bi4Ge3O12) mass fractions in the ratio of n_j A_j', () => {
    const c = compositionByFormula({ Bi: 4, Ge: 3, O: 12 });
    const w = Object.fromEntries(c.map((x) => [x.element.symbol, x.massFraction / x.element.A]));
    expect(w.Bi / w.Ge).toBeCloseTo(4 / 3, 12);
    expect(w.O / w.Ge).toBeCloseTo(4, 12);
  });
  it('rejects a non-positive count and an unknown symbol', () => {
    expect(() => compositionByFormula({ C: 0 })).toThrow(/count/);
    expect(() => compositionByFormula({ Zz: 1 })).toThrow(/unknown element/);
  });
});

describe('compositionByMass(fractions)', () => {
  it('renormalises the PDG dry-air fractions (sum 0.999999) to exactly 1', () => {
    const c = compositionByMass([['C', 0.000124], ['N', 0.755267], ['O', 0.231781], ['Ar', 0.012827]]);
    expect(c.reduce((s, x) => s + x.massFraction, 0)).toBeCloseTo(1, 14);
    expect(c[1].massFraction).toBeCloseTo(0.755267, 5);
  });
  it('rejects fractions that do not sum to 1', () => {
    expect(() => compositionByMass([['C', 0.5], ['H', 0.3]])).toThrow(/sum/);
  });
});
