import { describe, expect, it } from 'vitest';
import type { RawEventBatch } from '../../daq/index.js';
import { RunCounters } from './run-counters.js';

/** A batch of n events of one run/spill (only the header columns the counters read). */
function batch(n: number, run: number, spill: number, bits = 1, t0Ns = 0, dtNs = 1000): RawEventBatch {
  const u = (v: number): Uint32Array => new Uint32Array(n).fill(v);
  return {
    n, samplesPerChannel: 32, eventNumber: new Float64Array(n), run: u(run), spill: u(spill), eventInSpill: u(0), triggerBits: u(bits),
    timestampNs: Float64Array.from({ length: n }, (_, i) => t0Ns + i * dtNs), fileOffset: new Float64Array(n),
    adcOffset: new Uint32Array(n + 1), adcChannel: new Uint16Array(0), adcSamples: new Uint16Array(0), strawOffset: new Uint32Array(n + 1), strawChannel: new Uint32Array(0),
    strawTimeNs: new Float32Array(0), stripOffset: new Uint32Array(n + 1), stripChannel: new Uint32Array(0), stripCharge: new Uint16Array(0), stripTimeNs: new Float32Array(0),
  };
}

describe('RunCounters', () => {
  it('counts events per spill, particles on target per run, trigger bits and the in-spill rate', () => {
    const c = new RunCounters();
    c.fillBatch(batch(100, 1, 1, 0b11, 0, 1e6), 1000);
    c.fillBatch(batch(50, 1, 2, 0b01), 1500);
    c.fillBatch(batch(30, 2, 1, 0b100), 2500);
    expect(c.eventsProcessed).toBe(180);
    expect([...c.potPerRun]).toEqual([[1, 150], [2, 30]]);
    expect(c.eventsPerSpill.binContent(2)).toBe(100 + 30);
    expect(c.eventsPerSpill.binContent(3)).toBe(50);
    expect([1, 2, 3].map((b) => c.triggerBits.binContent(b))).toEqual([150, 100, 30]);
    expect(c.run).toBe(2);
    expect(c.spill).toBe(1);
    // 30 events 1 µs apart: 29 intervals in 29 µs → 10⁶ events/s.
    expect(c.spillRate()).toBeCloseTo(1e6, 6);
  });

  it('rateHistory(): events per wall-clock second, newest at the right, older than 300 s forgotten', () => {
    const c = new RunCounters();
    c.fillBatch(batch(10, 1, 1), 1_000_000);
    c.fillBatch(batch(5, 1, 1), 1_000_500);
    c.fillBatch(batch(7, 1, 1), 1_002_100);
    const h = c.rateHistory(1_002_900);
    expect(h.binContent(300)).toBe(7);
    expect(h.binContent(298)).toBe(15);
    expect(h.integral()).toBe(22);
    expect(c.rateHistory(1_400_000).integral()).toBe(0);
  });
});
