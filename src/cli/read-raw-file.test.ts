import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RawEncoder, RawEvent, encodeFileHeader, fillSyntheticEvent } from '../daq/index.js';
import { errorCode } from '../../test/support/error-code.js';
import { buildRawFile } from '../../test/support/raw-files.js';
import { readRawFile } from './read-raw-file.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-raw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not reject');
}

describe('readRawFile', () => {
  it('readRawFile(path, { onBatch }) delivers every event of a file with its header', async () => {
    const file = buildRawFile(120, 5);
    const path = join(dir, 'small.emraw');
    writeFileSync(path, file.bytes);
    const numbers: number[] = [];
    const r = await readRawFile(path, { batchSize: 50, chunkBytes: 1000, onBatch: (b) => void numbers.push(...b.eventNumber) });
    expect(numbers).toEqual(file.eventNumbers);
    expect(r).toMatchObject({ eventsOk: 120, eventsDamaged: 0, problemCount: 0, bytesRead: file.bytes.length, stopped: false });
    expect(r.header?.setupName).toBe('na64e-test');
  });

  it('readRawFile(path, { onBatch → false }) stops reading', async () => {
    const path = join(dir, 'stop.emraw');
    writeFileSync(path, buildRawFile(300, 6).bytes);
    let batches = 0;
    const r = await readRawFile(path, { batchSize: 10, chunkBytes: 4096, onBatch: () => ++batches < 2 });
    expect(r.stopped).toBe(true);
    expect(batches).toBe(2);
    expect(r.bytesRead).toBeLessThan(300 * 200);
  });

  it('readRawFile(path, { onBatch that throws }) passes the error through unchanged', async () => {
    const path = join(dir, 'throw.emraw');
    writeFileSync(path, buildRawFile(5, 7).bytes);
    const e = await rejection(readRawFile(path, { onBatch: () => { throw new RangeError('consumer bug'); } }));
    expect(e).toBeInstanceOf(RangeError);
  });

  it('readRawFile(missing, directory, not raw) rejects with BAD_FILE naming the path', async () => {
    const missing = await rejection(readRawFile(join(dir, 'nope.emraw')));
    expect(errorCode(() => { throw missing; })).toBe('BAD_FILE');
    expect(missing.message).toMatch(/nope\.emraw: no such raw file/);
    mkdirSync(join(dir, 'd.emraw'));
    expect((await rejection(readRawFile(join(dir, 'd.emraw')))).message).toMatch(/d\.emraw: is a directory/);
    writeFileSync(join(dir, 'x.txt'), 'hello world, not a raw file');
    expect((await rejection(readRawFile(join(dir, 'x.txt')))).message).toMatch(/x\.txt: not an emiss raw file/);
  });

  it('readRawFile(200 MB file) streams it with bounded memory (rss grows by far less than the file)', async () => {
    // ~200 MB of NA64-like events (100 distinct records repeated), written block by block.
    const path = join(dir, 'big.emraw');
    const enc = new RawEncoder();
    const ev = new RawEvent();
    const recs = Array.from({ length: 100 }, (_, i) => enc.encode(fillSyntheticEvent(ev, i)).slice());
    const block = new Uint8Array(recs.reduce((s, r) => s + r.length, 0));
    recs.reduce((at, r) => (block.set(r, at), at + r.length), 0);
    const repeats = Math.ceil(200e6 / block.length);
    const fd = openSync(path, 'w');
    writeSync(fd, encodeFileHeader({ run: 1, setupName: 'big', setupHash: new Uint8Array(32), createdMs: 0 }));
    for (let k = 0; k < repeats; k++) writeSync(fd, block);
    closeSync(fd);

    const rss0 = process.memoryUsage().rss;
    let rssMax = rss0;
    let batches = 0;
    const r = await readRawFile(path, {
      onBatch: () => {
        if (++batches % 4 === 0) rssMax = Math.max(rssMax, process.memoryUsage().rss);
      },
    });
    rmSync(path);
    expect(r.eventsOk).toBe(100 * repeats);
    expect(r.problemCount).toBe(0);
    expect(r.bytesRead).toBeGreaterThan(200e6);
    // The reader holds a record plus a 1 MiB chunk (≈ 50 MB measured, chunks awaiting GC included); a
    // reader that kept the file would grow by more than 200 MB.
    expect(rssMax - rss0).toBeLessThan(100e6);
  });
});
