/**
 * One event in memory, as the digitizer fills it and the writer serializes it: header fields
 * and typed arrays that grow as needed and are reused from event to event (no allocation per
 * event once they have grown to the largest event).
 */
import { EmissError } from '../core/index.js';

/** A raw event: header, SADC waveforms, straw hits, strip hits (docs/raw-format.md). */
export class RawEvent {
  /** Run number (u32). */
  run = 0;
  /** Spill number in the run (u32). */
  spill = 0;
  /** Event number in the spill (u32). */
  eventInSpill = 0;
  /** Trigger bits (u32). */
  triggerBits = 0;
  /** Time since the start of the run [ns] (float64). */
  timestampNs = 0;
  /** Global event number in the run (an integer 0 … 2^53). */
  eventNumber = 0;
  /**
   * SADC samples per channel (1 … 65535). Set it before the first {@link addAdc} of an
   * event; {@link reset} keeps it.
   */
  samplesPerChannel = 32;

  /** Number of SADC channels in use. */
  nAdc = 0;
  /** SADC channel ids; entries 0 … nAdc − 1 are in use. */
  adcChannel = new Uint16Array(16);
  /** SADC samples, channel-major: channel k's samples are `adcSamples[k·S … k·S + S − 1]`, S = samplesPerChannel. */
  adcSamples = new Uint16Array(16 * 32);

  /** Number of straw hits. */
  nStraw = 0;
  /** Straw channel ids. */
  strawChannel = new Uint32Array(16);
  /** Straw hit times [ns]. */
  strawTimeNs = new Float32Array(16);

  /** Number of strip hits. */
  nStrip = 0;
  /** Strip channel ids. */
  stripChannel = new Uint32Array(16);
  /** Strip charges [ADC counts]. */
  stripCharge = new Uint16Array(16);
  /** Strip hit times [ns]. */
  stripTimeNs = new Float32Array(16);

  /** Empties the event (header fields to 0, no channels or hits); keeps samplesPerChannel and the storage. */
  reset(): void {
    this.run = 0;
    this.spill = 0;
    this.eventInSpill = 0;
    this.triggerBits = 0;
    this.timestampNs = 0;
    this.eventNumber = 0;
    this.nAdc = 0;
    this.nStraw = 0;
    this.nStrip = 0;
  }

  /**
   * Adds a SADC channel (id 0 … 65535) with zeroed samples; returns the offset into
   * {@link adcSamples} where its samplesPerChannel samples go. `zeroFill = false` leaves the
   * samples as they are, for a caller that writes all of them (the digitizer).
   */
  addAdc(channel: number, zeroFill = true): number {
    if (!(channel >= 0 && channel <= 0xffff && Number.isInteger(channel))) {
      throw new EmissError('BAD_OPTION', 'RawEvent.addAdc', `channel id ${channel} does not fit in 16 bits`, 'an integer 0 … 65535');
    }
    const s = this.samplesPerChannel;
    const k = this.nAdc;
    if (k === this.adcChannel.length) this.adcChannel = grow(this.adcChannel, 2 * k);
    const need = (k + 1) * s;
    if (need > this.adcSamples.length) this.adcSamples = grow(this.adcSamples, Math.max(need, 2 * this.adcSamples.length));
    this.adcChannel[k] = channel;
    const offset = k * s;
    if (zeroFill) this.adcSamples.fill(0, offset, offset + s);
    this.nAdc = k + 1;
    return offset;
  }

  /** Adds a straw hit: channel id (u32), time [ns] (stored as float32). */
  addStraw(channel: number, timeNs: number): void {
    const k = this.nStraw;
    if (k === this.strawChannel.length) {
      this.strawChannel = grow(this.strawChannel, 2 * k);
      this.strawTimeNs = grow(this.strawTimeNs, 2 * k);
    }
    this.strawChannel[k] = channel;
    this.strawTimeNs[k] = timeNs;
    this.nStraw = k + 1;
  }

  /** Adds a strip hit: channel id (u32), charge [ADC counts, u16], time [ns] (stored as float32). */
  addStrip(channel: number, charge: number, timeNs: number): void {
    const k = this.nStrip;
    if (k === this.stripChannel.length) {
      this.stripChannel = grow(this.stripChannel, 2 * k);
      this.stripCharge = grow(this.stripCharge, 2 * k);
      this.stripTimeNs = grow(this.stripTimeNs, 2 * k);
    }
    this.stripChannel[k] = channel;
    this.stripCharge[k] = charge;
    this.stripTimeNs[k] = timeNs;
    this.nStrip = k + 1;
  }
}

/** A larger copy of a typed array (contents kept). */
function grow<T extends Uint16Array | Uint32Array | Float32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, 16));
  b.set(a);
  return b;
}
