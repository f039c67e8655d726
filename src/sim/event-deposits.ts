/**
 * What one event leaves in the detectors, before the electronics: deposited energy and its
 * energy-weighted time per ADC channel (calorimeter cell or counter), tracker crossings, and
 * the truth sums per element. Reused from event to event: only touched cells are cleared.
 */
import type { SimGeometry } from './sim-geometry.js';

/** Per-event deposits; allocate once per run and `reset()` per event. */
export class EventDeposits {
  /** Deposited energy per ADC channel [GeV] (all matter, before the sampling fraction). */
  readonly cellEnergy: Float64Array;
  /** Σ E·t per channel [GeV·ns] (time = cellTime/cellEnergy). */
  readonly cellTime: Float64Array;
  /**
   * The same for the deposits of pile-up particles (those transported while `pileUp` is true):
   * the read-out makes them a second pulse at their own time, which the reconstruction can
   * separate from the in-time pulse.
   */
  readonly cellEnergyPileUp: Float64Array;
  readonly cellTimePileUp: Float64Array;
  /** True while a pile-up particle is transported (set by the event loop). */
  pileUp = false;
  /** Truth: deposited energy per element [GeV]. */
  readonly elementEnergy: Float64Array;
  private readonly touched: Int32Array;
  private readonly mark: Uint8Array;
  nTouched = 0;
  /** Tracker crossings (charged particles): element, plane, true x and y [cm], time [ns]. */
  hitElement: Int16Array;
  hitPlane: Uint8Array;
  hitX: Float64Array;
  hitY: Float64Array;
  hitTime: Float64Array;
  nHits = 0;

  constructor(readonly geometry: SimGeometry) {
    this.cellEnergy = new Float64Array(geometry.nCells);
    this.cellTime = new Float64Array(geometry.nCells);
    this.cellEnergyPileUp = new Float64Array(geometry.nCells);
    this.cellTimePileUp = new Float64Array(geometry.nCells);
    this.elementEnergy = new Float64Array(geometry.elements.length);
    this.touched = new Int32Array(geometry.nCells);
    this.mark = new Uint8Array(geometry.nCells);
    const cap = 256;
    this.hitElement = new Int16Array(cap);
    this.hitPlane = new Uint8Array(cap);
    this.hitX = new Float64Array(cap);
    this.hitY = new Float64Array(cap);
    this.hitTime = new Float64Array(cap);
  }

  /** Clears the event. */
  reset(): void {
    for (let k = 0; k < this.nTouched; k++) {
      const c = this.touched[k];
      this.cellEnergy[c] = 0;
      this.cellTime[c] = 0;
      this.cellEnergyPileUp[c] = 0;
      this.cellTimePileUp[c] = 0;
      this.mark[c] = 0;
    }
    this.nTouched = 0;
    this.pileUp = false;
    this.elementEnergy.fill(0);
    this.nHits = 0;
  }

  /** Adds energy [GeV] at time [ns] to a channel (ignored for channel −1). */
  deposit(cell: number, energy: number, time: number): void {
    if (cell < 0 || !(energy > 0)) return;
    if (!this.mark[cell]) {
      this.mark[cell] = 1;
      this.touched[this.nTouched++] = cell;
    }
    if (this.pileUp) {
      this.cellEnergyPileUp[cell] += energy;
      this.cellTimePileUp[cell] += energy * time;
    } else {
      this.cellEnergy[cell] += energy;
      this.cellTime[cell] += energy * time;
    }
    this.elementEnergy[this.geometry.cellElement[cell]] += energy;
  }

  /** Adds energy to an element's truth sum only (passive parts of it, e.g. outside the cells). */
  depositUnread(element: number, energy: number): void {
    this.elementEnergy[element] += energy;
  }

  /** The channels touched in this event (first nTouched entries). */
  touchedCells(): Int32Array {
    return this.touched;
  }

  /** Records a tracker crossing. */
  addHit(element: number, plane: number, x: number, y: number, time: number): void {
    if (this.nHits === this.hitElement.length) this.growHits();
    const i = this.nHits++;
    this.hitElement[i] = element;
    this.hitPlane[i] = plane;
    this.hitX[i] = x;
    this.hitY[i] = y;
    this.hitTime[i] = time;
  }

  private growHits(): void {
    const n = this.hitElement.length * 2;
    const g = <T extends Int16Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (k: number) => T)(n);
      b.set(a);
      return b;
    };
    this.hitElement = g(this.hitElement);
    this.hitPlane = g(this.hitPlane);
    this.hitX = g(this.hitX);
    this.hitY = g(this.hitY);
    this.hitTime = g(this.hitTime);
  }
}
