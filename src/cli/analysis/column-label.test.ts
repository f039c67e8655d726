import { describe, expect, it } from 'vitest';
import { columnLabel } from './column-label.js';

describe('columnLabel(column)', () => {
  it('writes energies as E_{DETECTOR} [GeV] and other columns with their unit', () => {
    expect(columnLabel('e_ecal_GeV')).toBe('E_{ECAL} [GeV]');
    expect(columnLabel('e_hcal2_GeV')).toBe('E_{HCAL2} [GeV]');
    expect(columnLabel('e_srd_min_GeV')).toBe('E_{SRD min} [GeV]');
    expect(columnLabel('ecal_time_ns')).toBe('ecal time [ns]');
    expect(columnLabel('ecal_chi2')).toBe('ecal chi2');
  });
});
