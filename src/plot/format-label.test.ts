import { describe, expect, it } from 'vitest';
import { formatLabel } from './format-label.js';

describe('formatLabel(markup)', () => {
  it("writes m_{A'} as m and a smaller, lowered tspan holding A′", () => {
    expect(formatLabel("m_{A'}")).toBe('m<tspan font-size="70%" dy="0.314em">A′</tspan>');
  });
  it('escapes < and & (and > and ")', () => {
    expect(formatLabel('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; &quot;d&quot;');
    expect(formatLabel('x_{<&}')).toContain('&lt;&amp;</tspan>');
  });
  it('replaces Greek letters and \\prime by Unicode', () => {
    expect(formatLabel('\\epsilon \\alpha \\chi \\sigma \\mu \\gamma A\\prime')).toBe('ε α χ σ μ γ A′');
  });
  it('raises a superscript and writes its minus as U+2212', () => {
    expect(formatLabel('10^{-3}')).toBe('10<tspan font-size="70%" dy="-0.6em">−3</tspan>');
  });
  it('returns to the baseline after a script: a_{b}c', () => {
    // The tspan of c undoes the subscript's 0.22 em drop.
    expect(formatLabel('a_{b}c')).toBe('a<tspan font-size="70%" dy="0.314em">b</tspan><tspan dy="-0.22em">c</tspan>');
  });
  it('keeps the hyphen of a word and an unknown command as written', () => {
    expect(formatLabel('B-L \\foo')).toBe('B-L \\foo');
  });
});
