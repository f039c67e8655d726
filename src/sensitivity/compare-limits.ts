/**
 * Comparison of a computed limit curve with a published one: the ratio ε_emiss/ε_published at
 * each computed mass inside the published mass range (published curve interpolated in log–log).
 */
import { EmissError, interpolator } from '../core/index.js';
import { PUBLISHED_LIMITS } from './published-limits.js';
import type { PublishedLimit } from './published-limits.js';

/** The published curve with this key; throws UNKNOWN_NAME listing the known keys. */
export function publishedLimit(key: string): PublishedLimit {
  if (Object.hasOwn(PUBLISHED_LIMITS, key)) return PUBLISHED_LIMITS[key];
  throw new EmissError('UNKNOWN_NAME', 'publishedLimits', `no published limit '${key}'`, Object.keys(PUBLISHED_LIMITS).join(', '));
}

/** Ratios ε_emiss/ε_published at the masses where both exist. */
export function compareWithPublished(key: string, massesGeV: readonly number[], epsilon: readonly number[]): { mass_GeV: number; ratio: number }[] {
  const pub = publishedLimit(key);
  const order = pub.massesGeV.map((m, i) => [m, pub.epsilon[i]] as const).sort((a, b) => a[0] - b[0]);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [m, e] of order) {
    if (xs.length === 0 || m > xs[xs.length - 1]) {
      xs.push(m);
      ys.push(e);
    }
  }
  const f = interpolator(xs, ys, { logX: true, logY: true });
  const out: { mass_GeV: number; ratio: number }[] = [];
  massesGeV.forEach((m, i) => {
    if (m >= xs[0] && m <= xs[xs.length - 1]) out.push({ mass_GeV: m, ratio: epsilon[i] / f(m) });
  });
  return out;
}
