import { describe, expect, it } from 'vitest';
import { EmissError } from '../../core/index.js';
import { MATERIAL_NAMES, material } from './material.js';

describe('material(name)', () => {
  it('finds every table name, case-insensitively', () => {
    expect(MATERIAL_NAMES).toEqual(['Pb', 'W', 'Fe', 'Cu', 'Al', 'polystyrene', 'BGO', 'air', 'NA64-ECAL', 'NA64-HCAL', 'NA64-WCAL', 'NA64-SRD']);
    for (const n of MATERIAL_NAMES) {
      expect(material(n).name).toBe(n);
      expect(material(n.toUpperCase())).toBe(material(n));
      expect(material(n.toLowerCase())).toBe(material(n));
    }
  });
  it('returns lead with X0 = 0.5612 cm', () => {
    expect(material('pb').radiationLengthCm).toBe(0.5612);
  });
  it('throws UNKNOWN_NAME at "material" naming the allowed names', () => {
    let err: unknown;
    try {
      material('unobtainium');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EmissError);
    const e = err as EmissError;
    expect(e.code).toBe('UNKNOWN_NAME');
    expect(e.where).toBe('material');
    expect(e.message).toMatch(/unobtainium/);
    for (const n of MATERIAL_NAMES) expect(e.allowed).toContain(n);
  });
});
