import { describe, expect, it } from 'vitest';
import { HOST_LITTLE_ENDIAN, copyFromLittleEndian, copyToLittleEndian } from './copy-le.js';

describe('copyFromLittleEndian / copyToLittleEndian', () => {
  const bytes = Uint8Array.from({ length: 40 }, (_, i) => (i * 29 + 3) & 0xff);
  const dv = new DataView(bytes.buffer);

  it('copyFromLittleEndian(dst, i, src, odd offset, n) reads little-endian values on both code paths', () => {
    for (const le of [true, false]) {
      const u16 = new Uint16Array(8);
      copyFromLittleEndian(u16, 1, bytes, 3, 5, le);
      expect(Array.from(u16)).toEqual([0, ...[0, 1, 2, 3, 4].map((k) => dv.getUint16(3 + 2 * k, true)), 0, 0]);
      const u32 = new Uint32Array(4);
      copyFromLittleEndian(u32, 0, bytes, 5, 4, le);
      expect(Array.from(u32)).toEqual([0, 1, 2, 3].map((k) => dv.getUint32(5 + 4 * k, true)));
      const f32 = new Float32Array(3);
      copyFromLittleEndian(f32, 2, bytes, 1, 1, le);
      expect(f32[2]).toBe(dv.getFloat32(1, true));
    }
  });

  it('copyToLittleEndian(dst, odd offset, src, i, n) writes little-endian values on both code paths', () => {
    for (const le of [true, false]) {
      const out = new Uint8Array(24);
      const src = Uint32Array.of(0x01020304, 0xa0b0c0d0, 7);
      copyToLittleEndian(out, 3, src, 1, 2, le);
      const odv = new DataView(out.buffer);
      expect(odv.getUint32(3, true)).toBe(0xa0b0c0d0);
      expect(odv.getUint32(7, true)).toBe(7);
      expect(out[2]).toBe(0);
      const f = Float32Array.of(-1.5e-7, 3.25);
      copyToLittleEndian(out, 11, f, 0, 2, le);
      expect(odv.getFloat32(11, true)).toBe(Math.fround(-1.5e-7));
      expect(odv.getFloat32(15, true)).toBe(3.25);
      const h = Uint16Array.of(0xbeef);
      copyToLittleEndian(out, 19, h, 0, 1, le);
      expect(odv.getUint16(19, true)).toBe(0xbeef);
    }
  });

  it('HOST_LITTLE_ENDIAN is true on the test machine (x86/ARM)', () => {
    expect(HOST_LITTLE_ENDIAN).toBe(true);
  });
});
