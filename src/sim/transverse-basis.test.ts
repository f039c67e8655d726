import { describe, expect, it } from 'vitest';
import { transverseBasis } from './transverse-basis.js';

describe('transverseBasis(ux, uy, uz, out)', () => {
  it('gives a right-handed orthonormal frame (a, b, u) for directions near every axis', () => {
    const out = { ax: 0, ay: 0, az: 0, bx: 0, by: 0, bz: 0 };
    for (const [x, y, z] of [[0, 0, 1], [0, 0, -1], [1, 0, 0], [0, 1, 0], [0.3, -0.4, 0.866], [0.6, 0.6, 0.53]]) {
      const n = Math.hypot(x, y, z);
      const [ux, uy, uz] = [x / n, y / n, z / n];
      const { ax, ay, az, bx, by, bz } = transverseBasis(ux, uy, uz, out);
      expect(Math.hypot(ax, ay, az)).toBeCloseTo(1, 12);
      expect(Math.hypot(bx, by, bz)).toBeCloseTo(1, 12);
      expect(ax * ux + ay * uy + az * uz).toBeCloseTo(0, 12);
      expect(bx * ux + by * uy + bz * uz).toBeCloseTo(0, 12);
      expect(ax * bx + ay * by + az * bz).toBeCloseTo(0, 12);
      // b = u × a
      expect(bx).toBeCloseTo(uy * az - uz * ay, 12);
    }
  });
});
