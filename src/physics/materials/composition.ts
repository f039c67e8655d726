/**
 * Element composition of a material, by chemical formula or by tabulated mass fractions.
 */
import { EmissError } from '../../core/index.js';
import { element } from './element.js';
import type { MaterialComponent } from './material-types.js';

/**
 * Mass fractions of the elements of a compound from its formula, w_j = n_j A_j / Σ n_k A_k
 * (A from the ELEMENTS table). Example: `compositionByFormula({ Bi: 4, Ge: 3, O: 12 })` (BGO).
 * Throws `UNKNOWN_NAME` for an unknown symbol and `BAD_OPTION` for a count that is not > 0.
 */
export function compositionByFormula(formula: Readonly<Record<string, number>>): MaterialComponent[] {
  const symbols = Object.keys(formula);
  if (symbols.length === 0) throw new EmissError('BAD_OPTION', 'compositionByFormula', 'the formula has no element', 'at least one element symbol with a count > 0');
  const masses = symbols.map((s) => {
    const n = formula[s];
    if (!(n > 0) || !Number.isFinite(n)) throw new EmissError('BAD_OPTION', `compositionByFormula.${s}`, `count ${n} must be a positive finite number`, '> 0');
    return n * element(s).A;
  });
  const total = masses.reduce((a, b) => a + b, 0);
  return symbols.map((s, i) => Object.freeze({ element: element(s), massFraction: masses[i] / total }));
}

/**
 * Components from tabulated mass fractions [[symbol, w], ...], renormalised to sum exactly to 1
 * (published fractions are rounded: dry air in the PDG table sums to 0.999 999).
 * Throws `UNKNOWN_NAME` for an unknown symbol, `BAD_OPTION` for a fraction that is not > 0 or
 * fractions that do not sum to 1 within 1e-4.
 */
export function compositionByMass(fractions: readonly (readonly [string, number])[]): MaterialComponent[] {
  if (fractions.length === 0) throw new EmissError('BAD_OPTION', 'compositionByMass', 'no component given', 'at least one [symbol, massFraction] pair');
  for (const [s, w] of fractions) {
    if (!(w > 0) || !Number.isFinite(w)) throw new EmissError('BAD_OPTION', `compositionByMass.${s}`, `mass fraction ${w} must be a positive finite number`, '0 < w ≤ 1');
  }
  const total = fractions.reduce((a, [, w]) => a + w, 0);
  if (Math.abs(total - 1) > 1e-4) throw new EmissError('BAD_OPTION', 'compositionByMass', `mass fractions sum to ${total}`, 'a sum of 1 within 1e-4');
  return fractions.map(([s, w]) => Object.freeze({ element: element(s), massFraction: w / total }));
}
