import { describe, expect, it } from 'vitest';
import { RandomStream } from '../core/index.js';
import { errorCode } from '../../test/support/error-code.js';
import { buildRawFile, fillRandomEvent, readBack, sameBytes } from '../../test/support/raw-files.js';
import { crc32c } from './crc32c.js';
import { RawEvent } from './raw-event.js';
import { batchEvent, cloneBatch } from './raw-event-batch.js';
import type { RawEventBatch } from './raw-event-batch.js';
import { RawStreamReader } from './raw-reader.js';
import { NA64_LIKE_SHAPE, fillSyntheticEvent } from './synthetic-raw-event.js';
import { RawEncoder, encodeFileHeader } from './raw-writer.js';

/** Sets a u32 in a copy of `bytes` and recomputes the CRC of the record at `rec`. */
function patchRecord(bytes: Uint8Array, rec: number, at: number, value: number, size: 2 | 4 = 4): Uint8Array {
  const out = bytes.slice();
  const dv = new DataView(out.buffer);
  if (size === 4) dv.setUint32(rec + at, value, true);
  else dv.setUint16(rec + at, value, true);
  const len = dv.getUint32(rec + 4, true) + 16;
  dv.setUint32(rec + len - 4, crc32c(out, rec, rec + len - 4), true);
  return out;
}

function expectIntactExcept(file: ReturnType<typeof buildRawFile>, got: ReturnType<typeof readBack>, lost: number[]): void {
  const kept = file.records.filter((_, i) => !lost.includes(i));
  expect(got.records.length).toBe(kept.length);
  kept.forEach((r, i) => expect(sameBytes(got.records[i], r)).toBe(true));
  expect(got.summary.eventsOk).toBe(kept.length);
}

describe('RawStreamReader round trip', () => {
  it('push(chunks of random sizes) delivers 300 random events bit-exact, in order, with their offsets', () => {
    const file = buildRawFile(300, 11, { first: 2 ** 53 - 1000 });
    const rs = new RandomStream(5, 0);
    const got = readBack(file.bytes, () => 1 + (rs.uint32() % 9000), { batchSize: 64 });
    expect(got.summary.problems).toEqual([]);
    expect(got.summary.eventsDamaged).toBe(0);
    expectIntactExcept(file, got, []);
    expect(got.offsets).toEqual(file.offsets);
    expect(got.summary.bytesRead).toBe(file.bytes.length);
  });

  it('push(one byte at a time) delivers the same events', () => {
    const file = buildRawFile(12, 3);
    expectIntactExcept(file, readBack(file.bytes, 1), []);
  });

  it('onBatch receives the fields the writer was given (checked without the writer)', () => {
    const file = buildRawFile(40, 21, { first: 5_000_000_000 });
    const ref = new RawEvent();
    const got = new RawEvent();
    let seen = 0;
    const reader = new RawStreamReader((b) => {
      for (let i = 0; i < b.n; i++) {
        fillRandomEvent(ref, 21, 5_000_000_000 + seen, 20);
        batchEvent(b, i, got);
        expect([got.eventNumber, got.run, got.spill, got.eventInSpill, got.triggerBits, got.timestampNs]).toEqual([ref.eventNumber, ref.run, ref.spill, ref.eventInSpill, ref.triggerBits, ref.timestampNs]);
        expect(got.samplesPerChannel).toBe(ref.samplesPerChannel);
        expect(Array.from(got.adcChannel.subarray(0, got.nAdc))).toEqual(Array.from(ref.adcChannel.subarray(0, ref.nAdc)));
        expect(Array.from(got.adcSamples.subarray(0, got.nAdc * got.samplesPerChannel))).toEqual(Array.from(ref.adcSamples.subarray(0, ref.nAdc * ref.samplesPerChannel)));
        expect(Array.from(got.strawTimeNs.subarray(0, got.nStraw))).toEqual(Array.from(ref.strawTimeNs.subarray(0, ref.nStraw)));
        expect(Array.from(got.stripCharge.subarray(0, got.nStrip))).toEqual(Array.from(ref.stripCharge.subarray(0, ref.nStrip)));
        seen++;
      }
    });
    reader.push(file.bytes);
    reader.end();
    expect(seen).toBe(40);
  });

  it('end() returns the file header', () => {
    const file = buildRawFile(1, 1, { run: 31 });
    const r = new RawStreamReader();
    r.push(file.bytes);
    const { header } = r.end();
    expect(header).toMatchObject({ version: 1, run: 31, setupName: 'na64e-test', samplesPerChannel: 32, createdMs: 1.7e12, intact: true, headerBytes: file.headerBytes });
    expect(header?.setupHash[0]).toBe(0xab);
  });

  it('onBatch gets batchSize events per batch as struct-of-arrays with n + 1 offsets', () => {
    const header = encodeFileHeader({ run: 1, setupName: 's', setupHash: new Uint8Array(32), createdMs: 0 });
    const enc = new RawEncoder();
    const ev = new RawEvent();
    const batches: RawEventBatch[] = [];
    const r = new RawStreamReader((b) => batches.push(cloneBatch(b)), { batchSize: 10 });
    r.push(header);
    for (let i = 0; i < 35; i++) r.push(enc.encode(fillSyntheticEvent(ev, i)));
    r.end();
    expect(batches.map((b) => b.n)).toEqual([10, 10, 10, 5]);
    const b = batches[1];
    expect(b.samplesPerChannel).toBe(32);
    expect(b.adcOffset.length).toBe(11);
    expect(b.adcOffset[10]).toBe(10 * NA64_LIKE_SHAPE.adcChannels);
    expect(b.adcSamples.length).toBe(10 * NA64_LIKE_SHAPE.adcChannels * 32);
    expect(b.strawOffset[10]).toBe(10 * NA64_LIKE_SHAPE.strawHits);
    expect(b.stripCharge.length).toBe(10 * NA64_LIKE_SHAPE.stripHits);
    expect(Array.from(b.eventNumber)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    fillSyntheticEvent(ev, 13);
    expect(Array.from(b.adcSamples.subarray((3 * 130 + 7) * 32, (3 * 130 + 8) * 32))).toEqual(Array.from(ev.adcSamples.subarray(7 * 32, 8 * 32)));
  });

  it('onBatch starts a new batch when the samples per channel change', () => {
    const file = buildRawFile(50, 4);
    const spcs: number[][] = [];
    const r = new RawStreamReader((b) => spcs.push([b.samplesPerChannel, b.n]), { batchSize: 1000 });
    r.push(file.bytes);
    r.end();
    expect(spcs.reduce((s, [, n]) => s + n, 0)).toBe(50);
    const ev = new RawEvent();
    const expected = Array.from({ length: 50 }, (_, i) => fillRandomEvent(ev, 4, i).samplesPerChannel);
    expect(spcs.flatMap(([s, n]) => new Array(n).fill(s))).toEqual(expected);
  });

  it('bufferCapacity stays within a record plus a chunk on a long stream', () => {
    const header = encodeFileHeader({ run: 1, setupName: 's', setupHash: new Uint8Array(32), createdMs: 0 });
    const enc = new RawEncoder();
    const ev = new RawEvent();
    const r = new RawStreamReader(undefined, { batchSize: 100 });
    r.push(header);
    const chunk = new Uint8Array(65536);
    let fill = 0;
    let record = 0;
    for (let i = 0; i < 600; i++) {
      const rec = enc.encode(fillSyntheticEvent(ev, i));
      record = rec.length;
      for (let at = 0; at < rec.length; ) {
        const n = Math.min(rec.length - at, chunk.length - fill);
        chunk.set(rec.subarray(at, at + n), fill);
        fill += n;
        at += n;
        if (fill === chunk.length) {
          r.push(chunk);
          fill = 0;
        }
      }
    }
    r.push(chunk.subarray(0, fill));
    expect(r.end().eventsOk).toBe(600);
    expect(r.bufferCapacity).toBeLessThanOrEqual(2 * (record + chunk.length));
  });

  it('push() after end() is an error', () => {
    const r = new RawStreamReader();
    r.push(buildRawFile(1).bytes);
    r.end();
    expect(errorCode(() => r.push(new Uint8Array(8)))).toBe('BAD_OPTION');
  });
});

describe('RawStreamReader on damaged files', () => {
  const file = buildRawFile(30, 8);

  it('a flipped byte in a body: that event is reported with its number, its neighbours are intact', () => {
    for (const k of [0, 13, 29]) {
      const bad = file.bytes.slice();
      bad[file.offsets[k] + 50] ^= 0x10;
      const got = readBack(bad, 1000);
      expectIntactExcept(file, got, [k]);
      expect(got.summary.eventsDamaged).toBe(1);
      expect(got.summary.problems).toEqual([{ fileOffset: file.offsets[k], event: k, reason: 'CRC mismatch' }]);
    }
  });

  it('a file cut at every byte of its last record: every complete event, one truncation', () => {
    const small = buildRawFile(6, 9);
    const last = small.offsets[5];
    for (let cut = last; cut < small.bytes.length; cut++) {
      const got = readBack(small.bytes.subarray(0, cut), 333);
      expectIntactExcept(small, got, [5]);
      if (cut === last) {
        expect(got.summary.problemCount).toBe(0); // a cut at a record boundary reads as complete
        continue;
      }
      expect(got.summary.eventsDamaged).toBe(1);
      expect(got.summary.problems).toHaveLength(1);
      expect(got.summary.problems[0].fileOffset).toBe(last);
      expect(got.summary.problems[0].reason).toMatch(/truncated|ends inside/);
      expect(got.summary.problems[0].event).toBe(cut - last >= 16 ? 5 : -1);
    }
  });

  it('garbage between records (odd length, unaligned): one problem, every event delivered', () => {
    const g = Uint8Array.from({ length: 37 }, (_, i) => (i * 91 + 7) & 0xff);
    const at = file.offsets[10];
    const bad = new Uint8Array(file.bytes.length + g.length);
    bad.set(file.bytes.subarray(0, at));
    bad.set(g, at);
    bad.set(file.bytes.subarray(at), at + g.length);
    const got = readBack(bad, 500);
    expectIntactExcept(file, got, []);
    expect(got.summary.eventsDamaged).toBe(0);
    expect(got.summary.problems).toEqual([{ fileOffset: at, event: -1, reason: '37 bytes without a record' }]);
    expect(got.offsets[10]).toBe(at + 37);
  });

  it('garbage that holds a sync word and a plausible length: rejected by the CRC, the records behind it delivered', () => {
    const g = new Uint8Array(64);
    new DataView(g.buffer).setUint32(8, 0x544e5645, true);
    new DataView(g.buffer).setUint32(12, 4096, true); // claims to cover the next records
    const at = file.offsets[3];
    const bad = new Uint8Array(file.bytes.length + g.length);
    bad.set(file.bytes.subarray(0, at));
    bad.set(g, at);
    bad.set(file.bytes.subarray(at), at + g.length);
    const got = readBack(bad, 4096);
    expectIntactExcept(file, got, []);
    expect(got.summary.problems.map((p) => [p.fileOffset, p.reason])).toEqual([
      [at, '8 bytes without a record'],
      [at + 8, 'CRC mismatch'],
    ]);
  });

  it('an impossible body length (above the maximum, or not a multiple of 8): that event reported, the next found', () => {
    for (const len of [0xfffffff8, 1001, 16]) {
      const bad = file.bytes.slice();
      new DataView(bad.buffer).setUint32(file.offsets[7] + 4, len, true);
      const got = readBack(bad, 2048);
      expectIntactExcept(file, got, [7]);
      expect(got.summary.problems).toEqual([{ fileOffset: file.offsets[7], event: 7, reason: `impossible body length ${len}` }]);
    }
  });

  it('maxRecordBytes sets the impossible length', () => {
    const got = readBack(file.bytes, 2048, { maxRecordBytes: 64 });
    expect(got.summary.eventsOk).toBe(0);
    expect(got.summary.eventsDamaged).toBe(30);
  });

  it('a body length past the end of the file: the records it covers are recovered at the end', () => {
    const bad = file.bytes.slice();
    new DataView(bad.buffer).setUint32(file.offsets[4] + 4, 8 * 1024 * 1024, true);
    const got = readBack(bad, 1024);
    expectIntactExcept(file, got, [4]);
    expect(got.summary.problems).toEqual([{ fileOffset: file.offsets[4], event: 4, reason: expect.stringMatching(/^record truncated at the end of the file/) }]);
  });

  it('an unknown block type (CRC valid): that event reported, reading goes on right after it', () => {
    const bad = patchRecord(file.bytes, file.offsets[12], 40, 9, 2);
    const got = readBack(bad, 4000);
    expectIntactExcept(file, got, [12]);
    expect(got.summary.problems).toEqual([{ fileOffset: file.offsets[12], event: 12, reason: 'unknown block type 9 at body offset 32' }]);
  });

  it('a malformed block (CRC valid): a channel count that does not match the length', () => {
    const dv = new DataView(file.bytes.buffer);
    const o = file.offsets[2];
    const nAdc = dv.getUint32(o + 52, true);
    const bad = patchRecord(file.bytes, o, 52, nAdc + 1);
    const got = readBack(bad, 4000);
    expectIntactExcept(file, got, [2]);
    expect(got.summary.problems[0].reason).toMatch(/^SADC block length \d+ does not match/);
  });

  it('a block running past the body, and two blocks of one type (CRC valid), are malformed', () => {
    const o = file.offsets[5];
    const got1 = readBack(patchRecord(file.bytes, o, 44, 1 << 20), 4000);
    expect(got1.summary.problems[0].reason).toMatch(/^block of type 1 at body offset 32 has an impossible length/);
    const dv = new DataView(file.bytes.buffer);
    const straw = 40 + 8 + dv.getUint32(o + 44, true); // the straw block follows the SADC block
    const got2 = readBack(patchRecord(file.bytes, o, straw + 8 + dv.getUint32(o + straw + 4, true), 2, 2), 4000);
    expect(got2.summary.problems[0].reason).toBe('two straw blocks in one event');
    expectIntactExcept(file, got2, [5]);
  });

  it('a damaged sync word: the bytes are reported without an event, the rest delivered', () => {
    const bad = file.bytes.slice();
    bad[file.offsets[20] + 1] ^= 0xff;
    const got = readBack(bad, 4000);
    expectIntactExcept(file, got, [20]);
    expect(got.summary.eventsDamaged).toBe(0);
    expect(got.summary.problems).toEqual([{ fileOffset: file.offsets[20], event: -1, reason: `${file.offsets[21] - file.offsets[20]} bytes without a record` }]);
  });

  it('maxProblems caps the list, problemCount and onProblem see every problem', () => {
    const bad = file.bytes.slice();
    for (const o of file.offsets) bad[o + 40] ^= 1;
    let seen = 0;
    const got = readBack(bad, 4000, { maxProblems: 5, onProblem: () => seen++ });
    expect(got.summary.problems).toHaveLength(5);
    expect(got.summary.problemCount).toBe(30);
    expect(seen).toBe(30);
  });
});

describe('RawStreamReader on bad file headers', () => {
  const file = buildRawFile(5, 2);
  const read = (bytes: Uint8Array) => readBack(bytes, 100, { source: 'x.emraw' });

  it('a file without the EMISSRAW magic is BAD_FILE naming the source', () => {
    expect(() => read(new TextEncoder().encode('PAR1 not a raw file at all'))).toThrow(/^x\.emraw: not an emiss raw file/);
    expect(errorCode(() => read(new Uint8Array(0)))).toBe('BAD_FILE');
    expect(() => read(new Uint8Array(0))).toThrow(/empty file/);
    expect(errorCode(() => read(new TextEncoder().encode('EMIS')))).toBe('BAD_FILE');
  });

  it('a newer format version is BAD_FILE', () => {
    const bad = file.bytes.slice();
    const dv = new DataView(bad.buffer);
    dv.setUint16(8, 2, true);
    dv.setUint32(file.headerBytes - 4, crc32c(bad, 0, file.headerBytes - 4), true);
    expect(() => read(bad)).toThrow(/format version 2 is newer than this reader \(reads 1\)/);
  });

  it('a header whose CRC fails: one problem at offset 0, every event still delivered', () => {
    const bad = file.bytes.slice();
    bad[70] ^= 1; // in the setup name
    const got = read(bad);
    expectIntactExcept(file, got, []);
    expect(got.summary.header?.intact).toBe(false);
    expect(got.summary.problems).toEqual([{ fileOffset: 0, event: -1, reason: 'file header CRC mismatch' }]);
  });

  it('an impossible header length: one problem, every event still delivered', () => {
    const bad = file.bytes.slice();
    new DataView(bad.buffer).setUint32(12, 13, true);
    const got = read(bad);
    expectIntactExcept(file, got, []);
    expect(got.summary.header).toBeUndefined();
    expect(got.summary.problems).toEqual([{ fileOffset: 0, event: -1, reason: 'file header length 13 is impossible' }]);
  });

  it('a file cut inside its header is reported as truncated', () => {
    const got = read(file.bytes.subarray(0, 40));
    expect(got.summary.eventsOk).toBe(0);
    expect(got.summary.problems[0].reason).toMatch(/file truncated inside its header/);
  });
});
