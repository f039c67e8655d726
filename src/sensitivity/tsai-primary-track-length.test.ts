import { describe, expect, it } from 'vitest';
import { TSAI_B, tsaiPrimaryLengthAbove } from './tsai-primary-track-length.js';

describe('tsaiPrimaryLengthAbove(E0, E, T)', () => {
  it('is zero at the beam energy and the whole thickness far below it in a thin target', () => {
    expect(tsaiPrimaryLengthAbove(100, 100, 40)).toBe(0);
    expect(tsaiPrimaryLengthAbove(100, 1e-6, 0.5)).toBeCloseTo(0.5, 6);
  });
  it('tends to (ln(E0/E) + ½)/b in a thick target: the renewal function of the Gamma process', () => {
    // ∫₀^∞ P(s, y) ds has Laplace transform 1/(λ ln(1 + λ)) = 1/λ² + 1/(2λ) + …, so → y + ½.
    const y = Math.log(1e4);
    expect(tsaiPrimaryLengthAbove(100, 100 / 1e4, 100) / ((y + 0.5) / TSAI_B)).toBeCloseTo(1, 3);
  });
  it('grows with thickness and saturates', () => {
    const a = tsaiPrimaryLengthAbove(100, 50, 1);
    const b = tsaiPrimaryLengthAbove(100, 50, 5);
    const c = tsaiPrimaryLengthAbove(100, 50, 40);
    expect(a).toBeLessThan(b);
    expect(c - b).toBeLessThan(1e-3 * c);
  });
});
