import { describe, expect, it } from 'vitest';
import { cellAt } from '../../../sim/index.js';
import { caloCells } from './calo-cells.js';
import { testGeometry } from '../../../../test/support/display-geometry.js';

const { sim, display: g } = testGeometry();

describe('caloCells(geometry, channels, energies)', () => {
  it('places every ADC channel inside its own cell (round trip through sim-geometry cellAt)', () => {
    const channels = Array.from({ length: g.nCells }, (_, c) => c);
    const cells = caloCells(g, channels, channels.map(() => 1));
    expect(cells.length).toBe(g.nCells);
    for (const c of cells) {
      const el = sim.elements[c.element];
      const found = cellAt(el, c.x, c.y, c.z);
      // The centre of a cell in a calorimeter hole (VHCAL) or of a veto with a beam hole finds no cell.
      if (found === -1 && el.holeRadiusCm > 0) expect(cellAt(el, c.x + el.holeRadiusCm, c.y, c.z)).toBe(c.channel);
      else if (found === -1) expect(el.hole[c.iy * el.nx + c.ix]).toBe(1);
      else expect(found).toBe(c.channel);
    }
  });
  it('drops cells at or below the threshold', () => {
    expect(caloCells(g, [0, 1, 2], [0, 5e-4, 2e-3], 1e-3).map((c) => c.channel)).toEqual([2]);
  });
});
