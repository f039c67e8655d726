import { describe, expect, it } from 'vitest';
import { EmissError } from '../core/index.js';
import { RawEvent } from './raw-event.js';

describe('RawEvent', () => {
  it('addAdc(channel) returns consecutive channel-major offsets and grows the storage', () => {
    const ev = new RawEvent();
    ev.samplesPerChannel = 7;
    for (let k = 0; k < 100; k++) {
      const o = ev.addAdc(1000 + k);
      expect(o).toBe(7 * k);
      ev.adcSamples.fill(k, o, o + 7);
    }
    expect(ev.nAdc).toBe(100);
    expect(ev.adcChannel[99]).toBe(1099);
    expect(ev.adcSamples[7 * 42 + 6]).toBe(42);
    expect(ev.adcSamples[7 * 43]).toBe(43);
  });

  it('addAdc(channel) zeroes the samples left from a previous event', () => {
    const ev = new RawEvent();
    ev.adcSamples.fill(9, 0, 64);
    ev.addAdc(1);
    expect(Array.from(ev.adcSamples.subarray(0, 32))).toEqual(new Array(32).fill(0));
  });

  it('addAdc(channel) rejects an id that does not fit in 16 bits', () => {
    const ev = new RawEvent();
    expect(() => ev.addAdc(65536)).toThrow(EmissError);
    expect(() => ev.addAdc(-1)).toThrow(/RawEvent.addAdc/);
  });

  it('addStraw and addStrip append hits past the initial capacity', () => {
    const ev = new RawEvent();
    for (let k = 0; k < 40; k++) {
      ev.addStraw(k, k + 0.5);
      ev.addStrip(2 * k, 3 * k, -k);
    }
    expect(ev.nStraw).toBe(40);
    expect(ev.strawTimeNs[39]).toBe(39.5);
    expect(ev.nStrip).toBe(40);
    expect([ev.stripChannel[39], ev.stripCharge[39], ev.stripTimeNs[39]]).toEqual([78, 117, -39]);
  });

  it('reset() empties the event and keeps samplesPerChannel', () => {
    const ev = new RawEvent();
    ev.samplesPerChannel = 12;
    ev.eventNumber = 5;
    ev.addAdc(3);
    ev.addStraw(1, 1);
    ev.reset();
    expect([ev.nAdc, ev.nStraw, ev.nStrip, ev.eventNumber, ev.samplesPerChannel]).toEqual([0, 0, 0, 0, 12]);
  });
});
