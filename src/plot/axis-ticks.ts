/**
 * Tick marks and labels of one axis, in the manner of ROOT's TGaxis.
 *
 * Linear axes: d3-scale's "nice" steps (1, 2, 5 × 10ⁿ) as major ticks, labelled with d3-format
 * (whose minus is U+2212) without digit grouping or trailing zeros, or as m×10ⁿ beyond 10⁶ or
 * for steps below 10⁻⁴; 5 minor intervals per major one (4 when the step is 2 × 10ⁿ).
 * Log axes spanning at least two decades: the decades are the labelled major ticks, written
 * `10^{n}` (with `1` and `10` for 10⁰ and 10¹, as ROOT does); when there are more decades than
 * `maxMajor` only every k-th is labelled and the others become minor ticks; minor ticks at
 * 2…9 × 10ⁿ while there is room. Log axes spanning less: 1, 2, 5 × 10ⁿ labelled in plain numbers.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { checkAxis } from './axis-scale.js';
import type { Axis } from './plot-spec.js';

/** A labelled tick: its data value and its label in label markup. */
export interface Tick {
  value: number;
  label: string;
}

/** The ticks of one axis, all inside [min, max], in increasing value. */
export interface AxisTicks {
  major: Tick[];
  minor: number[];
}

/** Options of {@link axisTicks}. */
export interface AxisTicksOptions {
  /** At most about this many labelled ticks (default 10; the layout derives it from the axis length). */
  maxMajor?: number;
  /** Log axes: minor ticks at 2…9 × 10ⁿ (default: when the axis spans ≤ 12 decades). */
  subDecadeMinors?: boolean;
}

// Relative tolerance when deciding whether a tick lies on the axis end.
const EPS = 1e-9;

/** The major (labelled) and minor ticks of `axis`. Throws `BAD_OPTION` for a range that cannot be drawn. */
export function axisTicks(axis: Axis, options: AxisTicksOptions = {}): AxisTicks {
  checkAxis(axis);
  const maxMajor = Math.max(2, Math.floor(options.maxMajor ?? 10));
  return axis.log ? logTicks(axis.min, axis.max, maxMajor, options.subDecadeMinors) : linearTicks(axis.min, axis.max, maxMajor);
}

function linearTicks(min: number, max: number, maxMajor: number): AxisTicks {
  const scale = scaleLinear().domain([min, max]);
  // d3's count is a target, not a bound: it may return up to ~1.5× as many ticks.
  let count = maxMajor;
  let values = scale.ticks(count);
  while (values.length > maxMajor && count > 1) values = scale.ticks(--count);
  const step = values.length >= 2 ? values[1] - values[0] : Math.abs(max - min);
  const largest = Math.max(...values.map(Math.abs));
  // ROOT-like plain labels without digit grouping or trailing zeros ("1000", "0.5", "1");
  // m×10ⁿ when they would get long.
  const plain = step >= 1e-4 && largest < 1e6;
  const format = scale.tickFormat(count, '~f');
  const major = values.map((value) => ({ value, label: plain ? format(value).replace(/-/g, '−') : plainNumber(value) }));
  const minor: number[] = [];
  if (values.length >= 2) {
    const mantissa = Math.round(step / 10 ** Math.floor(Math.log10(step) + EPS));
    const sub = mantissa === 2 ? 4 : 5;
    const minorStep = step / sub;
    const k0 = Math.ceil(min / minorStep - EPS);
    const k1 = Math.floor(max / minorStep + EPS);
    if (k1 - k0 < 2000) {
      for (let k = k0; k <= k1; k++) {
        if (((k % sub) + sub) % sub !== 0 || !isMajor(k * minorStep, values, step)) minor.push(k * minorStep);
      }
    }
  }
  return { major, minor };
}

function isMajor(v: number, majors: number[], step: number): boolean {
  return majors.some((m) => Math.abs(m - v) < 1e-6 * step);
}

function logTicks(min: number, max: number, maxMajor: number, subDecadeMinors: boolean | undefined): AxisTicks {
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  const e0 = Math.ceil(lo - EPS);
  const e1 = Math.floor(hi + EPS);
  if (e1 - e0 + 1 < 2) return narrowLogTicks(min, max, maxMajor);
  const every = Math.ceil((e1 - e0 + 1) / maxMajor);
  const major: Tick[] = [];
  const minor: number[] = [];
  const inside = (v: number): boolean => v >= min * (1 - EPS) && v <= max * (1 + EPS);
  const withSub = subDecadeMinors ?? hi - lo <= 12;
  for (let e = e0 - 1; e <= e1; e++) {
    const decade = Number(`1e${e}`);
    if (e >= e0) {
      if (((e % every) + every) % every === 0) major.push({ value: decade, label: decadeLabel(e) });
      else minor.push(decade);
    }
    if (withSub) {
      for (let k = 2; k <= 9; k++) {
        const v = Number(`${k}e${e}`);
        if (inside(v)) minor.push(v);
      }
    }
  }
  minor.sort((a, b) => a - b);
  return { major, minor };
}

/** Label of the decade 10^e: `1`, `10`, else `10^{e}` with a real minus. */
function decadeLabel(e: number): string {
  if (e === 0) return '1';
  if (e === 1) return '10';
  return `10^{${String(e).replace('-', '−')}}`;
}

// Less than two decades: d3's log ticks (k × 10ⁿ); those with k = 1, 2, 5 (or only 1, or all) labelled.
function narrowLogTicks(min: number, max: number, maxMajor: number): AxisTicks {
  const all = scaleLog().domain([min, max]).ticks();
  const mantissa = (v: number): number => Math.round(v / 10 ** Math.floor(Math.log10(v) + EPS));
  let keep = (v: number): boolean => [1, 2, 5].includes(mantissa(v));
  if (all.filter(keep).length > maxMajor) keep = (v) => mantissa(v) === 1;
  if (all.filter(keep).length < 2) keep = () => true;
  const major = all.filter(keep).map((value) => ({ value, label: plainNumber(value) }));
  const minor = all.filter((v) => !keep(v));
  return { major, minor };
}

/** A tick value as label markup: plain decimals for 10⁻⁴ ≤ |v| < 10⁶, else m × 10^{n}. */
function plainNumber(v: number): string {
  const a = Math.abs(v);
  if (a === 0 || (a >= 1e-4 && a < 1e6)) return String(Number(v.toPrecision(12))).replace('-', '−');
  const e = Math.floor(Math.log10(a) + EPS);
  const m = Number((v / 10 ** e).toPrecision(12));
  return `${m === 1 ? '' : `${m}×`}10^{${String(e).replace('-', '−')}}`;
}
