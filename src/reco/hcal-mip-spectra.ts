/**
 * Spectra of muon (MIP) signals per HCAL cell, for the calibration from the MIP peak: in every
 * module, the cell with the largest signal counts when it is above `thresholdAdc` and no other
 * cell of the module is above `otherMaxGeV` (one muon crossing one cell); its amplitude in ADC
 * counts (cell energy × input gain) is histogrammed. The peak per cell is {@link mipPeak}.
 */
import { ElementKind } from '../sim/sim-geometry.js';
import type { SimGeometry } from '../sim/sim-geometry.js';
import { mipPeak } from './mip-peak.js';
import type { MipPeak } from './mip-peak.js';

/** Options of {@link HcalMipSpectra}. */
export interface HcalMipOptions {
  /** Smallest amplitude of the crossed cell [ADC counts] (10: 5σ of the noise). */
  thresholdAdc?: number;
  /** Largest energy in any other cell of the module [GeV] (0.5). */
  otherMaxGeV?: number;
  /** Histogram bins of 1 ADC count up to this amplitude (200). */
  maxAdc?: number;
}

/** Per-cell MIP spectra of all HCAL modules (role `hcal`). */
export class HcalMipSpectra {
  /** ADC channels of the HCAL cells, in order. */
  readonly channels: Int32Array;
  readonly counts: Float64Array;
  readonly nBins: number;
  private readonly modules: { first: number; cells: number }[] = [];
  private readonly thr: number;
  private readonly otherMax: number;

  constructor(
    geometry: SimGeometry,
    private readonly gain: readonly number[],
    options: HcalMipOptions = {},
  ) {
    const ch: number[] = [];
    for (const el of geometry.elements) {
      if (el.kind !== ElementKind.Calorimeter || el.role !== 'hcal') continue;
      const per = el.nx * el.ny;
      for (let s = 0; s < el.sectionZ1.length; s++) {
        this.modules.push({ first: ch.length, cells: per });
        for (let k = 0; k < per; k++) ch.push(el.firstCell + s * per + k);
      }
    }
    this.channels = Int32Array.from(ch);
    this.nBins = options.maxAdc ?? 200;
    this.counts = new Float64Array(ch.length * this.nBins);
    this.thr = options.thresholdAdc ?? 10;
    this.otherMax = options.otherMaxGeV ?? 0.5;
  }

  /** Adds one event's cell energies [GeV] (index = ADC channel, e.g. EventReconstructor.cellEnergy). */
  fill(cellEnergy: Float64Array): void {
    for (const m of this.modules) {
      let best = -1;
      let eb = 0;
      for (let k = 0; k < m.cells; k++) {
        const e = cellEnergy[this.channels[m.first + k]];
        if (e > eb) {
          eb = e;
          best = k;
        }
      }
      if (best < 0) continue;
      const ch = this.channels[m.first + best];
      const a = eb * this.gain[ch];
      if (a < this.thr) continue;
      let other = 0;
      for (let k = 0; k < m.cells; k++) if (k !== best) other = Math.max(other, cellEnergy[this.channels[m.first + k]]);
      if (other > this.otherMax) continue;
      const bin = Math.floor(a);
      if (bin < this.nBins) this.counts[(m.first + best) * this.nBins + bin]++;
    }
  }

  /** The MIP peak of cell i (index into {@link channels}) [ADC counts], or null with < 100 entries. */
  peak(i: number): MipPeak | null {
    return mipPeak(this.counts.subarray(i * this.nBins, (i + 1) * this.nBins), 0, 1);
  }
}
