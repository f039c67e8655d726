/** Test helpers for the raw format: files of random events, and reading them back chunk by chunk. */
import { RandomStream } from '../../src/core/index.js';
import { RawEncoder, RawEvent, RawStreamReader, batchEvent, encodeFileHeader } from '../../src/daq/index.js';
import type { RawReadSummary, RawReaderOptions } from '../../src/daq/index.js';

/** A raw file in memory with the byte ranges of its records. */
export interface RawTestFile {
  bytes: Uint8Array;
  headerBytes: number;
  /** Each record's bytes (copies). */
  records: Uint8Array[];
  /** Each record's file offset. */
  offsets: number[];
  /** Each record's event number. */
  eventNumbers: number[];
}

/** A finite float32 with random bits (any exponent, either sign). */
function randomFloat32(rs: RandomStream, f: Float32Array, u: Uint32Array): number {
  do u[0] = rs.uint32();
  while (!Number.isFinite(f[0]));
  return f[0];
}

/**
 * Fills `ev` with event `eventNumber` of random shape and full-range content: 0–maxAdc channels
 * of 1–40 samples (every u16 value possible), 0–12 straw and strip hits with random u32
 * channels and float32 times of random bits, header fields up to their limits.
 */
export function fillRandomEvent(ev: RawEvent, seed: number, eventNumber: number, maxAdc = 20): RawEvent {
  const rs = new RandomStream(seed, eventNumber);
  const f = new Float32Array(1);
  const u = new Uint32Array(f.buffer);
  ev.reset();
  ev.samplesPerChannel = 1 + (rs.uint32() % 40);
  ev.eventNumber = eventNumber;
  ev.run = rs.uint32();
  ev.spill = rs.uint32() % 4 === 0 ? 0xffffffff : rs.uint32();
  ev.eventInSpill = rs.uint32();
  ev.triggerBits = rs.uint32();
  ev.timestampNs = (rs.uniform53() - 0.25) * 1e15;
  const nAdc = rs.uint32() % (maxAdc + 1);
  for (let k = 0; k < nAdc; k++) {
    const o = ev.addAdc(rs.uint32() & 0xffff);
    for (let i = 0; i < ev.samplesPerChannel; i++) ev.adcSamples[o + i] = rs.uint32() & 0xffff;
  }
  const nStraw = rs.uint32() % 13;
  for (let k = 0; k < nStraw; k++) ev.addStraw(rs.uint32(), randomFloat32(rs, f, u));
  const nStrip = rs.uint32() % 13;
  for (let k = 0; k < nStrip; k++) ev.addStrip(rs.uint32(), rs.uint32() & 0xffff, randomFloat32(rs, f, u));
  return ev;
}

/** A file of `n` random events numbered from `first` (a large `first` exercises the high word). */
export function buildRawFile(n: number, seed = 1, { first = 0, maxAdc = 20, run = 7 } = {}): RawTestFile {
  const header = encodeFileHeader({ run, setupName: 'na64e-test', setupHash: new Uint8Array(32).fill(0xab), createdMs: 1.7e12, samplesPerChannel: 32 });
  const ev = new RawEvent();
  const enc = new RawEncoder();
  const records: Uint8Array[] = [];
  const offsets: number[] = [];
  const eventNumbers: number[] = [];
  let at = header.length;
  for (let i = 0; i < n; i++) {
    fillRandomEvent(ev, seed, first + i, maxAdc);
    const rec = enc.encode(ev).slice();
    records.push(rec);
    offsets.push(at);
    eventNumbers.push(first + i);
    at += rec.length;
  }
  const bytes = new Uint8Array(at);
  bytes.set(header, 0);
  records.forEach((r, i) => bytes.set(r, offsets[i]));
  return { bytes, headerBytes: header.length, records, offsets, eventNumbers };
}

/** What a read delivered: the events re-encoded (to compare bit by bit), their offsets, the summary. */
export interface ReadBack {
  records: Uint8Array[];
  offsets: number[];
  summary: RawReadSummary;
  batches: number;
}

/**
 * Reads `bytes` through a RawStreamReader in chunks of `chunk` bytes (a number, or a function
 * giving each chunk's size) and re-encodes every delivered event.
 */
export function readBack(bytes: Uint8Array, chunk: number | (() => number) = 4096, options: RawReaderOptions = {}): ReadBack {
  const enc = new RawEncoder();
  const ev = new RawEvent();
  const records: Uint8Array[] = [];
  const offsets: number[] = [];
  let batches = 0;
  const reader = new RawStreamReader((b) => {
    batches++;
    for (let i = 0; i < b.n; i++) {
      records.push(enc.encode(batchEvent(b, i, ev)).slice());
      offsets.push(b.fileOffset[i]);
    }
  }, options);
  for (let at = 0; at < bytes.length; ) {
    const n = Math.max(1, typeof chunk === 'number' ? chunk : chunk());
    reader.push(bytes.subarray(at, at + n));
    at += n;
  }
  return { records, offsets, summary: reader.end(), batches };
}

/** Whether two byte arrays are equal. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
