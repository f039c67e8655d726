/**
 * A batch of decoded events as struct-of-arrays: what the reader hands out. Event i's SADC
 * channels are `adcChannel[adcOffset[i] … adcOffset[i+1] − 1]`; channel j's samples are
 * `adcSamples[j·S … j·S + S − 1]` with S = samplesPerChannel (the same for every event of a
 * batch); straw and strip hits likewise through `strawOffset` and `stripOffset`.
 */
import type { RawEvent } from './raw-event.js';

/** Decoded events, column by column (every array holds exactly the batch's entries). */
export interface RawEventBatch {
  /** Number of events. */
  n: number;
  /** SADC samples per channel, shared by all events of the batch. */
  samplesPerChannel: number;
  /** Global event numbers. */
  eventNumber: Float64Array;
  /** Run numbers. */
  run: Uint32Array;
  /** Spill numbers. */
  spill: Uint32Array;
  /** Event numbers in the spill. */
  eventInSpill: Uint32Array;
  /** Trigger bits. */
  triggerBits: Uint32Array;
  /** Time since the start of the run [ns]. */
  timestampNs: Float64Array;
  /** File offset of each event's record [bytes]. */
  fileOffset: Float64Array;
  /** n + 1 offsets into adcChannel. */
  adcOffset: Uint32Array;
  /** SADC channel ids of all events, event after event. */
  adcChannel: Uint16Array;
  /** adcChannel.length × samplesPerChannel samples, channel-major. */
  adcSamples: Uint16Array;
  /** n + 1 offsets into the straw columns. */
  strawOffset: Uint32Array;
  /** Straw channel ids. */
  strawChannel: Uint32Array;
  /** Straw hit times [ns]. */
  strawTimeNs: Float32Array;
  /** n + 1 offsets into the strip columns. */
  stripOffset: Uint32Array;
  /** Strip channel ids. */
  stripChannel: Uint32Array;
  /** Strip charges [ADC counts]. */
  stripCharge: Uint16Array;
  /** Strip hit times [ns]. */
  stripTimeNs: Float32Array;
}

/** Copies event `i` of `batch` into `ev` (reused; its storage grows as needed); returns `ev`. */
export function batchEvent(batch: RawEventBatch, i: number, ev: RawEvent): RawEvent {
  ev.reset();
  ev.eventNumber = batch.eventNumber[i];
  ev.run = batch.run[i];
  ev.spill = batch.spill[i];
  ev.eventInSpill = batch.eventInSpill[i];
  ev.triggerBits = batch.triggerBits[i];
  ev.timestampNs = batch.timestampNs[i];
  const s = batch.samplesPerChannel;
  ev.samplesPerChannel = s;
  for (let j = batch.adcOffset[i]; j < batch.adcOffset[i + 1]; j++) {
    const o = ev.addAdc(batch.adcChannel[j]);
    ev.adcSamples.set(batch.adcSamples.subarray(j * s, (j + 1) * s), o);
  }
  for (let j = batch.strawOffset[i]; j < batch.strawOffset[i + 1]; j++) ev.addStraw(batch.strawChannel[j], batch.strawTimeNs[j]);
  for (let j = batch.stripOffset[i]; j < batch.stripOffset[i + 1]; j++) ev.addStrip(batch.stripChannel[j], batch.stripCharge[j], batch.stripTimeNs[j]);
  return ev;
}

/** A copy of `batch` that owns its arrays (the reader's batches are valid only during the callback). */
export function cloneBatch(batch: RawEventBatch): RawEventBatch {
  return {
    n: batch.n,
    samplesPerChannel: batch.samplesPerChannel,
    eventNumber: batch.eventNumber.slice(),
    run: batch.run.slice(),
    spill: batch.spill.slice(),
    eventInSpill: batch.eventInSpill.slice(),
    triggerBits: batch.triggerBits.slice(),
    timestampNs: batch.timestampNs.slice(),
    fileOffset: batch.fileOffset.slice(),
    adcOffset: batch.adcOffset.slice(),
    adcChannel: batch.adcChannel.slice(),
    adcSamples: batch.adcSamples.slice(),
    strawOffset: batch.strawOffset.slice(),
    strawChannel: batch.strawChannel.slice(),
    strawTimeNs: batch.strawTimeNs.slice(),
    stripOffset: batch.stripOffset.slice(),
    stripChannel: batch.stripChannel.slice(),
    stripCharge: batch.stripCharge.slice(),
    stripTimeNs: batch.stripTimeNs.slice(),
  };
}
