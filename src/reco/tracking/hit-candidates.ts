/**
 * The hit candidates of one event, per tracker plane, in fixed slots (at most MAX_CAND per
 * plane; no allocation per event).
 *
 * Micromegas/GEM/hodoscope planes: strips outside the time window |t| ≤ timeSigmas·σ_t + 2 ns
 * are dropped (an out-of-time pile-up cluster overlapping the in-time one would otherwise spoil
 * it), the rest sorted by channel; neighbouring strips (one missing strip allowed) form a
 * cluster; its position is the charge-weighted centroid and its hit error the setup's
 * resolutionCm (docs/sim-response.md: the centroid reproduces the crossing with σ ≈
 * resolutionCm). A cluster is kept if its charge over the plane gain is at least minChargeAdc
 * (noise hits are single strips near the threshold).
 *
 * Straws: drift time τ = t − t0(tube) → radius r(τ) of the calibration (straw-rt.ts), two
 * candidate positions u_wire ∓ r (left/right; the track fit chooses), error v(r)·σ_t with
 * v = dr/dt (W. Blum, W. Riegler, L. Rolandi, Particle Detection with Drift Chambers, 2nd ed.
 * (2008) §4.2: the position error of a drift tube is the drift velocity times the time error);
 * hits outside [−3σ_t, T + 3σ_t] are out of time.
 */
import { EmissError } from '../../core/index.js';
import type { RawEventBatch } from '../../daq/raw-event-batch.js';
import { strawDriftRadius } from '../../sim/response/straw-rt.js';
import type { StrawCalibration, StripCalibration } from '../../sim/response/true-calibration.js';
import type { TrackingLayout } from './tracking-layout.js';

/** Candidate slots per plane. */
export const MAX_CAND = 32;

/** Hit candidates per plane: slot p·MAX_CAND + k, k < nCand[p]. */
export class HitCandidates {
  /** Candidates per plane. */
  readonly nCand: Int32Array;
  /** Position [cm] (straws: u_wire − r). */
  readonly candPos: Float64Array;
  /** The other position [cm] (straws: u_wire + r; strips: = candPos). */
  readonly candAlt: Float64Array;
  /** Hit error [cm]. */
  readonly candSig: Float64Array;
  /** 1 once a track took the candidate (the track finder's flag; cleared per event). */
  readonly candUsed: Uint8Array;
  // Calibration per channel (t0) and per plane.
  private readonly t0: Float64Array;
  private readonly maxDrift: Float64Array;
  private readonly kappa: Float64Array;
  private readonly gain: Float64Array;
  // Strip scratch (grows).
  private sCh = new Uint32Array(256);
  private sQ = new Float64Array(256);

  /**
   * layout: the tracking layout; nTrackerChannels of the geometry; calib: straw t0/r(t) (every
   * straw element required: BAD_FILE naming it) and strip gains (missing: 1); timeSigmas and
   * minChargeAdc: the strip time window and charge cut.
   */
  constructor(
    private readonly L: TrackingLayout,
    nTrackerChannels: number,
    calib: { straws: StrawCalibration[]; strips: StripCalibration[] },
    private readonly timeSigmas: number,
    private readonly minCharge: number,
  ) {
    const nP = L.nPlanes;
    this.t0 = new Float64Array(nTrackerChannels);
    this.maxDrift = new Float64Array(nP);
    this.kappa = new Float64Array(nP);
    this.gain = new Float64Array(nP).fill(1);
    for (let p = 0; p < nP; p++) {
      const name = L.planeElement[p];
      const k = L.planeInElement[p];
      if (L.planeIsStraw[p]) {
        const c = calib.straws.find((s) => s.element === name);
        if (!c) throw new EmissError('BAD_FILE', `calibration: straws (${name})`, `no r(t) and t0 constants for straw tracker ${name}`, 'a calibration with every straw element of the setup');
        const n = L.planeStrips[p];
        if (c.t0Ns.length < (k + 1) * n || c.maxDriftTimeNs.length <= k || c.rtNonLinearity.length <= k) throw new EmissError('BAD_FILE', `calibration: straws (${name})`, 'has fewer planes or tubes than the setup', `${L.planeStrips[p]} tubes per plane`);
        this.maxDrift[p] = c.maxDriftTimeNs[k];
        this.kappa[p] = c.rtNonLinearity[k];
        for (let i = 0; i < n; i++) this.t0[L.planeChannelBase[p] + i] = c.t0Ns[k * n + i];
      } else {
        const c = calib.strips.find((s) => s.element === name);
        if (c && c.gain.length > k && c.gain[k] > 0) this.gain[p] = c.gain[k];
      }
    }
    this.nCand = new Int32Array(nP);
    this.candPos = new Float64Array(nP * MAX_CAND);
    this.candAlt = new Float64Array(nP * MAX_CAND);
    this.candSig = new Float64Array(nP * MAX_CAND);
    this.candUsed = new Uint8Array(nP * MAX_CAND);
  }

  /** Fills the candidates of event i of the batch (clearing the previous event's). */
  fill(batch: RawEventBatch, i: number): void {
    this.nCand.fill(0);
    this.candUsed.fill(0);
    this.strawHits(batch, i);
    this.stripClusters(batch, i);
  }

  /** Straw hits of event i → two candidates each (u_wire ∓ r). */
  private strawHits(b: RawEventBatch, i: number): void {
    const L = this.L;
    for (let j = b.strawOffset[i]; j < b.strawOffset[i + 1]; j++) {
      const ch = b.strawChannel[j];
      if (ch >= L.channelPlane.length) continue;
      const p = L.channelPlane[ch];
      if (p < 0 || !L.planeIsStraw[p]) continue;
      const n = this.nCand[p];
      if (n >= MAX_CAND) continue;
      const T = this.maxDrift[p];
      const sigT = L.planeTimeResolution[p];
      const td = b.strawTimeNs[j] - this.t0[ch];
      // (Written so that a NaN time from a damaged record is dropped too.)
      if (!(td >= -3 * sigT && td <= T + 3 * sigT)) continue;
      const pitch = L.planePitch[p];
      const R = 0.5 * pitch;
      const kap = this.kappa[p];
      const r = strawDriftRadius(td, T, kap, R);
      let s = td / T;
      s = s < 0 ? 0 : s > 1 ? 1 : s;
      // Drift velocity dr/dt = (R/T)(1 + κ − 2κs) (straw-rt.ts).
      const sig = Math.max((R / T) * (1 + kap - 2 * kap * s) * sigT, 1e-4);
      const wire = L.planeEdge[p] + (L.channelStrip[ch] + 0.5 + L.planeStagger[p]) * pitch;
      const o = p * MAX_CAND + n;
      this.candPos[o] = wire - r;
      this.candAlt[o] = wire + r;
      this.candSig[o] = sig;
      this.nCand[p] = n + 1;
    }
  }

  /** Strip hits of event i → clusters (one candidate each). */
  private stripClusters(b: RawEventBatch, i: number): void {
    const L = this.L;
    const j0 = b.stripOffset[i];
    const m = b.stripOffset[i + 1] - j0;
    if (m > this.sCh.length) {
      const cap = 2 * m;
      this.sCh = new Uint32Array(cap);
      this.sQ = new Float64Array(cap);
    }
    const ch = this.sCh;
    const q = this.sQ;
    // Out-of-time strips are dropped first (so that a pile-up cluster overlapping an in-time
    // one does not spoil it), the rest sorted by channel by insertion (the digitizer writes
    // clusters strip by strip: nearly sorted).
    let ns = 0;
    for (let k = 0; k < m; k++) {
      const c = b.stripChannel[j0 + k];
      const tt = b.stripTimeNs[j0 + k];
      const p = c < L.channelPlane.length ? L.channelPlane[c] : -1;
      if (p < 0 || L.planeIsStraw[p] || !(Math.abs(tt) <= this.timeSigmas * L.planeTimeResolution[p] + 2)) continue;
      const qq = b.stripCharge[j0 + k];
      let x = ns - 1;
      while (x >= 0 && ch[x] > c) {
        ch[x + 1] = ch[x];
        q[x + 1] = q[x];
        x--;
      }
      ch[x + 1] = c;
      q[x + 1] = qq;
      ns++;
    }
    let k = 0;
    while (k < ns) {
      const c0 = ch[k];
      const p = L.channelPlane[c0];
      let sq = 0;
      let sqi = 0;
      let last = L.channelStrip[c0];
      while (k < ns && L.channelPlane[ch[k]] === p && L.channelStrip[ch[k]] - last <= 2) {
        const s = L.channelStrip[ch[k]];
        sq += q[k];
        sqi += q[k] * (s + 0.5);
        last = s;
        k++;
      }
      if (!(sq > 0) || sq < this.minCharge * this.gain[p]) continue;
      const n = this.nCand[p];
      if (n >= MAX_CAND) continue;
      const o = p * MAX_CAND + n;
      const u = L.planeEdge[p] + (sqi / sq) * L.planePitch[p];
      this.candPos[o] = u;
      this.candAlt[o] = u;
      this.candSig[o] = L.planeResolution[p];
      this.nCand[p] = n + 1;
    }
  }
}
