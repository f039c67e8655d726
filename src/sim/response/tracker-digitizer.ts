/**
 * Digitization of the trackers: drift times of straw tubes, strip clusters of Micromegas and
 * GEM planes, inefficiency and noise hits.
 *
 * Plane layout (both kinds): the stripsPerPlane strips or tubes of a plane lie side by side
 * across it, centred on the element's (xCm, yCm); a plane of view 0 measures x, view 1 y. Strip
 * or tube i covers u ∈ [u₀ + i·p, u₀ + (i + 1)·p), u₀ = −stripsPerPlane·p/2 (p the pitch).
 * Straws: tubes of diameter p with the wire at the centre; a plane that follows a plane of the
 * same view is shifted by half a tube (the staggered double layer of a straw chamber, which
 * resolves the left–right ambiguity): [x, x, y, y] → shifts [0, ½, 0, ½]. A track crossing at u
 * passes through the one tube whose span contains u (tracks are taken as parallel to z: NA64's
 * angles are mrad), at r = |u − u_wire| from the wire.
 *
 * Channel id = firstChannel + plane·stripsPerPlane + strip (or tube).
 */
import { SPEED_OF_LIGHT } from '../../core/index.js';
import type { RandomStream } from '../../core/index.js';
import type { RawEvent } from '../../daq/index.js';
import type { EventDeposits } from '../event-deposits.js';
import { ElementKind } from '../sim-geometry.js';
import type { SimGeometry } from '../sim-geometry.js';
import { strawDriftTime } from './straw-rt.js';
import { maxClusterStrips, moyal, spreadCluster } from './strip-cluster.js';
import type { StripResponse } from './strip-cluster.js';
import type { TrueCalibration } from './true-calibration.js';

/** Settings of the tracker digitization (resolved defaults). */
export interface TrackerSettings {
  /** z where the beam particle starts at t = 0 [cm]. */
  startZCm: number;
  /** Straw TDC window [ns]: hits outside [0, window) are lost; noise hits are uniform in it. */
  strawWindowNs: number;
  strip: StripResponse;
}

/**
 * Straw half-tube shifts of a tracker's planes: ½ for a plane whose predecessor has the same
 * view and no shift, else 0 (so [x, x, y, y] → [0, ½, 0, ½], [x, x, x] → [0, ½, 0]).
 */
export function strawStagger(planeView: ArrayLike<number>): Float64Array {
  const s = new Float64Array(planeView.length);
  for (let p = 1; p < planeView.length; p++) if (planeView[p] === planeView[p - 1] && s[p - 1] === 0) s[p] = 0.5;
  return s;
}

/** The per-plane state of the tracker digitization, built once per run. */
export class TrackerDigitizer {
  /** First global plane index of each element (−1 for non-trackers). */
  private readonly planeBase: Int32Array;
  // Per global plane.
  private readonly isStraw: Uint8Array;
  private readonly view: Uint8Array;
  private readonly stagger: Float64Array;
  private readonly uLo: Float64Array;
  private readonly halfU: Float64Array;
  private readonly halfV: Float64Array;
  private readonly pitch: Float64Array;
  private readonly nStrips: Int32Array;
  private readonly channelBase: Int32Array;
  private readonly tRef: Float64Array;
  private readonly efficiency: Float64Array;
  private readonly sigmaT: Float64Array;
  private readonly resolution: Float64Array;
  private readonly maxDrift: Float64Array;
  private readonly kappa: Float64Array;
  private readonly gain: Float64Array;
  /** Straw t0 per tracker channel [ns]. */
  private readonly t0: Float64Array;
  private readonly clusterStrip: Int32Array;
  private readonly clusterCharge: Uint16Array;
  private readonly elementKind: Uint8Array;
  /** Per tracker element: mean noise hits (all planes), first global plane, number of planes. */
  private readonly noiseElementMean: Float64Array;
  private readonly noiseElementPlane: Int32Array;
  private readonly noiseElementPlanes: Int32Array;

  constructor(
    g: SimGeometry,
    cal: TrueCalibration,
    private readonly s: TrackerSettings,
  ) {
    const trackers = g.elements.filter((e) => e.kind === ElementKind.Tracker);
    const nPlanes = trackers.reduce((k, e) => k + e.planeZ.length, 0);
    this.planeBase = new Int32Array(g.elements.length).fill(-1);
    this.elementKind = Uint8Array.from(g.elements, (e) => e.kind);
    this.isStraw = new Uint8Array(nPlanes);
    this.view = new Uint8Array(nPlanes);
    this.stagger = new Float64Array(nPlanes);
    this.uLo = new Float64Array(nPlanes);
    this.halfU = new Float64Array(nPlanes);
    this.halfV = new Float64Array(nPlanes);
    this.pitch = new Float64Array(nPlanes);
    this.nStrips = new Int32Array(nPlanes);
    this.channelBase = new Int32Array(nPlanes);
    this.tRef = new Float64Array(nPlanes);
    this.efficiency = new Float64Array(nPlanes);
    this.sigmaT = new Float64Array(nPlanes);
    this.resolution = new Float64Array(nPlanes);
    this.maxDrift = new Float64Array(nPlanes);
    this.kappa = new Float64Array(nPlanes);
    this.gain = new Float64Array(nPlanes).fill(1);
    this.t0 = new Float64Array(g.nTrackerChannels);
    let gp = 0;
    for (const el of trackers) {
      this.planeBase[el.index] = gp;
      const straw = el.role === 'straw';
      const stagger = straw ? strawStagger(el.planeView) : new Float64Array(el.planeZ.length);
      const sc = straw ? cal.straws.find((x) => x.element === el.name) : undefined;
      const gc = straw ? undefined : cal.strips.find((x) => x.element === el.name);
      for (let p = 0; p < el.planeZ.length; p++, gp++) {
        const v = el.planeView[p];
        this.isStraw[gp] = straw ? 1 : 0;
        this.view[gp] = v;
        this.stagger[gp] = stagger[p];
        this.pitch[gp] = el.pitch;
        this.nStrips[gp] = el.stripsPerPlane;
        this.uLo[gp] = -0.5 * el.stripsPerPlane * el.pitch;
        this.halfU[gp] = v === 0 ? el.halfX : el.halfY;
        this.halfV[gp] = v === 0 ? el.halfY : el.halfX;
        this.channelBase[gp] = el.firstChannel + p * el.stripsPerPlane;
        this.tRef[gp] = (el.planeZ[p] - s.startZCm) / SPEED_OF_LIGHT;
        this.efficiency[gp] = el.efficiency;
        this.sigmaT[gp] = el.timeResolutionNs;
        this.resolution[gp] = el.resolutionCm;
        if (sc) {
          this.maxDrift[gp] = sc.maxDriftTimeNs[p];
          this.kappa[gp] = sc.rtNonLinearity[p];
          for (let i = 0; i < el.stripsPerPlane; i++) this.t0[this.channelBase[gp] + i] = sc.t0Ns[p * el.stripsPerPlane + i];
        }
        if (gc) this.gain[gp] = gc.gain[p];
      }
    }
    this.noiseElementMean = Float64Array.from(trackers, (e) => e.noiseHitsPerPlane * e.planeZ.length);
    this.noiseElementPlane = Int32Array.from(trackers, (e) => this.planeBase[e.index]);
    this.noiseElementPlanes = Int32Array.from(trackers, (e) => e.planeZ.length);
    const maxStrips = maxClusterStrips(s.strip.clusterSigmaPitch);
    this.clusterStrip = new Int32Array(maxStrips);
    this.clusterCharge = new Uint16Array(maxStrips);
  }

  /** Writes the straw and strip hits of one event (crossings, then noise hits) to out. */
  digitize(dep: EventDeposits, rng: RandomStream, out: RawEvent): void {
    const sp = this.s.strip;
    const window = this.s.strawWindowNs;
    for (let h = 0; h < dep.nHits; h++) {
      const e = dep.hitElement[h];
      if (this.elementKind[e] !== ElementKind.Tracker) continue;
      const gp = this.planeBase[e] + dep.hitPlane[h];
      // Local coordinates: u measured, v along the strips.
      const el = dep.geometry.elements[e];
      const dx = dep.hitX[h] - el.x0;
      const dy = dep.hitY[h] - el.y0;
      const u = this.view[gp] === 0 ? dx : dy;
      const v = this.view[gp] === 0 ? dy : dx;
      if (Math.abs(u) >= this.halfU[gp] || Math.abs(v) >= this.halfV[gp]) continue;
      if (rng.uniform() >= this.efficiency[gp]) continue;
      const tRel = dep.hitTime[h] - this.tRef[gp];
      const pitch = this.pitch[gp];
      const n = this.nStrips[gp];
      if (this.isStraw[gp]) {
        const x = (u - this.uLo[gp]) / pitch - this.stagger[gp];
        const tube = Math.floor(x);
        if (tube < 0 || tube >= n) continue;
        const r = Math.abs(x - tube - 0.5) * pitch;
        const ch = this.channelBase[gp] + tube;
        const t = this.t0[ch] + strawDriftTime(r, this.maxDrift[gp], this.kappa[gp], 0.5 * pitch) + tRel + this.sigmaT[gp] * rng.normalFast();
        if (t >= 0 && t < window) out.addStraw(ch, t);
      } else {
        const center = (u - this.uLo[gp]) / pitch + (this.resolution[gp] / pitch) * rng.normalFast();
        const charge = this.gain[gp] * sp.mpvAdc * (1 + sp.landauScaleFraction * moyal(rng));
        const k = spreadCluster(center, charge, n, sp, rng, this.clusterStrip, this.clusterCharge);
        const t = tRel + this.sigmaT[gp] * rng.normalFast();
        const base = this.channelBase[gp];
        for (let i = 0; i < k; i++) out.addStrip(base + this.clusterStrip[i], this.clusterCharge[i], t);
      }
    }
    // Noise hits: Poisson per element (the sum over its planes; a plane chosen uniformly is the
    // same as a Poisson per plane, at one draw per element), a random tube or strip, a uniform
    // time in the window.
    for (let t = 0; t < this.noiseElementMean.length; t++) {
      const mean = this.noiseElementMean[t];
      if (!(mean > 0)) continue;
      const k = rng.poisson(mean);
      const p0 = this.noiseElementPlane[t];
      const np = this.noiseElementPlanes[t];
      for (let i = 0; i < k; i++) {
        const gp = p0 + Math.min(Math.floor(rng.uniform() * np), np - 1);
        const n = this.nStrips[gp];
        const ch = this.channelBase[gp] + Math.min(Math.floor(rng.uniform() * n), n - 1);
        if (this.isStraw[gp]) out.addStraw(ch, rng.uniform() * window);
        else {
          // A noise fluctuation over the threshold: threshold + exponential tail of scale σ²/threshold.
          const thr = sp.thresholdAdc;
          const q = thr > 0 ? Math.round(thr + ((sp.noiseAdc * sp.noiseAdc) / thr) * rng.exponential()) : 1;
          out.addStrip(ch, Math.min(q, sp.adcMax), (rng.uniform() - 0.5) * sp.windowNs);
        }
      }
    }
  }
}
