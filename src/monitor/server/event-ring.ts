/**
 * The ring buffer of recent events for the event display: a fixed number of slots, each a
 * copy of one event's raw hits (SADC channels with their estimated energy, straw and strip
 * hits) and its summary (energies, signal-box flag). Only a few events per batch are copied
 * (the last ones), so the copy costs nothing at 20 000 events/s.
 */

/** One event as served by `GET /api/events/:n` (JSON-ready; energies in GeV, times in ns). */
export interface RingEvent {
  event: number;
  run: number;
  spill: number;
  event_in_spill: number;
  trigger_bits: number;
  time_ns: number;
  adc: { channel: number[]; energy_GeV: number[] };
  straw: { channel: number[]; time_ns: number[] };
  strip: { channel: number[]; charge: number[]; time_ns: number[] };
  /**
   * Summary: `reconstructed` 0 with the raw-level energy sums (GeV) of calo-monitor.ts, or 1 with
   * the DST columns of docs/dst.md (reco-columns.ts) once the online reconstruction reached it.
   */
  reco: Record<string, number>;
  /** True when the event lies in the signal box (such events are hidden while the box is blind). */
  in_box: boolean;
}

/** A ring of the last `capacity` copied events. */
export class EventRing {
  private readonly slots: (RingEvent | undefined)[];
  private next = 0;

  constructor(readonly capacity = 256) {
    this.slots = new Array(capacity);
  }

  /** Adds an event (overwrites the oldest when full). */
  push(ev: RingEvent): void {
    this.slots[this.next] = ev;
    this.next = (this.next + 1) % this.capacity;
  }

  /** Events held, oldest first; `visible` filters (e.g. hides box events while blind). */
  list(visible: (e: RingEvent) => boolean = () => true): RingEvent[] {
    const out: RingEvent[] = [];
    for (let k = 0; k < this.capacity; k++) {
      const e = this.slots[(this.next + k) % this.capacity];
      if (e && visible(e)) out.push(e);
    }
    return out;
  }

  /** The newest visible event, if any. */
  latest(visible: (e: RingEvent) => boolean = () => true): RingEvent | undefined {
    for (let k = 1; k <= this.capacity; k++) {
      const e = this.slots[(this.next - k + this.capacity) % this.capacity];
      if (e && visible(e)) return e;
    }
    return undefined;
  }

  /** The event with global number `n`, if still held and visible. */
  find(n: number, visible: (e: RingEvent) => boolean = () => true): RingEvent | undefined {
    for (const e of this.slots) if (e && e.event === n && visible(e)) return e;
    return undefined;
  }

  /** Forgets every event. */
  clear(): void {
    this.slots.fill(undefined);
    this.next = 0;
  }
}
