/**
 * The chemical elements that make up the materials table: symbol, name, atomic number Z and
 * standard atomic weight A [g/mol].
 *
 * Source: the element pages of the PDG "Atomic and nuclear properties of materials"
 * (pdg.lbl.gov/AtomicNuclearProperties; PDG RPP 2024, S. Navas et al., PRD 110 (2024) 030001),
 * which quote the IUPAC standard atomic weights (abridged to the digits shown there).
 */
import { EmissError } from '../../core/index.js';

/** A chemical element: symbol, name, atomic number Z and standard atomic weight A [g/mol]. */
export interface ElementData {
  readonly symbol: string;
  readonly name: string;
  /** Atomic number. */
  readonly Z: number;
  /** Standard atomic weight [g/mol]. */
  readonly A: number;
}

function el(symbol: string, name: string, Z: number, A: number): ElementData {
  return Object.freeze({ symbol, name, Z, A });
}

/**
 * The elements known to the materials table, keyed by symbol. A [g/mol] as on the PDG
 * AtomicNuclearProperties element pages (IUPAC standard atomic weights).
 */
export const ELEMENTS: Readonly<Record<string, ElementData>> = Object.freeze({
  H: el('H', 'hydrogen', 1, 1.008),
  C: el('C', 'carbon', 6, 12.0107),
  N: el('N', 'nitrogen', 7, 14.007),
  O: el('O', 'oxygen', 8, 15.999),
  Al: el('Al', 'aluminum', 13, 26.9815385),
  Ar: el('Ar', 'argon', 18, 39.948),
  Fe: el('Fe', 'iron', 26, 55.845),
  Cu: el('Cu', 'copper', 29, 63.546),
  Ge: el('Ge', 'germanium', 32, 72.63),
  W: el('W', 'tungsten', 74, 183.84),
  Pb: el('Pb', 'lead', 82, 207.2),
  Bi: el('Bi', 'bismuth', 83, 208.9804),
});

/**
 * The element with chemical symbol `symbol` (case-sensitive, as in chemistry: 'Co' is cobalt).
 * Throws `EmissError('UNKNOWN_NAME')` naming the known symbols otherwise.
 */
export function element(symbol: string): ElementData {
  if (typeof symbol === 'string' && Object.hasOwn(ELEMENTS, symbol)) return ELEMENTS[symbol];
  throw new EmissError('UNKNOWN_NAME', 'element', `unknown element symbol '${String(symbol)}'`, Object.keys(ELEMENTS).join(', '));
}
