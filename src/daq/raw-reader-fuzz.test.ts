/**
 * RawStreamReader on randomly damaged files: flipped bytes, inserted garbage (some of it
 * holding sync words with plausible lengths), deleted ranges and cuts, in random combinations,
 * read in chunks of random sizes. Checks the guarantees of docs/raw-format.md, "Damage".
 */
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../core/index.js';
import { buildRawFile, readBack, sameBytes } from '../../test/support/raw-files.js';

const SYNC = [0x45, 0x56, 0x4e, 0x54];

interface Damaged {
  bytes: Uint8Array;
  /** For each byte, the original byte index it is an unchanged copy of, or −1. */
  origin: Int32Array;
  description: string[];
}

function damage(original: Uint8Array, from: number, rs: RandomStream): Damaged {
  let bytes = original;
  let origin: Int32Array = new Int32Array(original.length);
  for (let i = 0; i < origin.length; i++) origin[i] = i;
  const description: string[] = [];
  const pick = (lo: number, hi: number): number => lo + (rs.uint32() % Math.max(1, hi - lo));
  const nOps = 1 + (rs.uint32() % 4);
  for (let op = 0; op < nOps; op++) {
    const kind = rs.uint32() % 10;
    if (kind < 4) {
      const at = pick(from, bytes.length);
      bytes = bytes.slice();
      origin = origin.slice();
      bytes[at] ^= 1 + (rs.uint32() % 255);
      origin[at] = -1;
      description.push(`flip ${at}`);
    } else if (kind < 7) {
      const at = pick(from, bytes.length + 1);
      const g = Uint8Array.from({ length: 1 + (rs.uint32() % 200) }, () => rs.uint32() & 0xff);
      if (rs.uint32() % 3 === 0 && g.length >= 8) {
        // A fake record start: sync word and a plausible body length.
        const o = rs.uint32() % (g.length - 7);
        g.set(SYNC, o);
        new DataView(g.buffer).setUint32(o + 4, 8 * (4 + (rs.uint32() % 2000)), true);
      }
      bytes = concat([bytes.subarray(0, at), g, bytes.subarray(at)]);
      origin = concatI([origin.subarray(0, at), new Int32Array(g.length).fill(-1), origin.subarray(at)]);
      description.push(`insert ${g.length} at ${at}`);
    } else if (kind < 9) {
      const at = pick(from, bytes.length);
      const n = 1 + (rs.uint32() % 300);
      bytes = concat([bytes.subarray(0, at), bytes.subarray(at + n)]);
      origin = concatI([origin.subarray(0, at), origin.subarray(at + n)]);
      description.push(`delete ${n} at ${at}`);
    } else {
      const at = pick(from, bytes.length);
      bytes = bytes.slice(0, at);
      origin = origin.slice(0, at);
      description.push(`cut at ${at}`);
    }
  }
  return { bytes, origin, description };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function concatI(parts: Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('RawStreamReader on randomly damaged files (fuzz)', () => {
  const file = buildRawFile(200, 42);
  const n = file.records.length;
  const recordStarts = new Set(file.offsets);

  it('push/end never throw; every intact record is delivered bit-exact, every damaged one with a surviving sync word is reported', () => {
    let damagedSeen = 0;
    let garbageSyncsSeen = 0;
    for (let trial = 0; trial < 400; trial++) {
      const rs = new RandomStream(2024, trial);
      const d = damage(file.bytes, file.headerBytes, rs);
      const where = `trial ${trial}: ${d.description.join(', ')}`;
      // Where each original byte went (−1 if changed or gone).
      const newPos = new Int32Array(file.bytes.length).fill(-1);
      for (let j = 0; j < d.origin.length; j++) if (d.origin[j] >= 0) newPos[d.origin[j]] = j;
      const consecutive = (start: number, len: number): boolean => {
        const j = newPos[start];
        if (j < 0) return false;
        for (let t = 1; t < len; t++) if (newPos[start + t] !== j + t) return false;
        return true;
      };
      const intact: number[] = [];
      const damagedWithSync: number[] = [];
      for (let k = 0; k < n; k++) {
        if (consecutive(file.offsets[k], file.records[k].length)) intact.push(k);
        else if (consecutive(file.offsets[k], 4)) damagedWithSync.push(k);
      }
      // Sync words that are not the start of an original record: created by the damage.
      const inIntact = new Uint8Array(d.bytes.length);
      for (const k of intact) inIntact.fill(1, newPos[file.offsets[k]], newPos[file.offsets[k]] + file.records[k].length);
      let createdSyncs = 0;
      for (let j = 0; j + 4 <= d.bytes.length; j++) {
        if (d.bytes[j] === 0x45 && d.bytes[j + 1] === 0x56 && d.bytes[j + 2] === 0x4e && d.bytes[j + 3] === 0x54 && !inIntact[j]) {
          const o = d.origin[j];
          const isRecordStart = o >= 0 && recordStarts.has(o) && d.origin[j + 3] === o + 3;
          if (!isRecordStart) createdSyncs++;
        }
      }
      garbageSyncsSeen += createdSyncs;
      damagedSeen += damagedWithSync.length;

      const got = readBack(d.bytes, () => 1 + (rs.uint32() % 3000), { batchSize: 1 + (rs.uint32() % 50) });
      const s = got.summary;

      // Every intact record, and nothing else, is delivered bit-exact, in order, at its new offset.
      expect(got.records.length, where).toBe(intact.length);
      const wrong = intact.filter((k, i) => !sameBytes(got.records[i], file.records[k]) || got.offsets[i] !== newPos[file.offsets[k]]);
      expect(wrong, where).toEqual([]);
      expect(s.eventsOk, where).toBe(intact.length);
      // Every damaged record whose sync word survives is reported at its offset.
      const reported = new Set(s.problems.map((p) => p.fileOffset));
      expect(damagedWithSync.filter((k) => !reported.has(newPos[file.offsets[k]])), `${where}: not reported`).toEqual([]);
      // The count of damaged events, within the stated bounds.
      expect(s.eventsDamaged, where).toBeGreaterThanOrEqual(damagedWithSync.length);
      expect(s.eventsDamaged, where).toBeLessThanOrEqual(damagedWithSync.length + createdSyncs + 1);
      // Damage is never silent, unless the file was merely cut at a record boundary.
      const cleanCut = d.bytes.length <= file.bytes.length && sameBytes(d.bytes, file.bytes.subarray(0, d.bytes.length)) && [...file.offsets, file.bytes.length].includes(d.bytes.length);
      if (cleanCut) expect(s.problemCount, where).toBe(0);
      else expect(s.problemCount, where).toBeGreaterThan(0);
      expect(s.bytesRead, where).toBe(d.bytes.length);
    }
    // The trials did exercise damaged records and sync words planted in garbage.
    expect(damagedSeen).toBeGreaterThan(200);
    expect(garbageSyncsSeen).toBeGreaterThan(50);
  });

  it('push/end on damage that keeps every sync word: events_ok + events_damaged is the number of events written', () => {
    for (let trial = 0; trial < 100; trial++) {
      const rs = new RandomStream(77, trial);
      const bad = file.bytes.slice();
      const hit = new Set<number>();
      for (let f = 0; f < 1 + (rs.uint32() % 10); f++) {
        const k = rs.uint32() % n;
        const at = file.offsets[k] + 4 + (rs.uint32() % (file.records[k].length - 4)); // anywhere but the sync word
        bad[at] ^= 1 + (rs.uint32() % 255);
        hit.add(k);
      }
      const s = readBack(bad, 8192).summary;
      expect(s.eventsOk).toBe(n - hit.size);
      expect(s.eventsOk + s.eventsDamaged).toBe(n);
      // One problem per damaged record, at its offset (no sync word was touched).
      expect(s.problems.map((p) => p.fileOffset)).toEqual([...hit].sort((a, b) => a - b).map((k) => file.offsets[k]));
    }
  });
});
