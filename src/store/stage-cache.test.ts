import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedStage, contentKey } from './stage-cache.js';

const root = mkdtempSync(join(tmpdir(), 'emiss-stage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('contentKey(value)', () => {
  it('ignores the order of object keys and changes with any value', () => {
    expect(contentKey({ a: 1, b: [1, 2] })).toBe(contentKey({ b: [1, 2], a: 1 }));
    expect(contentKey({ a: 1, b: [1, 2] })).not.toBe(contentKey({ a: 1, b: [2, 1] }));
    expect(contentKey({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('cachedStage(root, name, inputs, work, fresh)', () => {
  it('runs once, then reuses the result for the same inputs; other inputs or fresh run again', async () => {
    let calls = 0;
    const work = async (dir: string): Promise<number> => {
      calls++;
      writeFileSync(join(dir, 'out.txt'), 'x');
      return 42;
    };
    const a = await cachedStage(root, 'sim', { seed: 1 }, work);
    expect(a).toMatchObject({ value: 42, reused: false });
    expect(existsSync(join(a.dir, 'out.txt'))).toBe(true);
    const b = await cachedStage(root, 'sim', { seed: 1 }, work);
    expect(b).toMatchObject({ value: 42, reused: true, dir: a.dir });
    await cachedStage(root, 'sim', { seed: 2 }, work);
    await cachedStage(root, 'sim', { seed: 1 }, work, true);
    expect(calls).toBe(3);
  });

  it('an interrupted stage leaves no folder that looks complete, and the next run redoes it', async () => {
    await expect(cachedStage(root, 'reco', { n: 1 }, async (dir) => {
      writeFileSync(join(dir, 'half.txt'), 'half');
      throw new Error('killed');
    })).rejects.toThrow('killed');
    expect(readdirSync(join(root, 'stages')).filter((f) => f.startsWith('reco-'))).toEqual([]);
    const r = await cachedStage(root, 'reco', { n: 1 }, async () => 'done');
    expect(r).toMatchObject({ value: 'done', reused: false });
  });
});
