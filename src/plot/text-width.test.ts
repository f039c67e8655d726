import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.js';

describe('textWidth(markup, fontSize)', () => {
  it('adds DejaVu Sans advance widths: "10" at 20 px is 2 × 0.636 × 20', () => {
    expect(textWidth('10', 20)).toBeCloseTo(25.44, 10);
  });
  it('counts a superscript at 70 % of the size: 10^{−3}', () => {
    expect(textWidth('10^{-3}', 20)).toBeCloseTo(20 * (2 * 0.636 + 0.7 * (0.838 + 0.636)), 10);
  });
  it('gives 0 for an empty label', () => {
    expect(textWidth('', 30)).toBe(0);
  });
});
