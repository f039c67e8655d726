/**
 * Synthetic raw events for tests, benchmarks and demonstrations of the format: the shape of an
 * NA64 event (about 130 calorimeter channels of 32 SADC samples, a few dozen straw and strip
 * hits), filled with deterministic pseudo-random content. Not a detector model: the
 * simulation's digitizer makes real ones.
 */
import { RandomStream } from '../core/index.js';
import type { RawEvent } from './raw-event.js';

/** How many channels and hits a synthetic event has. */
export interface SyntheticEventShape {
  /** SADC channels (ids 0 … adcChannels − 1). */
  adcChannels: number;
  /** SADC samples per channel. */
  samplesPerChannel: number;
  /** Straw hits. */
  strawHits: number;
  /** Strip hits. */
  stripHits: number;
}

/**
 * The shape of an NA64 (2021–2023) event: 130 SADC channels (ECAL 2 × 36 cells, HCAL 4 × 9
 * modules, veto and SRD counters) of 32 samples, 36 straw and 48 strip hits.
 */
export const NA64_LIKE_SHAPE: SyntheticEventShape = { adcChannels: 130, samplesPerChannel: 32, strawHits: 36, stripHits: 48 };

/**
 * Fills `ev` (reset first) with event `eventNumber` of run `run`: waveforms with a pedestal
 * near 150 counts, noise and one pulse of random height and time per channel; hit times
 * uniform in [0, 200) ns. The content depends only on (seed, eventNumber).
 */
export function fillSyntheticEvent(ev: RawEvent, eventNumber: number, shape: SyntheticEventShape = NA64_LIKE_SHAPE, seed = 1, run = 1): RawEvent {
  const rs = new RandomStream(seed, eventNumber, 7);
  ev.reset();
  ev.samplesPerChannel = shape.samplesPerChannel;
  ev.eventNumber = eventNumber;
  ev.run = run;
  ev.spill = Math.floor(eventNumber / 5000);
  ev.eventInSpill = eventNumber % 5000;
  ev.triggerBits = 1 | (rs.uint32() & 6);
  ev.timestampNs = eventNumber * 2e5 + rs.uniform() * 1e5;
  const s = shape.samplesPerChannel;
  for (let k = 0; k < shape.adcChannels; k++) {
    const o = ev.addAdc(k);
    const ped = 140 + 20 * rs.uniform();
    const amp = 3000 * rs.uniform() ** 3;
    const t0 = s * 0.3 * rs.uniform();
    for (let i = 0; i < s; i++) {
      const t = (i - t0) / 2;
      const pulse = t > 0 ? amp * t * t * Math.exp(2 - t) / 4 : 0;
      ev.adcSamples[o + i] = Math.min(4095, Math.round(ped + pulse + 4 * (rs.uniform() - 0.5)));
    }
  }
  for (let k = 0; k < shape.strawHits; k++) ev.addStraw(rs.uint32() % 4096, 200 * rs.uniform());
  for (let k = 0; k < shape.stripHits; k++) ev.addStrip(rs.uint32() % 8192, rs.uint32() & 0xffff, 200 * rs.uniform());
  return ev;
}
