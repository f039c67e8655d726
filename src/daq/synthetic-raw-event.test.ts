import { describe, expect, it } from 'vitest';
import { RawEvent } from './raw-event.js';
import { NA64_LIKE_SHAPE, fillSyntheticEvent } from './synthetic-raw-event.js';

describe('fillSyntheticEvent', () => {
  it('fillSyntheticEvent(ev, n) has the NA64-like shape and 12-bit samples', () => {
    const ev = fillSyntheticEvent(new RawEvent(), 12345);
    expect([ev.nAdc, ev.samplesPerChannel, ev.nStraw, ev.nStrip]).toEqual([130, 32, 36, 48]);
    expect(ev.eventNumber).toBe(12345);
    expect([ev.spill, ev.eventInSpill]).toEqual([2, 2345]);
    const samples = ev.adcSamples.subarray(0, 130 * 32);
    expect(Math.max(...samples)).toBeLessThanOrEqual(4095);
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(130); // pedestal 140–160 minus noise
  });

  it('fillSyntheticEvent(ev, n) depends only on (seed, n)', () => {
    const a = fillSyntheticEvent(new RawEvent(), 7, NA64_LIKE_SHAPE, 3);
    const b = new RawEvent();
    fillSyntheticEvent(b, 8, { adcChannels: 3, samplesPerChannel: 4, strawHits: 1, stripHits: 0 }, 3);
    fillSyntheticEvent(b, 7, NA64_LIKE_SHAPE, 3);
    expect(Array.from(b.adcSamples.subarray(0, 130 * 32))).toEqual(Array.from(a.adcSamples.subarray(0, 130 * 32)));
    expect(b.timestampNs).toBe(a.timestampNs);
    const c = fillSyntheticEvent(new RawEvent(), 7, NA64_LIKE_SHAPE, 4);
    expect(c.timestampNs).not.toBe(a.timestampNs);
  });
});
