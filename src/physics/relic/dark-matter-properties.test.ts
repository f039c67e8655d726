import { describe, expect, it } from 'vitest';
import type { DarkMatterType } from '../decays/index.js';
import { darkMatterProperties } from './dark-matter-properties.js';

describe('darkMatterProperties(dm)', () => {
  it('counts particle and antiparticle (Ω factor 2) for complex scalar and Dirac only', () => {
    expect(darkMatterProperties('complex-scalar')).toEqual({ internalDof: 1, omegaFactor: 2, wave: 'p' });
    expect(darkMatterProperties('dirac').omegaFactor).toBe(2);
    expect(darkMatterProperties('majorana').omegaFactor).toBe(1);
    expect(darkMatterProperties('pseudo-dirac')).toEqual({ internalDof: 2, omegaFactor: 1, wave: 's' });
  });
  it('rejects an unknown type with UNKNOWN_NAME listing the allowed ones', () => {
    expect(() => darkMatterProperties('vector' as DarkMatterType)).toThrow(/complex-scalar, majorana, dirac, pseudo-dirac/);
  });
});
