import { describe, expect, it } from 'vitest';
import { Hist1D, Hist2D } from '../../analysis/hist/index.js';
import { histPayload } from './hist-payload.js';

describe('histPayload(h)', () => {
  it('gives the in-range bins of a 1D histogram, without under/overflow', () => {
    const h = new Hist1D('a', 'A', 4, 0, 4, 'x [cm]', 'n');
    for (const x of [-1, 0.5, 1.5, 1.5, 9]) h.fill(x);
    expect(histPayload(h)).toMatchObject({ name: 'a', kind: 1, nx: 4, xlo: 0, xhi: 4, entries: 5, contents: [1, 2, 0, 0], xTitle: 'x [cm]' });
  });

  it('gives a 2D histogram row by row: cell (ix, iy) at (iy − 1)·nx + ix − 1', () => {
    const h = new Hist2D('b', 'B', 3, 0, 3, 2, 0, 2);
    h.fill(2.5, 1.5, 4);
    h.fill(0.5, 0.5, 1 / 3);
    const p = histPayload(h);
    expect(p.kind).toBe(2);
    expect(p.contents).toEqual([0.333333, 0, 0, 0, 0, 4]);
  });
});
