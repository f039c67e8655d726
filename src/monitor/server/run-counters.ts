/**
 * Run, spill and trigger bookkeeping of the monitor: current run/spill, events per spill,
 * trigger-bit counts, particles on target per run and the event rates.
 *
 * Particles on target: the raw format has no beam scaler block, so the monitor counts the
 * recorded events — exact for the simulation, which writes every beam particle as an event
 * (src/sim/simulation-run.ts); for real data it is the number of triggers until a scaler
 * block exists (docs/monitor.md).
 */
import { Hist1D } from '../../analysis/hist/index.js';
import type { RawEventBatch } from '../../daq/index.js';

/** Bits shown in the trigger histogram (bit 0 physics, 1 beam, 2 random: src/sim/response/trigger-bits.ts). */
const TRIGGER_BITS = 8;
/** Spills shown in `events_per_spill`: 0 … 199. */
const MAX_SPILLS = 200;
/** Window of the processing-rate estimate [s]. */
const RATE_WINDOW_S = 2;
/** Length of the rate history [s]. */
const HISTORY_S = 300;

/** Run/spill/trigger counters. */
export class RunCounters {
  run = -1;
  spill = -1;
  eventsProcessed = 0;
  eventsInSpill = 0;
  /** Events (= particles on target, see the file comment) per run. */
  readonly potPerRun = new Map<number, number>();
  readonly triggerBits = new Hist1D('trigger_bits', 'trigger bits set (0 physics, 1 beam, 2 random)', TRIGGER_BITS, 0, TRIGGER_BITS, 'bit', 'events');
  readonly eventsPerSpill = new Hist1D('events_per_spill', 'events per spill', MAX_SPILLS, 0, MAX_SPILLS, 'spill', 'events');
  /** Time stamp of the last event [ns since the start of the run]. */
  lastTimestampNs = 0;
  private readonly rateSamples: { t: number; n: number }[] = [];
  private spillFirstNs = 0;
  /** Events per wall-clock second, a ring over the last HISTORY_S seconds, and the newest second in it. */
  private readonly perSecond = new Float64Array(HISTORY_S);
  private newestSecond = -1;

  /** Counts the events of `b`; `nowMs` is the wall clock at processing. */
  fillBatch(b: RawEventBatch, nowMs: number): void {
    for (let i = 0; i < b.n; i++) {
      const run = b.run[i];
      if (run !== this.run) {
        this.run = run;
        this.spill = -1;
      }
      if (b.spill[i] !== this.spill) {
        this.spill = b.spill[i];
        this.eventsInSpill = 0;
        this.spillFirstNs = b.timestampNs[i];
      }
      this.eventsInSpill++;
      this.eventsPerSpill.fill(this.spill + 0.5);
      const bits = b.triggerBits[i];
      for (let k = 0; k < TRIGGER_BITS; k++) if (bits & (1 << k)) this.triggerBits.fill(k + 0.5);
      this.lastTimestampNs = b.timestampNs[i];
    }
    this.countSecond(Math.floor(nowMs / 1000), b.n);
    if (b.n > 0) this.potPerRun.set(this.run, (this.potPerRun.get(this.run) ?? 0) + b.n);
    this.eventsProcessed += b.n;
    const last = this.rateSamples[this.rateSamples.length - 1];
    // One sample per 100 ms is enough for a rate over 2 s (and keeps the list short).
    if (last && nowMs - last.t < 100) last.n = this.eventsProcessed;
    else this.rateSamples.push({ t: nowMs, n: this.eventsProcessed });
    while (this.rateSamples.length > 2 && nowMs - this.rateSamples[0].t > RATE_WINDOW_S * 1000) this.rateSamples.shift();
  }

  /** Processing rate [events/s] over the last ~2 s of wall clock (0 before two batches). */
  processingRate(nowMs: number): number {
    const s = this.rateSamples;
    if (s.length < 2) return 0;
    const first = s[0];
    const dt = Math.max(nowMs, s[s.length - 1].t) - first.t;
    return dt > 0 ? ((s[s.length - 1].n - first.n) * 1000) / dt : 0;
  }

  private countSecond(sec: number, n: number): void {
    if (this.newestSecond < 0) this.newestSecond = sec;
    for (let s = this.newestSecond + 1; s <= sec && s - this.newestSecond <= HISTORY_S; s++) this.perSecond[s % HISTORY_S] = 0;
    if (sec > this.newestSecond) this.newestSecond = sec;
    if (this.newestSecond - sec < HISTORY_S) this.perSecond[sec % HISTORY_S] += n;
  }

  /** Events processed per wall-clock second over the last 300 s (x: seconds before `nowMs`). */
  rateHistory(nowMs: number): Hist1D {
    const h = new Hist1D('rate_history', 'events processed per second (last 5 min)', HISTORY_S, -HISTORY_S, 0, 't − now [s]', 'events / s');
    const now = Math.floor(nowMs / 1000);
    this.countSecond(now, 0);
    for (let i = 1; i <= HISTORY_S; i++) {
      const sec = now - HISTORY_S + i;
      h.contents[i] = sec > this.newestSecond - HISTORY_S ? this.perSecond[((sec % HISTORY_S) + HISTORY_S) % HISTORY_S] : 0;
    }
    h.entries = this.eventsProcessed;
    return h;
  }

  /** Rate in the current spill from the event time stamps [events per second of beam time] (0 if undefined). */
  spillRate(): number {
    const dt = (this.lastTimestampNs - this.spillFirstNs) * 1e-9;
    return dt > 0 ? (this.eventsInSpill - 1) / dt : 0;
  }

  /** Empties the counters (the run and spill numbers stay). */
  reset(): void {
    this.eventsProcessed = 0;
    this.eventsInSpill = 0;
    this.potPerRun.clear();
    this.triggerBits.reset();
    this.eventsPerSpill.reset();
    this.rateSamples.length = 0;
    this.perSecond.fill(0);
  }
}
