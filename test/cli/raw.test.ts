import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RawEncoder, RawEvent, encodeFileHeader, fillSyntheticEvent } from '../../src/daq/index.js';
import { buildRawFile } from '../support/raw-files.js';
import { assertNoNonFinite, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-raw-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `n` NA64-like events (run 12, setup 'na64e-2023'). */
function na64File(name: string, n: number): { path: string; bytes: Uint8Array; offsets: number[] } {
  const enc = new RawEncoder();
  const ev = new RawEvent();
  const parts = [encodeFileHeader({ run: 12, setupName: 'na64e-2023', setupHash: new Uint8Array(32).fill(0x5a), createdMs: Date.UTC(2023, 5, 1), samplesPerChannel: 32 })];
  for (let i = 0; i < n; i++) parts.push(enc.encode(fillSyntheticEvent(ev, i, undefined, 1, 12)).slice());
  const bytes = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  const offsets: number[] = [];
  parts.reduce((at, p, k) => {
    if (k > 0) offsets.push(at);
    bytes.set(p, at);
    return at + p.length;
  }, 0);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, bytes, offsets };
}

const good = na64File('good.emraw', 25);
const damaged = (() => {
  const bytes = good.bytes.slice();
  bytes[good.offsets[3] + 100] ^= 0x40; // event 3: CRC mismatch
  const path = join(dir, 'damaged.emraw');
  writeFileSync(path, bytes.subarray(0, good.offsets[24] + 50)); // event 24: truncated
  return path;
})();

describe('emiss raw validate', () => {
  it('raw validate --json on an intact file: events_ok, no problems, exit code 0', async () => {
    const r = await runInProcess(['raw', 'validate', good.path, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ events_ok: 25, events_damaged: 0, problems: [] });
    expect(r.err).toBe('');
  });

  it('raw validate --json on a damaged file: the problems with offset, event and reason, exit code 1', async () => {
    const r = await runInProcess(['raw', 'validate', damaged, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.events_ok).toBe(23);
    expect(j.events_damaged).toBe(2);
    expect(j.problems).toEqual([
      { offset: good.offsets[3], event: 3, reason: 'CRC mismatch' },
      { offset: good.offsets[24], event: 24, reason: expect.stringMatching(/^record truncated at the end of the file/) },
    ]);
    assertNoNonFinite(r.out);
  });

  it('raw validate (text) lists each problem and exits 1', async () => {
    const r = await runInProcess(['raw', 'validate', damaged]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/23 events intact, 2 damaged, 2 problems/);
    expect(r.out).toContain(`offset ${good.offsets[3]}: event 3: CRC mismatch`);
  });
});

describe('emiss raw info', () => {
  it('raw info --json prints the header and the counts', async () => {
    const r = await runInProcess(['raw', 'info', good.path, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({
      bytes: good.bytes.length,
      version: 1,
      run: 12,
      setup_name: 'na64e-2023',
      setup_hash: '5a'.repeat(32),
      created: '2023-06-01T00:00:00.000Z',
      samples_per_channel: 32,
      header_intact: true,
      events_ok: 25,
      events_damaged: 0,
      first_event: 0,
      last_event: 24,
      spills: 1,
      adc_channels_per_event: 130,
      straw_hits_per_event: 36,
      strip_hits_per_event: 48,
    });
  });

  it('raw info (text) on a damaged file names the counts and points to validate', async () => {
    const r = await runInProcess(['raw', 'info', damaged]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/run 12, setup 'na64e-2023'/);
    expect(r.out).toMatch(/events: 23 intact, 2 damaged; event numbers 0 … 23/);
    expect(r.out).toMatch(/2 problems: see emiss raw validate/);
  });
});

describe('emiss raw dump', () => {
  it('raw dump --event N --json prints that event with a summary per channel', async () => {
    const r = await runInProcess(['raw', 'dump', good.path, '--event', '7', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.events).toHaveLength(1);
    const e = j.events[0];
    const ev = fillSyntheticEvent(new RawEvent(), 7, undefined, 1, 12);
    expect(e).toMatchObject({ event: 7, offset: good.offsets[7], run: 12, spill: 0, event_in_spill: 7, trigger_bits: ev.triggerBits, timestamp_ns: ev.timestampNs, samples_per_channel: 32 });
    expect(e.adc).toHaveLength(130);
    const w = Array.from(ev.adcSamples.subarray(5 * 32, 6 * 32));
    expect(e.adc[5]).toEqual({ channel: 5, pedestal: Math.round(((w[0] + w[1] + w[2] + w[3]) / 4) * 10) / 10, peak: Math.max(...w), peak_sample: w.indexOf(Math.max(...w)) });
    expect(e.straw[0]).toEqual({ channel: ev.strawChannel[0], time_ns: ev.strawTimeNs[0] });
    expect(e.strip[47]).toEqual({ channel: ev.stripChannel[47], charge: ev.stripCharge[47], time_ns: ev.stripTimeNs[47] });
  });

  it('raw dump --limit K prints K events; --samples adds the waveforms', async () => {
    const r = await runInProcess(['raw', 'dump', good.path, '--limit', '3', '--samples']);
    expect(r.code).toBe(0);
    expect(r.out.match(/^event \d+ /gm)).toEqual(['event 0 ', 'event 1 ', 'event 2 ']);
    expect(r.out.match(/^ {2}sadc /gm)).toHaveLength(3 * 130);
    expect(r.out).toMatch(/peak +\d+ @ \d+ {2}\[(\d+ ){31}\d+\]/);
  });

  it('raw dump of a damaged file prints the intact events and the problems', async () => {
    const r = await runInProcess(['raw', 'dump', damaged, '--limit', '100', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.events.map((e: { event: number }) => e.event)).toEqual([...Array(24).keys()].filter((k) => k !== 3));
    expect(j.problems).toHaveLength(2);
  });

  it('raw dump of a file with random float bits writes only finite JSON', async () => {
    const path = join(dir, 'random.emraw');
    writeFileSync(path, buildRawFile(20, 3).bytes);
    const r = await runInProcess(['raw', 'dump', path, '--limit', '20', '--json']);
    expect(r.code).toBe(0);
    assertNoNonFinite(r.out);
    expect(JSON.parse(r.out).events).toHaveLength(20);
  });
});

describe('emiss raw: bad input is one line, exit code 2', () => {
  async function badInput(argv: string[], pattern: RegExp): Promise<void> {
    const r = await runInProcess(argv);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.err).toMatch(pattern);
    expect(r.out).toBe('');
  }
  it('a missing file', () => badInput(['raw', 'validate', join(dir, 'nope.emraw'), '--json'], /nope\.emraw: no such raw file/));
  it('a file that is not a raw file', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'these are not the events you are looking for');
    await badInput(['raw', 'info', path], /notes\.txt: not an emiss raw file/);
  });
  it('an empty file', async () => {
    const path = join(dir, 'empty.emraw');
    writeFileSync(path, '');
    await badInput(['raw', 'validate', path], /empty\.emraw: empty file/);
  });
  it('an event that is not in the file', () => badInput(['raw', 'dump', good.path, '--event', '999'], /--event: no intact event 999/));
  it('a malformed --limit', () => badInput(['raw', 'dump', good.path, '--limit', '0'], /--limit: 0 must be an integer ≥ 1/));
  it('an unknown option of a sub-command', () => badInput(['raw', 'info', good.path, '--frobnicate'], /^emiss: unknown option '--frobnicate'/));
});
