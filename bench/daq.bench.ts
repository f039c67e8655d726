/** Benchmarks of the raw event format (issue 4): encoding, CRC-32C and streaming decoding of NA64-like events. */
import { RawEncoder, RawEvent, RawStreamReader, crc32c, encodeFileHeader, fillSyntheticEvent, NA64_LIKE_SHAPE } from '../src/daq/index.js';
import { bench } from './harness.js';
import type { BenchResult } from './harness.js';

/**
 * Runs the daq benchmarks on 2000 synthetic NA64-like events (130 SADC channels × 32 samples, 36 straw and 48 strip hits).
 * The decode budget is the 200 MB/s.
 */
export function daqBenchmarks(): BenchResult[] {
  const nEvents = 2000;
  const distinct = 50;
  const events = Array.from({ length: distinct }, (_, i) => fillSyntheticEvent(new RawEvent(), i, NA64_LIKE_SHAPE));
  const enc = new RawEncoder();
  const header = encodeFileHeader({ run: 1, setupName: 'bench', setupHash: new Uint8Array(32), createdMs: 0 });
  const records = events.map((ev) => enc.encode(ev).slice());
  const fileBytes = header.length + Array.from({ length: nEvents }, (_, i) => records[i % distinct].length).reduce((a, b) => a + b, 0);
  const file = new Uint8Array(fileBytes);
  file.set(header);
  for (let i = 0, at = header.length; i < nEvents; at += records[i % distinct].length, i++) file.set(records[i % distinct], at);
  const recordBytes = records[0].length;
  const rates = (bytes: number, n: number) => (ms: number) => `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s, ${((n / (ms / 1000)) / 1e3).toFixed(0)} k events/s`;
  const chunk = 1 << 20;

  const out: BenchResult[] = [];
  out.push(
    bench(`encode ${nEvents} events (${(recordBytes / 1024).toFixed(1)} KiB each), RawEncoder reused`, () => {
      for (let i = 0; i < nEvents; i++) enc.encode(events[i % distinct]);
    }, { runs: 10, note: rates(fileBytes, nEvents) }),
  );
  out.push(bench(`CRC-32C of ${(fileBytes / 1e6).toFixed(1)} MB`, () => crc32c(file), { runs: 10, note: rates(fileBytes, nEvents) }));
  out.push(
    bench(`decode ${(fileBytes / 1e6).toFixed(1)} MB (RawStreamReader, 1 MiB chunks, batches of 1024)`, () => {
      let n = 0;
      const r = new RawStreamReader((b) => (n += b.n));
      for (let at = 0; at < file.length; at += chunk) r.push(file.subarray(at, at + chunk));
      r.end();
      if (n !== nEvents) throw new Error(`decoded ${n} of ${nEvents} events`);
    }, { runs: 10, budgetMs: (fileBytes / 200e6) * 1000, note: rates(fileBytes, nEvents) }),
  );
  return out;
}
