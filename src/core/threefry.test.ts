import { describe, expect, it } from 'vitest';
import { threefry2x32, threefry2x32r13 } from './threefry.js';

// Known-answer vectors of Random123 (kat_vectors: "threefry2x32 20 ctr0 ctr1 key0 key1 out0 out1").
describe('threefry2x32(k0, k1, c0, c1, 20, out)', () => {
  const cases: [number, number, number, number, number, number][] = [
    [0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x6b200159, 0x99ba4efe],
    [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x1cb996fc, 0xbb002be7],
    [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xc4923a9c, 0x483df7a0],
  ];
  for (const [c0, c1, k0, k1, o0, o1] of cases) {
    it(`reproduces Random123 for counter ${c0.toString(16)},${c1.toString(16)}`, () => {
      const out = new Uint32Array(2);
      threefry2x32(k0, k1, c0, c1, 20, out);
      expect([out[0].toString(16), out[1].toString(16)]).toEqual([o0.toString(16), o1.toString(16)]);
    });
  }
});

describe('threefry2x32r13(k0, k1, c0, c1, out)', () => {
  it('gives the 13-round loop output for 10 000 random keys and counters', () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    let s = 12345;
    const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 10_000; i++) {
      const [k0, k1, c0, c1] = [next(), next(), next(), next()];
      threefry2x32(k0, k1, c0, c1, 13, a);
      threefry2x32r13(k0, k1, c0, c1, b);
      expect([b[0], b[1]]).toEqual([a[0], a[1]]);
    }
  });
});
