import { describe, expect, it } from 'vitest';
import { EmissError } from '../core/index.js';
import { axisScale } from './axis-scale.js';

describe('axisScale(axis, range)', () => {
  it('maps a linear axis linearly: 2.5 on [0, 10] → 150 on [100, 500]', () => {
    const s = axisScale({ label: 'x', min: 0, max: 10 }, [100, 500]);
    expect(s(2.5)).toBeCloseTo(200, 12);
    expect(s(0)).toBe(100);
    expect(s(10)).toBe(500);
  });
  it('maps a log axis by decades: 1e-2 on [1e-3, 1] → one third of the way', () => {
    const s = axisScale({ label: 'x', min: 1e-3, max: 1, log: true }, [100, 700]);
    expect(s(1e-2)).toBeCloseTo(300, 9);
    expect(s(1e-1)).toBeCloseTo(500, 9);
  });
  it('maps y upwards when the range is reversed', () => {
    const s = axisScale({ label: 'y', min: 1e-16, max: 1e-6, log: true }, [500, 0]);
    expect(s(1e-11)).toBeCloseTo(250, 9);
  });
  it('gives NaN for values ≤ 0 on a log axis', () => {
    const s = axisScale({ label: 'x', min: 1, max: 10, log: true }, [0, 1]);
    expect(s(0)).toBeNaN();
    expect(s(-1)).toBeNaN();
  });
  it('throws a BAD_OPTION EmissError for min ≥ max, a non-finite end, or min ≤ 0 on a log axis', () => {
    expect(() => axisScale({ label: 'x', min: 1, max: 1 }, [0, 1])).toThrow(EmissError);
    expect(() => axisScale({ label: 'x', min: 0, max: Infinity }, [0, 1])).toThrow(/cannot be drawn/);
    expect(() => axisScale({ label: 'x', min: 0, max: 1, log: true }, [0, 1], 'x')).toThrow(/x\.min/);
  });
});
