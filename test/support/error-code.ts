/** Test helper: the EmissError code thrown by f, or 'none' (fails the test on a non-EmissError). */
import { expect } from 'vitest';
import { EmissError } from '../../src/core/index.js';

export function errorCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(EmissError);
    return (e as EmissError).code;
  }
  return 'none';
}
