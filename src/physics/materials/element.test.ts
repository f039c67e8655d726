import { describe, expect, it } from 'vitest';
import { EmissError } from '../../core/index.js';
import { ELEMENTS, element } from './element.js';

describe('element(symbol)', () => {
  it('returns lead with Z = 82 and A = 207.2 g/mol (PDG AtomicNuclearProperties, lead)', () => {
    expect(element('Pb')).toMatchObject({ symbol: 'Pb', name: 'lead', Z: 82, A: 207.2 });
  });
  it('has atomic weights increasing with Z for the tabulated elements (no swapped entries)', () => {
    const byZ = Object.values(ELEMENTS).sort((a, b) => a.Z - b.Z);
    for (let i = 1; i < byZ.length; i++) expect(byZ[i].A).toBeGreaterThan(byZ[i - 1].A);
    for (const [key, e] of Object.entries(ELEMENTS)) expect(e.symbol).toBe(key);
  });
  it('throws UNKNOWN_NAME naming the known symbols for an unknown one', () => {
    let err: unknown;
    try {
      element('PB');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EmissError);
    expect((err as EmissError).code).toBe('UNKNOWN_NAME');
    expect((err as EmissError).where).toBe('element');
    expect((err as EmissError).allowed).toContain('Pb');
  });
});
