import { describe, expect, it } from 'vitest';
import { parseSelection } from '../../analysis/index.js';
import { boxCondition } from '../../analysis/index.js';
import { regionOutline } from './region-outline.js';

const sel = parseSelection(`schema: emiss-selection/1
name: t
cuts: [ { name: a, source: s, where: { expr: mom_GeV, op: ">", value: 0 } } ]
signalBox:
  source: s
  cuts:
    - { name: e, source: s, where: { expr: e_ecal_GeV, op: "<", value: 50 } }
    - { name: h, source: s, where: { expr: e_hcal_GeV, op: "<", value: 1 } }
regions:
  - { name: II, source: s, where: { expr: e_ecal_GeV + e_hcal_GeV, between: [90, 110] } }
`);

describe('regionOutline(cond, x, y, window)', () => {
  it('outlines the signal box by the lines x = 50 and y = 1 (grid 0.25 × 0.2 GeV, edges on the grid)', () => {
    const o = regionOutline(boxCondition(sel), 'e_ecal_GeV', 'e_hcal_GeV', 0, 150, 0, 120, 600);
    expect(o).not.toBeNull();
    expect(o?.segments).toEqual([[50, 0, 50, 1], [0, 1, 50, 1]].map((s) => s.map((v) => expect.closeTo(v, 9))));
  });

  it('puts the label of a diagonal band on its centre line and refuses a condition over other columns', () => {
    const o = regionOutline(sel.regions[0].where, 'e_ecal_GeV', 'e_hcal_GeV', 0, 150, 0, 120, 300);
    expect((o?.labelX ?? 0) + (o?.labelY ?? 0)).toBeCloseTo(100, 0);
    expect(regionOutline(sel.cuts[0].where, 'e_ecal_GeV', 'e_hcal_GeV', 0, 150, 0, 120)).toBeNull();
  });
});
