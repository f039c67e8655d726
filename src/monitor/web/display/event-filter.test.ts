import { describe, expect, it } from 'vitest';
import { SIGNAL_BOX, compileFilter } from './event-filter.js';

describe('compileFilter(text)', () => {
  it('selects the NA64e signal box E_ECAL < 50 GeV, E_HCAL < 1 GeV', () => {
    const f = compileFilter(SIGNAL_BOX);
    expect(f({ e_ecal_GeV: 30, e_hcal_GeV: 0.2 })).toBe(true);
    expect(f({ e_ecal_GeV: 30, e_hcal_GeV: 1.5 })).toBe(false);
    expect(f({ e_ecal_GeV: 99, e_hcal_GeV: 0 })).toBe(false);
  });
  it('binds && tighter than || and honours parentheses', () => {
    const s = { e_ecal_GeV: 99, e_hcal_GeV: 5, mom_ok: 1 };
    expect(compileFilter('mom_ok == 1 || e_ecal_GeV < 50 && e_hcal_GeV < 1')(s)).toBe(true);
    expect(compileFilter('(mom_ok == 1 || e_ecal_GeV < 50) && e_hcal_GeV < 1')(s)).toBe(false);
  });
  it('passes everything when empty and reads numbers in exponent form', () => {
    expect(compileFilter('  ')({})).toBe(true);
    expect(compileFilter('e_veto_GeV >= 1e-3')({ e_veto_GeV: 0.002 })).toBe(true);
  });
  it('rejects an unknown field naming it and the allowed ones, and never evaluates code', () => {
    expect(() => compileFilter('e_ecal < 50')).toThrow(/unknown field 'e_ecal'.*e_ecal_GeV/);
    expect(() => compileFilter('e_ecal_GeV < alert(1)')).toThrow(/expected a number/);
    expect(() => compileFilter('e_ecal_GeV < 50 50')).toThrow(/unexpected '50'/);
  });
});
