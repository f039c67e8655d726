/**
 * The e± track-length tally: path length of electrons and positrons per energy bin inside the
 * target elements, summed over events (per beam particle it is divided by the number of events).
 * The physics core's yield calculation (sensitivity/brems-yield.ts) takes it in place of the
 * analytic shower theory. Bins are logarithmic in energy; sums are merged in chunk order.
 */

/** A track-length histogram accumulating over events. */
export class TrackLengthTally {
  readonly edges: Float64Array;
  readonly electron: Float64Array;
  readonly positron: Float64Array;
  readonly photon: Float64Array;
  private readonly lnMin: number;
  private readonly scale: number;
  /** Elements (by index) whose tracks are tallied. */
  readonly elements: Uint8Array;

  constructor(minEnergyGeV: number, maxEnergyGeV: number, nBins: number, elementCount: number, targets: readonly number[]) {
    this.edges = new Float64Array(nBins + 1);
    for (let i = 0; i <= nBins; i++) this.edges[i] = minEnergyGeV * Math.pow(maxEnergyGeV / minEnergyGeV, i / nBins);
    this.electron = new Float64Array(nBins);
    this.positron = new Float64Array(nBins);
    this.photon = new Float64Array(nBins);
    this.lnMin = Math.log(minEnergyGeV);
    this.scale = nBins / Math.log(maxEnergyGeV / minEnergyGeV);
    this.elements = new Uint8Array(elementCount);
    for (const t of targets) this.elements[t] = 1;
  }

  /** Adds a step of length [cm] at energy [GeV] for species 0 (e−), 1 (e+) or 2 (γ) in element el. */
  add(species: number, energyGeV: number, lengthCm: number, element: number): void {
    if (!this.elements[element]) return;
    const k = Math.floor((Math.log(energyGeV) - this.lnMin) * this.scale);
    if (k < 0 || k >= this.electron.length) return;
    if (species === 0) this.electron[k] += lengthCm;
    else if (species === 1) this.positron[k] += lengthCm;
    else this.photon[k] += lengthCm;
  }

  /** Adds another tally (same binning) into this one. */
  merge(o: { electron: ArrayLike<number>; positron: ArrayLike<number>; photon: ArrayLike<number> }): void {
    for (let k = 0; k < this.electron.length; k++) {
      this.electron[k] += o.electron[k];
      this.positron[k] += o.positron[k];
      this.photon[k] += o.photon[k];
    }
  }

  /** Clears the sums. */
  clear(): void {
    this.electron.fill(0);
    this.positron.fill(0);
    this.photon.fill(0);
  }
}
