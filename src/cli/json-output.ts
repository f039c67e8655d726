/**
 * JSON output with the guarantee that no NaN or Infinity is ever written: a non-finite number
 * anywhere in the value is an error naming its key path.
 */
import { EmissError } from '../core/index.js';

/** Throws NUMERICAL if `value` holds a non-finite number; returns the value. */
export function assertAllFinite<T>(value: T, path = '$'): T {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new EmissError('NUMERICAL', path, `non-finite value ${value} in the output`);
  } else if (Array.isArray(value)) value.forEach((v, i) => assertAllFinite(v, `${path}[${i}]`));
  else if (ArrayBuffer.isView(value)) Array.from(value as unknown as ArrayLike<number>).forEach((v, i) => assertAllFinite(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) assertAllFinite(v, `${path}.${k}`);
  return value;
}

/** JSON text (two-space indented) of a checked value. */
export function toJson(value: unknown): string {
  return JSON.stringify(assertAllFinite(value), null, 2);
}
