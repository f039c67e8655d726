import { describe, expect, it } from 'vitest';
import { compareWithPublished, publishedLimit } from './compare-limits.js';

describe('compareWithPublished(key, masses, epsilon)', () => {
  it('gives ratio 1 for the published curve itself and skips masses outside its range', () => {
    const pub = publishedLimit('na64-2019');
    const r = compareWithPublished('na64-2019', [...pub.massesGeV, 5], [...pub.epsilon, 1]);
    expect(r.length).toBe(pub.massesGeV.length);
    for (const { ratio } of r) expect(ratio).toBeCloseTo(1, 10);
  });
  it('interpolates in log–log between points', () => {
    const pub = publishedLimit('na64-2019');
    const m = Math.sqrt(pub.massesGeV[10] * pub.massesGeV[11]);
    const e = Math.sqrt(pub.epsilon[10] * pub.epsilon[11]);
    expect(compareWithPublished('na64-2019', [m], [e])[0].ratio).toBeCloseTo(1, 10);
  });
  it('rejects an unknown curve naming the known ones', () => {
    expect(() => publishedLimit('babar')).toThrow(/na64-2019/);
  });
});
