/**
 * The online reconstruction of the monitor: raw batches go to a worker thread running src/reco's
 * EventReconstructor (nominal calibration), the DST columns come back and fill the `reco_*`
 * histograms. The reconstruction (~4–8 k events/s per core with tracking) is slower than the
 * raw monitor (> 20 k events/s), so, as online monitors do, it works on a sample: a batch is
 * sent only when fewer than two are in flight and fewer than `maxRate` events (default 500)
 * were sent in the current second — a sample that fills the reco histograms well while the
 * worker takes a fraction of a core and leaves the decoder its own; the others are counted as
 * skipped (`reco_events`, `reco_skipped_events` in /api/status). Node only.
 */
import type { Worker } from 'node:worker_threads';
import { Hist1D, Hist2D } from '../../analysis/hist/index.js';
import { cloneBatch } from '../../daq/index.js';
import type { RawEventBatch } from '../../daq/index.js';
import type { Setup } from '../../setup/index.js';
import { startTsWorker } from '../../store/index.js';
import { RECO_MONITOR_COLUMNS } from './reco-columns.js';

/** Batches in flight at most. */
const MAX_IN_FLIGHT = 2;

/** The reco part of the monitor. */
export class RecoMonitor {
  readonly hists: (Hist1D | Hist2D)[];
  readonly ecalHcal: Hist2D;
  /** Events reconstructed / skipped. */
  events = 0;
  skipped = 0;
  /** 'starting', 'running', or why it is off. */
  state = 'starting';
  private readonly worker: Worker;
  private inFlight = 0;
  private readonly eEcal: Hist1D;
  private readonly eHcal: Hist1D;
  private readonly mom: Hist1D;
  private readonly chi2: Hist1D;
  private readonly time: Hist1D;
  private readonly trig: Hist1D;
  private readonly srd: Hist1D;
  /** Called after results were filled, with the batch's columns (RECO_MONITOR_COLUMNS order). */
  onFill: (n: number, cols: Float64Array[]) => void = () => {};
  /** Settles when the worker is ready or has failed (never rejects). */
  readonly ready: Promise<void>;
  private settle: () => void = () => {};
  private windowStartMs = 0;
  private sentInWindow = 0;

  /** @param maxRate - events per second sent to the reconstruction at most (default 500). */
  constructor(setup: Setup, fileName: string, readonly maxRate = 500) {
    const E0 = setup.beam.energyGeV;
    this.ecalHcal = new Hist2D('reco_ecal_hcal', 'reco: E_{ECAL} vs E_{HCAL}', 120, 0, 1.2 * E0, 120, 0, 1.2 * E0, 'E_{ECAL} [GeV]', 'E_{HCAL} [GeV]', 'events');
    this.eEcal = new Hist1D('reco_e_ecal', 'reco: E_{ECAL}', 150, 0, 1.5 * E0, 'E_{ECAL} [GeV]', 'events');
    this.eHcal = new Hist1D('reco_e_hcal', 'reco: E_{HCAL}', 150, 0, 1.5 * E0, 'E_{HCAL} [GeV]', 'events');
    this.mom = new Hist1D('reco_momentum', 'reco: upstream momentum (mom_ok)', 150, 0, 1.5 * E0, 'p [GeV]', 'events');
    this.chi2 = new Hist1D('reco_ecal_chi2', 'reco: ECAL lateral-shape χ²/ndf', 100, 0, 10, 'χ²/ndf', 'events');
    this.time = new Hist1D('reco_ecal_time', 'reco: ECAL time − expected', 100, -50, 50, 't [ns]', 'events');
    this.trig = new Hist1D('reco_trigger_class', 'reco: trigger class (0 physics, 1 random, 2 LED, 3 calibration)', 4, 0, 4, 'class', 'events');
    this.srd = new Hist1D('reco_e_srd', 'reco: E_{SRD}', 100, 0, 2, 'E_{SRD} [GeV]', 'events');
    this.hists = [this.ecalHcal, this.eEcal, this.eHcal, this.mom, this.chi2, this.time, this.trig, this.srd];
    this.ready = new Promise((resolve) => {
      this.settle = resolve;
    });
    const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
    this.worker = startTsWorker(new URL(`./reco-worker.${ext}`, import.meta.url), { setup, fileName });
    this.worker.on('message', (m: { type: string; message?: string; n?: number; cols?: Float64Array[] }) => {
      if (m.type === 'ready') {
        this.state = 'running';
        this.settle();
      } else if (m.type === 'failed') {
        this.state = `off: ${m.message ?? 'the reconstruction failed'}`;
        this.inFlight = Number.POSITIVE_INFINITY;
        this.settle();
      } else if (m.type === 'result' && m.cols && m.n !== undefined) {
        this.inFlight--;
        this.fill(m.n, m.cols);
      }
    });
    this.worker.on('error', (e) => {
      this.state = `off: ${e.message}`;
      this.inFlight = Number.POSITIVE_INFINITY;
      this.settle();
    });
    this.worker.unref();
  }

  /** Offers a batch: reconstructed if the worker has room, else counted as skipped. */
  offer(b: RawEventBatch): void {
    if (b.n === 0) return;
    const now = Date.now();
    if (now - this.windowStartMs >= 1000) {
      this.windowStartMs = now;
      this.sentInWindow = 0;
    }
    if (this.state !== 'running' || this.inFlight >= MAX_IN_FLIGHT || this.sentInWindow >= this.maxRate) {
      this.skipped += b.n;
      return;
    }
    this.sentInWindow += b.n;
    const c = cloneBatch(b);
    this.inFlight++;
    const buffers = [c.eventNumber, c.run, c.spill, c.eventInSpill, c.triggerBits, c.timestampNs, c.fileOffset, c.adcOffset, c.adcChannel, c.adcSamples, c.strawOffset, c.strawChannel, c.strawTimeNs, c.stripOffset, c.stripChannel, c.stripCharge, c.stripTimeNs].map((a) => a.buffer as ArrayBuffer);
    this.worker.postMessage({ type: 'batch', batch: c }, buffers);
  }

  private fill(n: number, cols: Float64Array[]): void {
    const col = (name: (typeof RECO_MONITOR_COLUMNS)[number]): Float64Array => cols[RECO_MONITOR_COLUMNS.indexOf(name)];
    const eE = col('e_ecal_GeV');
    const eH = col('e_hcal_GeV');
    const momOk = col('mom_ok');
    const mom = col('mom_GeV');
    const chi2 = col('ecal_chi2');
    const t = col('ecal_time_ns');
    const tc = col('trigger_class');
    const srd = col('e_srd_GeV');
    for (let i = 0; i < n; i++) {
      this.ecalHcal.fill(eE[i], eH[i]);
      this.eEcal.fill(eE[i]);
      this.eHcal.fill(eH[i]);
      if (momOk[i] === 1) this.mom.fill(mom[i]);
      if (eE[i] > 0) {
        this.chi2.fill(chi2[i]);
        this.time.fill(t[i]);
      }
      this.trig.fill(tc[i] + 0.5);
      this.srd.fill(srd[i]);
    }
    this.events += n;
    this.onFill(n, cols);
  }

  /** Empties the histograms and counters. */
  reset(): void {
    for (const h of this.hists) h.reset();
    this.events = 0;
    this.skipped = 0;
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
