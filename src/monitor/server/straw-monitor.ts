/**
 * The straw-chamber monitor of one straw element (e.g. ST1): filled from the raw straw hits of
 * each batch, with no track reconstruction —
 * - `<ST>_tube_time`: hits per tube (x: local tube index = plane·tubesPerPlane + tube) and drift
 *   time (y, the TDC window); every per-tube quantity below derives from it;
 * - `<ST>_occupancy`: in-time hits per tube per event;
 * - `<ST>_noise`: out-of-time hits per tube per event, scaled to the whole TDC window (noise
 *   hits are uniform in the window: src/sim/response/tracker-digitizer.ts);
 * - `<ST>_drift_time`: the drift-time spectrum of the chamber;
 * - `<ST>_rt`: the R(t) relation by the integration method: for tracks spread uniformly over
 *   the tube, dN/dr is flat, so r(t) = R·∫_{t0}^{t} (dN/dt') dt' / N_in-time (W. Blum, W. Riegler,
 *   L. Rolandi, "Particle Detection with Drift Chambers", 2nd ed., Springer 2008, on drift-time
 *   spectra; the noise plateau is subtracted bin by bin);
 * - `<ST>_efficiency`: per tube, from the staggered double layer: a hit in tube j of one layer
 *   puts the particle in one of the two tubes of the partner layer that overlap tube j's centre
 *   ±½ pitch; each of the two gets ½ "expected" and the one that fired gets 1 "found", so a
 *   working tube reads ≈ 1 and a dead tube 0 (the ½ split is exact for uniform illumination of
 *   the two candidates; across a steep beam profile it biases a live tube's value by up to ~10%);
 * - `<ST>_hitmap`: x (first in-time x-view hit) against y (first in-time y-view hit) [cm].
 * The in-time window is [t0, t0 + t_max + 3σ_t]: t0 the leading edge (1% of the noise-subtracted
 * integral) of the drift-time spectrum once it holds ≥ 500 hits, t_max = (pitch/2)/v_drift from the setup.
 */
import { Hist1D, Hist2D } from '../../analysis/hist/index.js';
import type { RawEventBatch } from '../../daq/index.js';
import type { SimElement } from '../../sim/sim-geometry.js';
import { strawStagger } from '../../sim/response/index.js';
import type { StrawRates } from './straw-alarms.js';

/** Drift-time bins [ns] of the tube × time histogram and its TDC window. */
const TIME_BINS = 50;

/** The straw monitor of one element. */
export class StrawMonitor {
  readonly name: string;
  readonly nPlanes: number;
  readonly tubesPerPlane: number;
  readonly firstChannel: number;
  readonly nTubes: number;
  readonly tubeTime: Hist2D;
  readonly driftTime: Hist1D;
  readonly hitmap: Hist2D;
  /** Events seen. */
  events = 0;
  /** Per tube: ½-weighted expected and found counts of the double-layer efficiency. */
  private readonly expected: Float64Array;
  private readonly found: Float64Array;
  private readonly planeView: Uint8Array;
  private readonly stagger: Float64Array;
  /** Partner plane of each plane (the other layer of the same view), −1 if none. */
  private readonly partner: Int32Array;
  private readonly pitch: number;
  private readonly uLo: number;
  private readonly maxDriftNs: number;
  private readonly sigmaTNs: number;
  private readonly windowNs: number;
  /** Per tube: 1 when it has an in-time hit in the current event. */
  private readonly fired: Uint8Array;
  private readonly firedList: Int32Array;
  private t0Ns = 0;
  private t0Known = false;

  /** @param el - a straw tracker element of the geometry; `windowNs` the TDC window [ns] (default 200). */
  constructor(el: SimElement, windowNs = 200) {
    this.name = el.name;
    this.nPlanes = el.planeZ.length;
    this.tubesPerPlane = el.stripsPerPlane;
    this.firstChannel = el.firstChannel;
    this.nTubes = this.nPlanes * this.tubesPerPlane;
    this.windowNs = windowNs;
    this.pitch = el.pitch;
    this.uLo = -0.5 * el.stripsPerPlane * el.pitch;
    this.maxDriftNs = (0.5 * el.pitch) / el.driftVelocityCmPerNs;
    this.sigmaTNs = el.timeResolutionNs;
    this.planeView = Uint8Array.from(el.planeView);
    this.stagger = strawStagger(el.planeView);
    this.partner = new Int32Array(this.nPlanes).fill(-1);
    for (let p = 0; p + 1 < this.nPlanes; p++) {
      if (this.partner[p] < 0 && this.planeView[p] === this.planeView[p + 1] && this.stagger[p] !== this.stagger[p + 1]) {
        this.partner[p] = p + 1;
        this.partner[p + 1] = p;
      }
    }
    const n = this.nTubes;
    this.tubeTime = new Hist2D(`${el.name}_tube_time`, `${el.name}: hits per tube and drift time`, n, 0, n, TIME_BINS, 0, windowNs, 'tube (plane·n + i)', 't [ns]', 'hits');
    this.driftTime = new Hist1D(`${el.name}_drift_time`, `${el.name}: drift-time spectrum`, TIME_BINS, 0, windowNs, 't [ns]', 'hits');
    const half = 0.5 * el.stripsPerPlane * el.pitch;
    this.hitmap = new Hist2D(`${el.name}_hitmap`, `${el.name}: hit map (first x and y hits)`, el.stripsPerPlane, el.x0 - half, el.x0 + half, el.stripsPerPlane, el.y0 - half, el.y0 + half, 'x [cm]', 'y [cm]', 'events');
    this.expected = new Float64Array(n);
    this.found = new Float64Array(n);
    this.fired = new Uint8Array(n);
    this.firedList = new Int32Array(n);
    this.xCentre = el.x0;
    this.yCentre = el.y0;
  }

  private readonly xCentre: number;
  private readonly yCentre: number;

  /** The in-time window [ns]: [t0, t0 + t_max + 3σ_t] (all of the TDC window until t0 is known). */
  inTimeWindow(): [number, number] {
    if (!this.t0Known) return [0, this.windowNs];
    return [this.t0Ns, this.t0Ns + this.maxDriftNs + 3 * this.sigmaTNs];
  }

  /** Fills the hits of all events of `batch` whose straw channel belongs to this element. */
  fillBatch(b: RawEventBatch): void {
    const first = this.firstChannel;
    const n = this.nTubes;
    const [lo, hi] = this.inTimeWindow();
    for (let i = 0; i < b.n; i++) {
      let nFired = 0;
      for (let j = b.strawOffset[i]; j < b.strawOffset[i + 1]; j++) {
        const k = b.strawChannel[j] - first;
        if (k < 0 || k >= n) continue;
        const t = b.strawTimeNs[j];
        this.tubeTime.fill(k + 0.5, t);
        this.driftTime.fill(t);
        if (t < lo || t > hi || this.fired[k]) continue;
        this.fired[k] = 1;
        this.firedList[nFired++] = k;
      }
      this.events++;
      this.efficiencyEvent(nFired);
      this.hitmapEvent(nFired);
      for (let q = 0; q < nFired; q++) this.fired[this.firedList[q]] = 0;
    }
    if (!this.t0Known && this.driftTime.entries >= 500) this.findT0();
  }

  private hitmapEvent(nFired: number): void {
    let x = Number.NaN;
    let y = Number.NaN;
    const tpp = this.tubesPerPlane;
    for (let q = 0; q < nFired; q++) {
      const k = this.firedList[q];
      const plane = (k / tpp) | 0;
      const u = this.uLo + ((k % tpp) + 0.5 + this.stagger[plane]) * this.pitch;
      if (this.planeView[plane] === 0) {
        if (x !== x) x = u;
      } else if (y !== y) y = u;
    }
    if (x === x && y === y) this.hitmap.fill(this.xCentre + x, this.yCentre + y);
  }

  private efficiencyEvent(nFired: number): void {
    const tpp = this.tubesPerPlane;
    for (let q = 0; q < nFired; q++) {
      const k = this.firedList[q];
      const plane = (k / tpp) | 0;
      const partner = this.partner[plane];
      if (partner < 0) continue;
      const j = k % tpp;
      // Centre of tube j in the partner's tube numbering; the partner tubes overlapping [c − ½, c + ½).
      const c = j + 0.5 + this.stagger[plane] - this.stagger[partner];
      const a = Math.floor(c - 0.5 + 1e-9);
      for (let i = a; i <= a + 1; i++) {
        if (i < 0 || i >= tpp) continue;
        const kk = partner * tpp + i;
        this.expected[kk] += 0.5;
      }
      // Credit the one that fired (if both fired, each gets ½ of a find).
      const k0 = a >= 0 && a < tpp ? partner * tpp + a : -1;
      const k1 = a + 1 >= 0 && a + 1 < tpp ? partner * tpp + a + 1 : -1;
      const f0 = k0 >= 0 && this.fired[k0] === 1;
      const f1 = k1 >= 0 && this.fired[k1] === 1;
      if (f0 && f1) {
        this.found[k0] += 0.5;
        this.found[k1] += 0.5;
      } else if (f0) this.found[k0] += 1;
      else if (f1) this.found[k1] += 1;
    }
  }

  /** Leading edge of the drift-time spectrum: where 1% of its plateau-subtracted integral is reached (robust against spikes). */
  private findT0(): void {
    const h = this.driftTime;
    const plateau = this.plateau();
    let total = 0;
    for (let i = 1; i <= h.nBins; i++) total += Math.max(0, h.contents[i] - plateau);
    let acc = 0;
    for (let i = 1; i <= h.nBins && total > 0; i++) {
      acc += Math.max(0, h.contents[i] - plateau);
      if (acc >= 0.01 * total) {
        this.t0Ns = h.binLowEdge(i);
        this.t0Known = true;
        return;
      }
    }
  }

  /** Noise plateau of the drift-time spectrum [hits per bin]: the median of the last quarter of the window. */
  private plateau(): number {
    const h = this.driftTime;
    const tail = Array.from(h.contents.subarray(1 + Math.floor((3 * h.nBins) / 4), h.nBins + 1)).sort((a, b) => a - b);
    return tail.length ? tail[tail.length >> 1] : 0;
  }

  /** In-time hits per tube per event (occupancy) and out-of-time hits per tube per event scaled to the full window (noise). */
  occupancyAndNoise(): { occupancy: Hist1D; noise: Hist1D } {
    const n = this.nTubes;
    const occ = new Hist1D(`${this.name}_occupancy`, `${this.name}: in-time hits per tube per event`, n, 0, n, 'tube (plane·n + i)', 'hits / event');
    const noise = new Hist1D(`${this.name}_noise`, `${this.name}: noise hits per tube per event (full window)`, n, 0, n, 'tube (plane·n + i)', 'noise hits / event');
    const [lo, hi] = this.inTimeWindow();
    const tt = this.tubeTime;
    const ev = Math.max(this.events, 1);
    let outWidth = 0;
    for (let iy = 1; iy <= tt.ny; iy++) {
      const c = tt.binCenterY(iy);
      if (c < lo || c > hi) outWidth += (tt.yhi - tt.ylo) / tt.ny;
    }
    for (let ix = 1; ix <= n; ix++) {
      let inT = 0;
      let outT = 0;
      for (let iy = 1; iy <= tt.ny; iy++) {
        const v = tt.contents[tt.cell(ix, iy)];
        const c = tt.binCenterY(iy);
        if (c < lo || c > hi) outT += v;
        else inT += v;
      }
      occ.contents[ix] = inT / ev;
      noise.contents[ix] = outWidth > 0 ? (outT / ev) * ((tt.yhi - tt.ylo) / outWidth) : 0;
    }
    occ.entries = this.events;
    noise.entries = this.events;
    return { occupancy: occ, noise };
  }

  /** Per-tube rates for the alarms: all hits per event and noise hits per event (see straw-alarms.ts). */
  rates(): StrawRates {
    const { noise } = this.occupancyAndNoise();
    const tt = this.tubeTime;
    const ev = Math.max(this.events, 1);
    const hits: number[] = [];
    for (let ix = 1; ix <= this.nTubes; ix++) {
      let s = 0;
      for (let iy = 0; iy <= tt.ny + 1; iy++) s += tt.contents[tt.cell(ix, iy)];
      hits.push(s / ev);
    }
    return { element: this.name, tubesPerPlane: this.tubesPerPlane, hits, noise: Array.from(noise.contents.subarray(1, this.nTubes + 1)) };
  }

  /** Per-tube efficiency from the double layer (0 where fewer than 20 hits were expected: too few to judge). */
  efficiency(): Hist1D {
    const n = this.nTubes;
    const h = new Hist1D(`${this.name}_efficiency`, `${this.name}: per-tube efficiency (double layer)`, n, 0, n, 'tube (plane·n + i)', 'efficiency');
    for (let k = 0; k < n; k++) h.contents[k + 1] = this.expected[k] >= 20 ? Math.min(1, this.found[k] / this.expected[k]) : 0;
    h.entries = this.events;
    return h;
  }

  /** Expected counts per tube of the efficiency (to judge its statistics). */
  expectedCounts(): Float64Array {
    return this.expected;
  }

  /** The R(t) relation [cm] by the integration method (see the file comment). */
  rt(): Hist1D {
    const d = this.driftTime;
    const h = new Hist1D(`${this.name}_rt`, `${this.name}: R(t) (integration method)`, d.nBins, d.lo, d.hi, 't [ns]', 'r [cm]');
    const [lo, hi] = this.inTimeWindow();
    const plateau = this.plateau();
    let total = 0;
    for (let i = 1; i <= d.nBins; i++) {
      const c = d.binCenter(i);
      if (c >= lo && c <= hi) total += Math.max(0, d.contents[i] - plateau);
    }
    const R = 0.5 * this.pitch;
    let acc = 0;
    for (let i = 1; i <= d.nBins; i++) {
      const c = d.binCenter(i);
      if (c >= lo && c <= hi) acc += Math.max(0, d.contents[i] - plateau);
      h.contents[i] = c < lo || total === 0 ? 0 : (R * acc) / total;
    }
    h.entries = d.entries;
    return h;
  }

  /** Empties every histogram and counter. */
  reset(): void {
    this.tubeTime.reset();
    this.driftTime.reset();
    this.hitmap.reset();
    this.expected.fill(0);
    this.found.fill(0);
    this.events = 0;
    this.t0Known = false;
  }
}
