/**
 * Parsers of option values that fail with a message naming the option and what is allowed.
 */
import { logSpace } from '../core/index.js';
import { UsageError } from './cli-error.js';

/** A finite number, optionally restricted to > 0. */
export function parseNumber(value: string, option: string, { positive = false } = {}): number {
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v)) throw new UsageError(`${option}: '${value}' is not a number`);
  if (positive && !(v > 0)) throw new UsageError(`${option}: ${value} must be > 0`);
  return v;
}

/** One of the allowed names (case-sensitive), with the list in the message. */
export function parseChoice<T extends string>(value: string, option: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option}: unknown value '${value}' (allowed: ${allowed.join(', ')})`);
  return value as T;
}

/**
 * A list of masses [GeV]: `a:b:n` (n values log-spaced from a to b), `a,b,c`, or one value.
 */
export function parseMasses(value: string, option = '--masses'): number[] {
  const range = value.split(':');
  if (range.length === 3) {
    const a = parseNumber(range[0], option, { positive: true });
    const b = parseNumber(range[1], option, { positive: true });
    const n = Number(range[2]);
    if (!Number.isInteger(n) || n < 1 || n > 10000) throw new UsageError(`${option}: the count in '${value}' must be an integer from 1 to 10000`);
    if (!(b >= a)) throw new UsageError(`${option}: in '${value}' the upper mass must not be below the lower`);
    return Array.from(logSpace(a, b, n));
  }
  if (range.length !== 1) throw new UsageError(`${option}: '${value}' is not a mass list (use lo:hi:n, a,b,c or one value)`);
  return value.split(',').map((s) => parseNumber(s, option, { positive: true }));
}
