import { describe, expect, it } from 'vitest';
import { buildCutFlow } from './cut-flow.js';
import { formatCutFlow } from './format-cut-flow.js';
import { parseSelection } from './parse-selection.js';

const SEL = parseSelection(`schema: emiss-selection/1
name: t
cuts:
  - { name: a, source: s, where: { expr: x, op: ">", value: 0 } }
  - { name: b, source: s, where: { expr: y, op: ">", value: 0 } }
signalBox:
  source: s
  cuts:
    - { name: box, source: s, where: { expr: z, op: "<", value: 1 } }
`);

describe('buildCutFlow(sel, stageSums)', () => {
  // stage 1: fail a (10 events), 2: fail b (5), 3: fail box (3), 4: pass all (2); weights 0.5 each
  const sums = { stage: [1, 2, 3, 4], n: [10, 5, 3, 2], sw: [5, 2.5, 1.5, 1], sw2: [2.5, 1.25, 0.75, 0.5] };

  it('sums the stages above each cut, with √Σw² errors and efficiencies', () => {
    const f = buildCutFlow(SEL, sums, { simulation: true, blind: false });
    expect(f.rows.map((r) => r.n)).toEqual([20, 10, 5, 2]);
    expect(f.rows.map((r) => r.sum_w)).toEqual([10, 5, 2.5, 1]);
    expect(f.rows[3].sum_w_err).toBeCloseTo(Math.sqrt(0.5), 14);
    expect(f.rows[2].eff_rel).toBeCloseTo(0.5, 14);
    expect(f.rows[3].eff_cum).toBeCloseTo(0.1, 14);
  });

  it('hides every signal-box row of blinded data', () => {
    const f = buildCutFlow(SEL, sums, { simulation: false, blind: true });
    expect(f.rows[3]).toMatchObject({ n: null, sum_w: null, blinded: true });
    expect(f.rows[2].n).toBe(5);
    expect(formatCutFlow(f)).toMatch(/\[box\] box\s+blinded/);
    expect(formatCutFlow(f, 'markdown').split('\n')[1]).toBe('| --- | --- | --- | --- |');
  });
});
