/**
 * The state of the online monitor: bytes of a raw stream in (any source), decoded by the
 * streaming raw reader (src/daq RawStreamReader), optionally stripped of injected dead straw
 * tubes, then counted and histogrammed incrementally (RunCounters, CaloMonitor, one
 * StrawMonitor per straw chamber); a few events per batch go to the event ring for the display.
 * Node-free by itself; the server (monitor-server.ts) owns one and serves it.
 */
import type { Hist1D, Hist2D } from '../../analysis/hist/index.js';
import { RawStreamReader } from '../../daq/index.js';
import type { RawEventBatch, RawFileHeader } from '../../daq/index.js';
import type { Setup } from '../../setup/index.js';
import type { SimGeometry } from '../../sim/sim-geometry.js';
import { CaloMonitor } from './calo-monitor.js';
import type { CaloBatchSummary } from './calo-monitor.js';
import { StrawChannelDropper } from './drop-straw-channels.js';
import { EventRing } from './event-ring.js';
import type { RingEvent } from './event-ring.js';
import { RECO_MONITOR_COLUMNS } from './reco-columns.js';
import { RecoMonitor } from './reco-monitor.js';
import { RunCounters } from './run-counters.js';
import { strawAlarms } from './straw-alarms.js';
import type { StrawAlarm, StrawReference } from './straw-alarms.js';
import { StrawMonitor } from './straw-monitor.js';

/** Options of {@link MonitorState}. */
export interface MonitorStateOptions {
  geometry: SimGeometry;
  setup: Setup;
  /** Straw channel ids whose hits are removed (dead-tube injection). */
  deadStrawChannels?: number[];
  /** Events copied to the ring per batch of 64 (the last ones); default 1. */
  ringPerBatch?: number;
  /** Ring size; default 256. */
  ringSize?: number;
  /** Name of the source, for messages. */
  source?: string;
  /** Reference for the straw alarms. */
  reference?: StrawReference;
  /** Run the online reconstruction (src/reco, in a worker thread, on a sample); default false. */
  reco?: boolean;
  /** Events per second sent to the reconstruction at most (default 500). */
  recoRate?: number;
  /** Setup file name (for the reconstruction worker's messages). */
  setupFile?: string;
}

/** Histogram kinds as the dashboard draws them. */
export type MonitorHist = Hist1D | Hist2D;

/** The monitor's state. */
export class MonitorState {
  readonly counters = new RunCounters();
  readonly calo: CaloMonitor;
  readonly straws: StrawMonitor[];
  readonly ring: EventRing;
  readonly reader: RawStreamReader;
  /** The online reconstruction, when enabled. */
  readonly reco: RecoMonitor | undefined;
  /** Whether the signal box is hidden (until a token holder unblinds). */
  blinded = true;
  reference: StrawReference | undefined;
  /** Wall clock [ms] of the last batch filled (for the update latency). */
  lastFillMs = 0;
  /** Number of updates a change made since the last push (the server's dirty flag). */
  version = 0;
  /** Decoding problems (damaged records) seen. */
  get problems(): number {
    return this.reader.problemCount;
  }
  readonly startedMs = Date.now();
  private readonly dropper: StrawChannelDropper;
  private readonly ringPerBatch: number;
  private readonly geometry: SimGeometry;
  private readonly chInvGain: Float64Array;
  private readonly chThreshold: Float64Array;

  constructor(readonly opts: MonitorStateOptions) {
    const g = opts.geometry;
    this.geometry = g;
    this.calo = new CaloMonitor(g, opts.setup);
    const windowNs = (opts.setup as { simulation?: { strawWindowNs?: number } }).simulation?.strawWindowNs ?? 200;
    this.straws = g.elements.filter((e) => e.role === 'straw').map((e) => new StrawMonitor(e, windowNs));
    this.ring = new EventRing(opts.ringSize ?? 256);
    this.ringPerBatch = opts.ringPerBatch ?? 1;
    this.dropper = new StrawChannelDropper(opts.deadStrawChannels ?? []);
    this.reference = opts.reference;
    if (opts.reco) {
      this.reco = new RecoMonitor(opts.setup, opts.setupFile ?? 'setup', opts.recoRate);
      this.reco.onFill = (n, cols) => {
        this.recoIntoRing(n, cols);
        this.version++;
      };
    }
    this.reader = new RawStreamReader((b) => this.fillBatch(b), { batchSize: 64, source: opts.source ?? 'monitor source' });
    this.chInvGain = new Float64Array(g.nCells);
    this.chThreshold = new Float64Array(g.nCells);
    for (let c = 0; c < g.nCells; c++) {
      const r = g.elements[g.cellElement[c]]?.response;
      if (!r) continue;
      this.chInvGain[c] = 1 / r.adcPerGeV;
      this.chThreshold[c] = 5 * r.noiseAdc;
    }
  }

  /** The raw file header of the stream, once read. */
  get header(): RawFileHeader | undefined {
    return this.reader.header;
  }

  /** Feeds bytes of the stream. */
  push(chunk: Uint8Array): void {
    this.reader.push(chunk);
  }

  /** Fills everything from one decoded batch (called by the reader). */
  fillBatch(raw: RawEventBatch): void {
    const b = this.dropper.apply(raw);
    const now = Date.now();
    this.counters.fillBatch(b, now);
    const sums = this.calo.fillBatch(b);
    for (const s of this.straws) s.fillBatch(b);
    this.reco?.offer(b);
    for (let i = Math.max(0, b.n - this.ringPerBatch); i < b.n; i++) this.ring.push(this.copyEvent(b, i, sums));
    this.lastFillMs = now;
    this.version++;
  }

  private copyEvent(b: RawEventBatch, i: number, s: CaloBatchSummary): RingEvent {
    const S = b.samplesPerChannel;
    const adcCh: number[] = [];
    const adcE: number[] = [];
    const pre = Math.min(6, S);
    for (let j = b.adcOffset[i]; j < b.adcOffset[i + 1]; j++) {
      const c = b.adcChannel[j];
      if (c >= this.chInvGain.length) continue;
      let ped = 0;
      for (let k = 0; k < pre; k++) ped += b.adcSamples[j * S + k];
      ped /= pre;
      let max = 0;
      for (let k = pre; k < S; k++) max = Math.max(max, b.adcSamples[j * S + k]);
      if (max - ped < this.chThreshold[c]) continue;
      adcCh.push(c);
      adcE.push((max - ped) * this.chInvGain[c]);
    }
    const st = [b.strawOffset[i], b.strawOffset[i + 1]];
    const sp = [b.stripOffset[i], b.stripOffset[i + 1]];
    const box = this.calo.box;
    return {
      event: b.eventNumber[i],
      run: b.run[i],
      spill: b.spill[i],
      event_in_spill: b.eventInSpill[i],
      trigger_bits: b.triggerBits[i],
      time_ns: b.timestampNs[i],
      adc: { channel: adcCh, energy_GeV: adcE },
      straw: { channel: Array.from(b.strawChannel.subarray(st[0], st[1])), time_ns: Array.from(b.strawTimeNs.subarray(st[0], st[1])) },
      strip: { channel: Array.from(b.stripChannel.subarray(sp[0], sp[1])), charge: Array.from(b.stripCharge.subarray(sp[0], sp[1])), time_ns: Array.from(b.stripTimeNs.subarray(sp[0], sp[1])) },
      reco: { reconstructed: 0, e_ecal_GeV: s.eEcal[i], e_hcal_GeV: s.eHcal[i], e_srd_GeV: s.eSrd[i], e_veto_GeV: s.eVeto[i], e_vhcal_GeV: s.eVhcal[i] },
      in_box: s.eEcal[i] < box.maxEcalGeV && s.eHcal[i] < box.maxHcalGeV,
    };
  }

  /** Replaces the raw-level summary of ring events that the reconstruction has reached by its DST values. */
  private recoIntoRing(n: number, cols: Float64Array[]): void {
    const ev = cols[RECO_MONITOR_COLUMNS.indexOf('event')];
    const rows = new Map<number, number>();
    for (let i = 0; i < n; i++) rows.set(ev[i], i);
    const box = this.calo.box;
    for (const e of this.ring.list()) {
      const i = rows.get(e.event);
      if (i === undefined) continue;
      const reco: Record<string, number> = { reconstructed: 1 };
      RECO_MONITOR_COLUMNS.forEach((c, k) => {
        if (c !== 'event') reco[c] = cols[k][i];
      });
      e.reco = reco;
      e.in_box = reco.e_ecal_GeV < box.maxEcalGeV && reco.e_hcal_GeV < box.maxHcalGeV;
    }
  }

  /** Whether an event may be shown (box events stay hidden while blind). */
  readonly visible = (e: RingEvent): boolean => !this.blinded || !e.in_box;

  /** Every histogram by name: the filled ones and the derived straw quantities (computed now). */
  histograms(): Map<string, MonitorHist> {
    const m = new Map<string, MonitorHist>();
    const add = (h: MonitorHist): void => {
      m.set(h.name, h);
    };
    add(this.counters.triggerBits);
    add(this.counters.eventsPerSpill);
    add(this.counters.rateHistory(Date.now()));
    for (const h of this.calo.hists) add(h === this.calo.ecalHcal && this.blinded ? this.blindedPlane(h) : h);
    for (const h of this.reco?.hists ?? []) add(h === this.reco!.ecalHcal && this.blinded ? this.blindedPlane(h) : h);
    for (const s of this.straws) {
      add(s.tubeTime);
      add(s.driftTime);
      add(s.hitmap);
      const { occupancy, noise } = s.occupancyAndNoise();
      add(occupancy);
      add(noise);
      add(s.efficiency());
      add(s.rt());
    }
    return m;
  }

  /** The E_ECAL–E_HCAL plane with the signal box's bins emptied (blind analysis). */
  private blindedPlane(plane: Hist2D): Hist2D {
    const h = plane.clone();
    const box = this.calo.box;
    for (let iy = 0; iy <= h.ny + 1; iy++) {
      for (let ix = 0; ix <= h.nx + 1; ix++) {
        // A bin is hidden when any part of it lies in the box.
        const xLo = ix === 0 ? -Infinity : h.xlo + ((ix - 1) * (h.xhi - h.xlo)) / h.nx;
        const yLo = iy === 0 ? -Infinity : h.ylo + ((iy - 1) * (h.yhi - h.ylo)) / h.ny;
        if (xLo < box.maxEcalGeV && yLo < box.maxHcalGeV) {
          const c = h.cell(ix, iy);
          h.entries -= h.contents[c];
          h.contents[c] = 0;
          h.sumw2[c] = 0;
        }
      }
    }
    // The statistics must not leak the box either: recompute them from the visible bins (bin centres).
    h.sumw = h.sumw2Total = h.sumwx = h.sumwx2 = h.sumwy = h.sumwy2 = h.sumwxy = 0;
    for (let iy = 1; iy <= h.ny; iy++) {
      for (let ix = 1; ix <= h.nx; ix++) {
        const c = h.cell(ix, iy);
        const w = h.contents[c];
        if (w === 0) continue;
        const x = h.binCenterX(ix);
        const y = h.binCenterY(iy);
        h.sumw += w;
        h.sumw2Total += h.sumw2[c];
        h.sumwx += w * x;
        h.sumwx2 += w * x * x;
        h.sumwy += w * y;
        h.sumwy2 += w * y * y;
        h.sumwxy += w * x * y;
      }
    }
    h.title += ' (signal box blinded)';
    return h;
  }

  /** Straw alarms against the reference (or the neighbours). */
  alarms(): StrawAlarm[] {
    const ev = this.straws[0]?.events ?? 0;
    if (ev === 0) return [];
    return strawAlarms(this.straws.map((s) => s.rates()), ev, this.reference);
  }

  /** The current per-tube rates as a reference. */
  snapshotReference(): StrawReference {
    return { format: 'emiss-straw-reference/1', events: this.straws[0]?.events ?? 0, elements: this.straws.map((s) => s.rates()) };
  }

  /** Empties histograms, counters and the event ring (the reference stays). */
  reset(): void {
    this.counters.reset();
    this.calo.reset();
    for (const s of this.straws) s.reset();
    this.reco?.reset();
    this.ring.clear();
    this.version++;
  }

  /** Stops the reconstruction worker. */
  async close(): Promise<void> {
    await this.reco?.close();
  }

  /** Geometry of the run (for the display). */
  get simGeometry(): SimGeometry {
    return this.geometry;
  }
}
