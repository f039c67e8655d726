import { describe, expect, it } from 'vitest';
import { CURVE_COLUMNS, curveCsv, curveJson } from './curve-export.js';
import { DEFAULT_INPUTS } from './explorer-inputs.js';
import { solveLimit } from './solve-limit.js';
import { yieldTable } from './yield-table.js';

const inputs = { ...DEFAULT_INPUTS, nMasses: 4 };
const table = yieldTable(inputs, 'iww');
const curve = solveLimit(table, inputs);

describe('curveCsv(curve, table)', () => {
  it('round-trips the curve through its text (header + one row per mass)', () => {
    const lines = curveCsv(curve, table).trim().split('\n');
    expect(lines[0]).toBe(CURVE_COLUMNS.join(','));
    expect(lines).toHaveLength(5);
    const eps = lines.slice(1).map((l) => Number(l.split(',')[1]));
    expect(eps).toEqual(Array.from(curve.epsilon));
  });
});

describe('curveJson(curve, table, inputs)', () => {
  it('holds the inputs and points keyed as emiss limit --json', () => {
    const j = JSON.parse(curveJson(curve, table, inputs));
    expect(j.inputs.particlesOnTarget).toBe(inputs.particlesOnTarget);
    expect(j.points).toHaveLength(4);
    expect(Object.keys(j.points[0])).toEqual([...CURVE_COLUMNS]);
    expect(j.points[2].epsilon_90).toBe(curve.epsilon[2]);
  });
});
