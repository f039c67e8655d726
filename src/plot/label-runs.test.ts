import { describe, expect, it } from 'vitest';
import { labelRuns } from './label-runs.js';

describe('labelRuns(markup)', () => {
  it('splits y = \\epsilon^{2}\\alpha_{D} into five runs with their shifts and sizes', () => {
    expect(labelRuns('y = \\epsilon^{2}\\alpha_{D}')).toEqual([
      { text: 'y = ε', shift: 0, scale: 1 },
      { text: '2', shift: 0.42, scale: 0.7 },
      { text: 'α', shift: 0, scale: 1 },
      { text: 'D', shift: -0.22, scale: 0.7 },
    ]);
  });
  it('nests scripts: e^{x_{1}} is smaller and shifted relative to the superscript', () => {
    const runs = labelRuns('e^{x_{1}}');
    expect(runs[2].text).toBe('1');
    expect(runs[2].scale).toBeCloseTo(0.49, 12);
    expect(runs[2].shift).toBeCloseTo(0.42 - 0.22 * 0.7, 12);
  });
  it('takes one character or command after ^ or _ without braces', () => {
    expect(labelRuns('x^2y').map((r) => r.text)).toEqual(['x', '2', 'y']);
    expect(labelRuns('m_\\chi c').map((r) => r.text)).toEqual(['m', 'χ', ' c']);
  });
  it('turns a leading -1 into −1 but leaves 3-body alone', () => {
    expect(labelRuns('-1 and 3-body')[0].text).toBe('−1 and 3-body');
  });
  it('reads escaped braces as literal characters and survives unbalanced ones', () => {
    expect(labelRuns('\\{a\\}')[0].text).toBe('{a}');
    expect(labelRuns('a}b{c^{2').map((r) => r.text)).toEqual(['abc', '2']);
  });
});
