import { describe, expect, it } from 'vitest';
import { crc32c } from './crc32c.js';

describe('crc32c', () => {
  it('crc32c("123456789") is the check value 0xE3069283', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
  });
  it('crc32c of 32 zero bytes is 0x8A9136AA (RFC 3720 B.4)', () => {
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
  });
  it('crc32c of 32 bytes 0xFF is 0x62A8AB43 (RFC 3720 B.4)', () => {
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
  });
  it('crc32c of 0…31 ascending is 0x46DD794E (RFC 3720 B.4)', () => {
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
  });
  it('crc32c(data, start, end) equals the CRC of the subarray, for every alignment and length', () => {
    const data = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff);
    for (let start = 0; start < 9; start++) {
      for (let end = start; end <= 64; end += 5) {
        expect(crc32c(data, start, end)).toBe(bytewise(data.subarray(start, end)));
      }
    }
  });
  it('crc32c of nothing is 0', () => {
    expect(crc32c(new Uint8Array(0))).toBe(0);
  });
});

/** Bit-at-a-time reference. */
function bytewise(d: Uint8Array): number {
  let c = ~0;
  for (const b of d) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return ~c >>> 0;
}
