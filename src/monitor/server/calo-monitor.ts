/**
 * The calorimeter and counter monitor: per event, the amplitude of every SADC channel (maximum
 * minus pedestal), turned into energy with the setup's nominal gain (adcPerGeV: the pulse of a
 * channel has unit peak times gain·E, src/sim/response/adc-digitizer.ts), summed per element;
 * fills cell-energy maps, energy spectra, the E_ECAL–E_HCAL plane and counter rates. Until the
 * online reconstruction (src/reco reconstructBatch) is available this is the raw-level
 * estimate the shift crew sees: pedestal = mean of the samples before the trigger time, channels
 * below 5σ of their noise ignored (the maximum of pure noise over the window would otherwise
 * add ~2σ per channel to the sums).
 */
import { Hist1D, Hist2D } from '../../analysis/hist/index.js';
import type { RawEventBatch } from '../../daq/index.js';
import type { Setup } from '../../setup/index.js';
import { ElementKind } from '../../sim/sim-geometry.js';
import type { SimGeometry } from '../../sim/sim-geometry.js';

/** Largest SADC value (12 bits, src/sim/response/adc-digitizer.ts). */
const ADC_MAX = 4095;
/** Channel threshold in units of its noise (see the file comment). */
const NOISE_SIGMAS = 5;

/** Per-event energies of a batch, for the event ring buffer (GeV, one entry per event). */
export interface CaloBatchSummary {
  eEcal: Float64Array;
  eHcal: Float64Array;
  eSrd: Float64Array;
  eVeto: Float64Array;
  eVhcal: Float64Array;
}

/** The calorimeter/counter part of the monitor. */
export class CaloMonitor {
  readonly hists: (Hist1D | Hist2D)[] = [];
  readonly ecalHcal: Hist2D;
  /** Signal box [GeV]: E_ECAL < maxEcal and E_HCAL < maxHcal (drawn, and blinded while blind). */
  readonly box: { maxEcalGeV: number; maxHcalGeV: number };
  /** Names of the elements counted in `counters_fired`, in bin order. */
  readonly counterLabels: string[] = [];
  private readonly countersFired: Hist1D;
  /** Per ADC channel: element, element-local map x/y bin (−1: none), 1/adcPerGeV, threshold [ADC], pre-trigger samples. */
  private readonly chElement: Int32Array;
  private readonly chMapX: Int32Array;
  private readonly chMapY: Int32Array;
  private readonly chInvGain: Float64Array;
  private readonly chThreshold: Float64Array;
  private readonly preSamples: number;
  private readonly elementEnergy: Float64Array;
  private readonly elementSpectrum: (Hist1D | null)[];
  private readonly elementMap: (Hist2D | null)[];
  private readonly counterBin: Int32Array;
  private readonly counterThreshold: Float64Array;
  private readonly ecalIdx: number[];
  private readonly hcalIdx: number[];
  private readonly srdIdx: number[];
  private readonly vetoIdx: number[];
  private readonly vhcalIdx: number[];

  constructor(g: SimGeometry, setup: Setup) {
    const E0 = setup.beam.energyGeV;
    const els = g.elements;
    const adcEls = els.filter((e) => (e.kind === ElementKind.Calorimeter || e.kind === ElementKind.Counter) && e.response);
    this.elementEnergy = new Float64Array(els.length);
    this.elementSpectrum = els.map(() => null);
    this.elementMap = els.map(() => null);
    this.counterBin = new Int32Array(els.length).fill(-1);
    this.counterThreshold = new Float64Array(els.length);
    const byRole = (r: string): number[] => adcEls.filter((e) => e.role === r).map((e) => e.index);
    this.ecalIdx = byRole('ecal');
    this.hcalIdx = byRole('hcal');
    this.srdIdx = byRole('srd');
    this.vhcalIdx = byRole('vhcal');
    this.vetoIdx = adcEls.filter((e) => e.role === 'veto' || /veto/i.test(e.name)).map((e) => e.index);
    // Cell maps: calorimeters with more than one cell, modules side by side in x.
    const sectionsPerModule = (e: (typeof els)[number]): number => Math.max(1, e.nCells / Math.max(1, e.nx * e.ny));
    for (const e of adcEls) {
      const r = e.response!;
      const saturationGeV = ((ADC_MAX - r.pedestalAdc) / r.adcPerGeV) * Math.max(1, e.nCells);
      const hi = e.kind === ElementKind.Counter ? (ADC_MAX - r.pedestalAdc) / r.adcPerGeV : Math.min(1.5 * E0, saturationGeV);
      const spectrum = new Hist1D(`${e.name.toLowerCase()}_energy`, `${e.name}: energy (sum of channels)`, 100, 0, hi, `E_{${e.name}} [GeV]`, 'events');
      this.elementSpectrum[e.index] = spectrum;
      this.hists.push(spectrum);
      if (e.kind === ElementKind.Calorimeter && e.nx * e.ny > 1) {
        const modules = e.role === 'ecal' ? 1 : sectionsPerModule(e);
        const m = new Hist2D(`${e.name.toLowerCase()}_map`, `${e.name}: energy per cell${modules > 1 ? ' (modules side by side)' : ''}`, e.nx * modules, 0, e.nx * modules, e.ny, 0, e.ny, 'cell x', 'cell y', 'Σ E [GeV]');
        this.elementMap[e.index] = m;
        this.hists.push(m);
      }
      this.counterBin[e.index] = this.counterLabels.length;
      this.counterLabels.push(e.name);
      this.counterThreshold[e.index] = NOISE_SIGMAS * r.noiseAdc / r.adcPerGeV;
    }
    this.countersFired = new Hist1D('counters_fired', `events with a signal per element (${this.counterLabels.join(', ')})`, Math.max(1, this.counterLabels.length), 0, Math.max(1, this.counterLabels.length), 'element', 'events');
    this.hists.push(this.countersFired);
    this.ecalHcal = new Hist2D('ecal_hcal', 'E_{ECAL} vs E_{HCAL}', 120, 0, 1.2 * E0, 120, 0, 1.2 * E0, 'E_{ECAL} [GeV]', 'E_{HCAL} [GeV]', 'events');
    this.hists.push(this.ecalHcal);
    // Signal box of NA64's invisible-mode search: E_ECAL below the setup's maxEcalEnergyGeV
    // (50 GeV for 100 GeV e−) and E_HCAL < 1 GeV (NA64, Phys. Rev. D 97 (2018) 072002).
    this.box = { maxEcalGeV: setup.signal?.maxEcalEnergyGeV ?? 0.5 * E0, maxHcalGeV: 1 };

    const nCh = g.nCells;
    this.chElement = new Int32Array(nCh).fill(-1);
    this.chMapX = new Int32Array(nCh).fill(-1);
    this.chMapY = new Int32Array(nCh).fill(-1);
    this.chInvGain = new Float64Array(nCh);
    this.chThreshold = new Float64Array(nCh);
    for (let c = 0; c < nCh; c++) {
      const e = els[g.cellElement[c]];
      if (!e || !e.response) continue;
      this.chElement[c] = e.index;
      this.chInvGain[c] = 1 / e.response.adcPerGeV;
      this.chThreshold[c] = NOISE_SIGMAS * e.response.noiseAdc;
      if (this.elementMap[e.index]) {
        const module = e.role === 'ecal' ? 0 : g.cellSection[c];
        this.chMapX[c] = module * e.nx + g.cellIx[c];
        this.chMapY[c] = g.cellIy[c];
      }
    }
    const sim = (setup as { simulation?: { adcSampleNs?: number; triggerTimeNs?: number } }).simulation;
    // Samples before the trigger time (100 ns / 12.5 ns by default, src/sim/response/digitizer.ts), keeping 2 as margin.
    this.preSamples = Math.max(1, Math.floor((sim?.triggerTimeNs ?? 100) / (sim?.adcSampleNs ?? 12.5)) - 2);
  }

  private summary: CaloBatchSummary = { eEcal: new Float64Array(0), eHcal: new Float64Array(0), eSrd: new Float64Array(0), eVeto: new Float64Array(0), eVhcal: new Float64Array(0) };

  /** Fills the histograms from `b`; returns per-event energy sums for the event buffer (reused storage, valid until the next call; entries ≥ b.n are stale). */
  fillBatch(b: RawEventBatch): CaloBatchSummary {
    const S = b.samplesPerChannel;
    const pre = Math.min(this.preSamples, S);
    if (this.summary.eEcal.length < b.n) {
      const n = Math.max(b.n, 2 * this.summary.eEcal.length);
      this.summary = { eEcal: new Float64Array(n), eHcal: new Float64Array(n), eSrd: new Float64Array(n), eVeto: new Float64Array(n), eVhcal: new Float64Array(n) };
    }
    const out = this.summary;
    const E = this.elementEnergy;
    const samples = b.adcSamples;
    for (let i = 0; i < b.n; i++) {
      E.fill(0);
      for (let j = b.adcOffset[i]; j < b.adcOffset[i + 1]; j++) {
        const c = b.adcChannel[j];
        const el = c < this.chElement.length ? this.chElement[c] : -1;
        if (el < 0) continue;
        const o = j * S;
        let ped = 0;
        for (let k = 0; k < pre; k++) ped += samples[o + k];
        ped /= pre;
        let max = 0;
        for (let k = pre; k < S; k++) if (samples[o + k] > max) max = samples[o + k];
        const amp = max - ped;
        if (amp < this.chThreshold[c]) continue;
        const e = amp * this.chInvGain[c];
        E[el] += e;
        const mx = this.chMapX[c];
        if (mx >= 0) this.elementMap[el]!.fill(mx + 0.5, this.chMapY[c] + 0.5, e);
      }
      for (let el = 0; el < E.length; el++) {
        const h = this.elementSpectrum[el];
        if (!h) continue;
        if (E[el] > 0) h.fill(E[el]);
        if (E[el] > this.counterThreshold[el]) this.countersFired.fill(this.counterBin[el] + 0.5);
      }
      const eEcal = sum(E, this.ecalIdx);
      const eHcal = sum(E, this.hcalIdx);
      this.ecalHcal.fill(eEcal, eHcal);
      out.eEcal[i] = eEcal;
      out.eHcal[i] = eHcal;
      out.eSrd[i] = sum(E, this.srdIdx);
      out.eVeto[i] = sum(E, this.vetoIdx);
      out.eVhcal[i] = sum(E, this.vhcalIdx);
    }
    return out;
  }

  /** Empties every histogram. */
  reset(): void {
    for (const h of this.hists) h.reset();
  }
}

function sum(E: Float64Array, idx: number[]): number {
  let s = 0;
  for (const i of idx) s += E[i];
  return s;
}
