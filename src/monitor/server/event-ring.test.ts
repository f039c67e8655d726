import { describe, expect, it } from 'vitest';
import { EventRing } from './event-ring.js';
import type { RingEvent } from './event-ring.js';

const ev = (n: number, inBox = false): RingEvent => ({
  event: n, run: 1, spill: 1, event_in_spill: n, trigger_bits: 0, time_ns: n,
  adc: { channel: [], energy_GeV: [] }, straw: { channel: [], time_ns: [] }, strip: { channel: [], charge: [], time_ns: [] }, reco: {}, in_box: inBox,
});

describe('EventRing', () => {
  it('keeps the last `capacity` events, oldest first, and finds them by number', () => {
    const r = new EventRing(3);
    for (let n = 0; n < 5; n++) r.push(ev(n));
    expect(r.list().map((e) => e.event)).toEqual([2, 3, 4]);
    expect(r.latest()?.event).toBe(4);
    expect(r.find(3)?.event).toBe(3);
    expect(r.find(1)).toBeUndefined();
  });

  it('hides what the filter hides (box events while blind)', () => {
    const r = new EventRing(4);
    r.push(ev(1));
    r.push(ev(2, true));
    const visible = (e: RingEvent): boolean => !e.in_box;
    expect(r.latest(visible)?.event).toBe(1);
    expect(r.find(2, visible)).toBeUndefined();
    r.clear();
    expect(r.list()).toEqual([]);
  });
});
