/**
 * Reconstruction of one event into a DST row (docs/reco.md): every SADC channel through the
 * waveform fit, energies per cell from the calibration, sums per detector as in the DST
 * contract (docs/dst.md), the ECAL shower centre and lateral χ², the ECAL time, the trigger
 * class, and the tracking columns from a {@link TrackingStep} when one is given.
 */
import type { RawEventBatch } from '../daq/index.js';
import type { Setup } from '../setup/index.js';
import { ElementKind } from '../sim/sim-geometry.js';
import type { SimGeometry } from '../sim/sim-geometry.js';
import type { DstBatch } from './dst-columns.js';
import { ecalLateralTable } from './ecal-lateral-table.js';
import type { EcalLateralTable } from './ecal-lateral-table.js';
import { EcalShowerFit } from './ecal-shower-fit.js';
import type { RecoCalibration } from './reco-calibration.js';
import { TrackReconstructor } from './tracking/index.js';
import type { TrackSummary } from './tracking/index.js';
import { RECO_TRIGGER_BITS, triggerClass } from './trigger-class.js';
import { PulseFlag, WaveformFitter } from './waveform-fitter.js';

/** The tracking columns (the interface of src/reco/tracking: plain mutable numbers). */
export type TrackColumns = TrackSummary;

/** Anything that fills the tracking columns of event i of a batch (src/reco/tracking's TrackReconstructor). */
export interface TrackingStep {
  reconstruct(batch: RawEventBatch, i: number, out: TrackColumns): void;
}

/**
 * Default lateral-fluctuation quantum q of the ECAL χ² [GeV], a calibration constant measured on
 * simulated 100 GeV electrons (`emiss sim --process beam`, NA64e 2021–2023): the variance of the
 * cells around the shower is ≈ q·f·E, and with q = 0.7 GeV the median χ²/ndf of single electron
 * showers is 1.0 on a fine (33-point) grid of impact points, 1.36 on the 17-point grid used
 * (docs/reco.md, docs/validation.md §11). The simulation's GFlash spots (E/64, at least 1 GeV)
 * set it; real data: measure q on electron calibration runs.
 */
export const ECAL_LATERAL_QUANTUM_GEV = 0.7;

/** Channel roles (what sum a channel's energy goes to). */
const Role = { None: 0, EcalPre: 1, EcalMain: 2, Hcal: 3, Srd: 4, Veto: 5, Vhcal: 6, Wcal: 7, Counter: 8 } as const;

/** Options of {@link EventReconstructor}. */
export interface EventReconstructorOptions {
  /** Significance for a full waveform fit (5). */
  thresholdSigma?: number;
  /**
   * Lateral-fluctuation quantum q of the ECAL shape χ² [GeV] (default {@link ECAL_LATERAL_QUANTUM_GEV},
   * measured on simulated 100 GeV electrons; docs/reco.md).
   */
  ecalLateralQuantumGeV?: number;
  /** Tracking (default: src/reco/tracking's TrackReconstructor with the calibration's straws and strips; null: the tracking columns stay 0). */
  tracking?: TrackingStep | null;
}

/**
 * Reconstructs events of one setup with one calibration. One per worker (holds scratch state).
 *
 * @example
 * const rec = new EventReconstructor(buildGeometry(setup), setup, calib);
 * const dst = createDstBatch(batch.n);
 * rec.reconstructBatch(batch, dst);   // dst.columns.e_ecal_GeV[i] …
 */
export class EventReconstructor {
  readonly fitter: WaveformFitter;
  /** Per-channel energy of the last event [GeV] (index = channel; 0 for channels not read). */
  readonly cellEnergy: Float64Array;
  /** Per-channel fit flags of the last event. */
  readonly cellFlags: Uint8Array;
  /** Per-channel time minus the in-time value [ns] (fitted channels only). */
  readonly cellTime: Float64Array;
  private readonly nCh: number;
  private readonly role: Uint8Array;
  /** HCAL module index (0-based) or SRD module index per channel. */
  private readonly module: Int8Array;
  private readonly invGain: Float64Array;
  private readonly noise: Float64Array;
  private readonly pedestal: Float64Array;
  private readonly timeOffset: Float64Array;
  private readonly ecalCell: Int32Array;
  private readonly ecal: EcalShowerFit | null;
  private readonly ecalE: Float64Array;
  private readonly nSrd: number;
  private readonly srdE: Float64Array;
  private readonly hcalE = new Float64Array(4);
  private readonly touched: Int32Array;
  private nTouched = 0;
  private readonly tracking: TrackingStep | null;
  private readonly track: TrackColumns = { momOk: 0, momGeV: 0, momErrGeV: 0, momChi2ndf: 0, momOutOk: 0, momOutGeV: 0, nTracksUp: 0, nTracksDown: 0 };
  private readonly samples: number;

  constructor(geometry: SimGeometry, setup: Setup, calib: RecoCalibration, options: EventReconstructorOptions = {}) {
    const sim = setup.simulation;
    this.samples = sim?.adcSamples ?? 32;
    this.fitter = new WaveformFitter({ samples: this.samples, sampleNs: sim?.adcSampleNs ?? 12.5, triggerTimeNs: sim?.triggerTimeNs ?? 100, thresholdSigma: options.thresholdSigma });
    const n = geometry.nCells;
    this.nCh = n;
    this.cellEnergy = new Float64Array(n);
    this.cellFlags = new Uint8Array(n);
    this.cellTime = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.role = new Uint8Array(n);
    this.module = new Int8Array(n).fill(-1);
    this.invGain = Float64Array.from(calib.adc.gain, (g, c) => 1 / (g * calib.ledCorrection[c]));
    this.noise = Float64Array.from(calib.adc.noise);
    this.pedestal = Float64Array.from(calib.adc.pedestal);
    this.timeOffset = Float64Array.from(calib.adc.timeOffsetNs);
    this.ecalCell = new Int32Array(n).fill(-1);
    const beamCounters = new Set(setup.trigger?.counters ?? []);
    let hcalModules = 0;
    let srdModules = 0;
    let ecalEl = null;
    for (const el of geometry.elements) {
      if (el.kind !== ElementKind.Calorimeter && el.kind !== ElementKind.Counter) continue;
      const nSec = el.sectionZ1.length;
      // Modules of a calorimeter: the section names carry the module number ('HCAL3'); else one module.
      const moduleOf = (s: number): number => {
        const suffix = el.sectionNames[s].slice(el.name.length);
        return suffix.startsWith('.') ? 0 : Math.max(0, parseInt(suffix, 10) - 1) || 0;
      };
      if (el.role === 'ecal') ecalEl = el;
      let maxModule = 0;
      for (let c = el.firstCell; c < el.firstCell + el.nCells; c++) {
        const s = geometry.cellSection[c];
        let r: number = Role.None;
        if (el.kind === ElementKind.Counter) r = beamCounters.has(el.name) ? Role.Counter : Role.Veto;
        else if (el.role === 'ecal') r = nSec > 1 && s === 0 ? Role.EcalPre : Role.EcalMain;
        else if (el.role === 'hcal') {
          r = Role.Hcal;
          const m = hcalModules + moduleOf(s);
          maxModule = Math.max(maxModule, m + 1);
          this.module[c] = m < 4 ? m : 3;
        } else if (el.role === 'srd') {
          r = Role.Srd;
          this.module[c] = srdModules + geometry.cellIy[c] * el.nx + geometry.cellIx[c];
        } else if (el.role === 'vhcal') r = Role.Vhcal;
        else if (el.role === 'wcal') r = Role.Wcal;
        this.role[c] = r;
        if (el.role === 'ecal') this.ecalCell[c] = geometry.cellIy[c] * el.nx + geometry.cellIx[c];
      }
      if (el.role === 'hcal') hcalModules = maxModule;
      if (el.role === 'srd') srdModules += el.nx * el.ny;
    }
    this.nSrd = srdModules;
    this.srdE = new Float64Array(Math.max(1, srdModules));
    if (ecalEl) {
      const table: EcalLateralTable = ecalLateralTable({
        pitchXCm: ecalEl.pitchX,
        pitchYCm: ecalEl.pitchY,
        moliereRadiusCm: ecalEl.moliereRadiusCm,
        criticalEnergyGeV: ecalEl.criticalEnergyGeV,
        zEff: ecalEl.zEff,
        depthX0: (ecalEl.z1 - ecalEl.z0) / ecalEl.radiationLengthCm,
        energyGeV: setup.beam?.energyGeV ?? 100,
      });
      const r = ecalEl.response;
      const meanNoiseGeV = r ? r.noiseAdc / r.adcPerGeV : 0;
      this.ecal = new EcalShowerFit(ecalEl.nx, ecalEl.ny, ecalEl.pitchX, ecalEl.pitchY, ecalEl.x0, ecalEl.y0, table, r?.samplingStochastic ?? 0.1, meanNoiseGeV, options.ecalLateralQuantumGeV ?? ECAL_LATERAL_QUANTUM_GEV);
      this.ecalE = new Float64Array(ecalEl.nx * ecalEl.ny);
    } else {
      this.ecal = null;
      this.ecalE = new Float64Array(1);
    }
    this.tracking = options.tracking === undefined ? new TrackReconstructor(geometry, setup, calib) : options.tracking;
  }

  /** Reconstructs every event of `batch` into rows 0 … n − 1 of `out` (sets out.n; out must hold batch.n rows). */
  reconstructBatch(batch: RawEventBatch, out: DstBatch): void {
    for (let i = 0; i < batch.n; i++) this.reconstruct(batch, i, out, i);
    out.n = batch.n;
  }

  /** Reconstructs event i of `batch` into row `row` of `out`. */
  reconstruct(batch: RawEventBatch, i: number, out: DstBatch, row: number): void {
    const col = out.columns;
    const S = batch.samplesPerChannel;
    const fitter = this.fitter;
    for (let k = 0; k < this.nTouched; k++) {
      const c = this.touched[k];
      this.cellEnergy[c] = 0;
      this.cellFlags[c] = 0;
      this.cellTime[c] = 0;
    }
    let nTouched = 0;
    let eSrd = 0;
    let ePre = 0;
    let eMain = 0;
    let eHcal = 0;
    let eVeto = 0;
    let eVhcal = 0;
    let eWcal = 0;
    let nSat = 0;
    let nOdd = 0;
    let tSum = 0;
    let tW = 0;
    this.srdE.fill(0);
    this.hcalE.fill(0);
    this.ecalE.fill(0);
    for (let j = batch.adcOffset[i]; j < batch.adcOffset[i + 1]; j++) {
      const ch = batch.adcChannel[j];
      if (ch >= this.nCh) continue;
      fitter.fit(batch.adcSamples, j * S, this.noise[ch], this.timeOffset[ch], this.pedestal[ch]);
      const e = fitter.amplitude * this.invGain[ch];
      const flags = fitter.flags;
      this.cellEnergy[ch] = e;
      this.cellFlags[ch] = flags;
      this.touched[nTouched++] = ch;
      if (flags & PulseFlag.Saturated) nSat++;
      if (flags & PulseFlag.Odd) nOdd++;
      const t = flags & PulseFlag.Fitted ? fitter.onsetNs - this.expectedOnset(ch) : 0;
      this.cellTime[ch] = t;
      switch (this.role[ch]) {
        case Role.EcalPre:
        case Role.EcalMain: {
          if (this.role[ch] === Role.EcalPre) ePre += e;
          else eMain += e;
          this.ecalE[this.ecalCell[ch]] += e;
          if (flags & PulseFlag.Fitted && e > tW) {
            tSum = t;
            tW = e;
          }
          break;
        }
        case Role.Hcal:
          // Sums of the hadron calorimeters take the cells with a pulse (above 5σ of the
          // noise; PulseFlag.Fitted): with 36 cells an unsuppressed sum carries σ ≈ 0.5 GeV of
          // noise, half the signal box's E_HCAL < 1 GeV. The cells keep their energy (calibration).
          if (flags & PulseFlag.Fitted) {
            eHcal += e;
            this.hcalE[this.module[ch]] += e;
          }
          break;
        case Role.Srd:
          eSrd += e;
          this.srdE[this.module[ch]] += e;
          break;
        case Role.Veto:
          eVeto += e;
          break;
        case Role.Vhcal:
          if (flags & PulseFlag.Fitted) eVhcal += e;
          break;
        case Role.Wcal:
          eWcal += e;
          break;
        default:
          break;
      }
    }
    let srdMin = 0;
    if (this.nSrd > 0) {
      srdMin = this.srdE[0];
      for (let m = 1; m < this.nSrd; m++) if (this.srdE[m] < srdMin) srdMin = this.srdE[m];
    }
    col.run[row] = batch.run[i];
    col.spill[row] = batch.spill[i];
    col.event_in_spill[row] = batch.eventInSpill[i];
    col.event[row] = batch.eventNumber[i];
    col.trigger_bits[row] = batch.triggerBits[i];
    col.trigger_class[row] = triggerClass(batch.triggerBits[i]);
    col.trigger_physics[row] = batch.triggerBits[i] & RECO_TRIGGER_BITS.Physics ? 1 : 0;
    col.time_ns[row] = batch.timestampNs[i];
    col.e_srd_GeV[row] = eSrd;
    col.e_srd_min_GeV[row] = srdMin;
    col.e_ecal_GeV[row] = ePre + eMain;
    col.e_ecal_pre_GeV[row] = ePre;
    col.e_hcal_GeV[row] = eHcal;
    col.e_hcal1_GeV[row] = this.hcalE[0];
    col.e_hcal2_GeV[row] = this.hcalE[1];
    col.e_hcal3_GeV[row] = this.hcalE[2];
    col.e_hcal4_GeV[row] = this.hcalE[3];
    col.e_veto_GeV[row] = eVeto;
    col.e_vhcal_GeV[row] = eVhcal;
    col.e_wcal_GeV[row] = eWcal;
    col.n_saturated[row] = nSat;
    col.n_odd_pulses[row] = nOdd;
    col.weight[row] = 1;
    const ecal = this.ecal;
    if (ecal && ecal.fit(this.ecalE)) {
      col.ecal_ok[row] = 1;
      col.ecal_x_cm[row] = ecal.xCm;
      col.ecal_y_cm[row] = ecal.yCm;
      col.ecal_chi2[row] = ecal.chi2ndf;
      col.ecal_max_cell[row] = ecal.maxCell;
    } else {
      col.ecal_ok[row] = 0;
      col.ecal_x_cm[row] = 0;
      col.ecal_y_cm[row] = 0;
      col.ecal_chi2[row] = 0;
      col.ecal_max_cell[row] = -1;
    }
    col.ecal_time_ok[row] = tW > 0 ? 1 : 0;
    col.ecal_time_ns[row] = tW > 0 ? tSum : 0;
    const tr = this.track;
    if (this.tracking) {
      this.tracking.reconstruct(batch, i, tr);
    }
    col.mom_ok[row] = tr.momOk;
    col.mom_GeV[row] = tr.momGeV;
    col.mom_err_GeV[row] = tr.momErrGeV;
    col.mom_chi2ndf[row] = tr.momChi2ndf;
    col.mom_out_ok[row] = tr.momOutOk;
    col.mom_out_GeV[row] = tr.momOutGeV;
    col.n_tracks_up[row] = tr.nTracksUp;
    col.n_tracks_down[row] = tr.nTracksDown;
    this.nTouched = nTouched;
  }

  /** In-time pulse onset of channel ch [ns]. */
  private expectedOnset(ch: number): number {
    return this.fitter.inTimeOnsetNs + this.timeOffset[ch];
  }
}
