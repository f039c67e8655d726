/**
 * Data → pixel mapping of one axis, on d3-scale (`scaleLinear`, `scaleLog`). The axis is
 * checked first, so a bad range fails here with a message instead of drawing NaN.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { EmissError } from '../core/index.js';
import type { Axis } from './plot-spec.js';

/**
 * A function from data value to pixel: `min` ↦ `range[0]`, `max` ↦ `range[1]`, linearly in the
 * value or (log axis) in its logarithm. Not clamped: values outside the axis map outside the
 * range. On a log axis a value ≤ 0 maps to NaN; callers skip non-finite pixels.
 * Throws `BAD_OPTION` unless min < max are finite (and min > 0 on a log axis); `where` names the axis.
 */
export function axisScale(axis: Axis, range: readonly [number, number], where = 'axis'): (value: number) => number {
  checkAxis(axis, where);
  const scale = axis.log ? scaleLog().domain([axis.min, axis.max]) : scaleLinear().domain([axis.min, axis.max]);
  scale.range([range[0], range[1]]);
  return axis.log ? (v) => (v > 0 ? scale(v) : Number.NaN) : (v) => scale(v);
}

/** Throws `BAD_OPTION` unless the axis range can be drawn. */
export function checkAxis(axis: Axis, where = 'axis'): void {
  if (!Number.isFinite(axis.min) || !Number.isFinite(axis.max) || !(axis.min < axis.max)) {
    throw new EmissError('BAD_OPTION', `${where}.min/max`, `range [${axis.min}, ${axis.max}] cannot be drawn`, 'finite min < max');
  }
  if (axis.log && !(axis.min > 0)) {
    throw new EmissError('BAD_OPTION', `${where}.min`, `${axis.min} on a log axis`, '> 0');
  }
}
