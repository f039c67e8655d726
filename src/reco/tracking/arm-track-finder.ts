/**
 * Track finding and straight-line fits in the field-free arms, per arm and view (x and y are
 * independent projections); tracks are kept as their six least-squares sums
 * (spectrometer-fit.ts), referred to the arm's mean z.
 *
 * In each arm and view: seeds from a candidate in the first and one in the last plane
 * with hits (strip planes preferred; both straw signs tried) within the slope road
 * |du/dz| ≤ `maxSlopeRad`; in every other plane the candidate (and straw sign) nearest the
 * seed line within `roadSigmas`·√(σ_hit² + σ_seed²) + 0.02 cm; a weighted least-squares line;
 * the straw signs re-chosen by the fitted line (the fit resolves the left/right ambiguity) and
 * the line refitted; the worst hit dropped once if χ²/ndf > `maxChi2PerNdf`. The best seed
 * (most hits, then least χ²) makes a track, its hits are removed, and the search repeats (at
 * most 8 tracks per arm and view, 8 candidates per seed plane, 32 per plane).
 *
 * A two-plane view cannot tell a right pairing from a wrong one (every pair has χ² = 0): there
 * every pair in the slope road is kept for the spectrometer fit to choose.
 */
import { MAX_CAND } from './hit-candidates.js';
import type { HitCandidates } from './hit-candidates.js';
import { TRACK_SUMS, addHit, fitLine } from './spectrometer-fit.js';
import type { TrackingLayout } from './tracking-layout.js';

/** Tracks kept per arm and view. */
export const MAX_TRACKS = 8;
/** Candidates tried per seed plane. */
const MAX_SEED = 8;

/** Finds the tracks of every arm and view of an event's hit candidates; one per worker. */
export class ArmTrackFinder {
  /** Track candidates per arm-view av = 2·arm + view (for the spectrometer fits). */
  readonly nTracks: Int32Array;
  /** Track multiplicity per arm-view (= nTracks, except for two-plane views). */
  readonly trackCount: Int32Array;
  /** Sums of track k of av at ((av·MAX_TRACKS + k)·TRACK_SUMS …), d = z − armZRef. */
  readonly trackSums: Float64Array;
  /** Hits of track k of av at av·MAX_TRACKS + k. */
  readonly trackHits: Int32Array;
  private readonly nCand: Int32Array;
  private readonly candPos: Float64Array;
  private readonly candAlt: Float64Array;
  private readonly candSig: Float64Array;
  private readonly candUsed: Uint8Array;
  // Arm-view plane lists.
  private readonly avStart: Int32Array;
  private readonly avPlanes: Int32Array;
  private readonly avMinHits: Int32Array;
  private readonly pairMark = new Uint8Array(MAX_SEED);
  // Track-building scratch.
  private readonly selPlane: Int32Array;
  private readonly selCand: Int32Array;
  private readonly selAlt: Uint8Array;
  private readonly bestPlane: Int32Array;
  private readonly bestCand: Int32Array;
  private readonly sums = new Float64Array(TRACK_SUMS);
  private readonly line = new Float64Array(6);
  private bestN = 0;
  private bestChi2 = 0;

  /**
   * layout; hits: the candidates it reads (and marks used); maxSlope [rad], roadSigmas, maxChi2
   * (per ndf): see TrackingOptions.
   */
  constructor(
    private readonly layout: TrackingLayout,
    hits: HitCandidates,
    private readonly maxSlope: number,
    private readonly roadSigmas: number,
    private readonly maxChi2: number,
  ) {
    const L = layout;
    const nP = L.nPlanes;
    this.nCand = hits.nCand;
    this.candPos = hits.candPos;
    this.candAlt = hits.candAlt;
    this.candSig = hits.candSig;
    this.candUsed = hits.candUsed;
    const nAv = 2 * L.nArms;
    this.avStart = new Int32Array(nAv + 1);
    const lists: number[] = [];
    this.avMinHits = new Int32Array(nAv);
    for (let av = 0; av < nAv; av++) {
      this.avStart[av] = lists.length;
      const a = av >> 1;
      for (let p = L.armPlaneStart[a]; p < L.armPlaneStart[a + 1]; p++) if (L.planeView[p] === (av & 1)) lists.push(p);
      const n = lists.length - this.avStart[av];
      // Two planes: both; more: at least half of them and three.
      this.avMinHits[av] = n <= 2 ? 2 : Math.max(3, Math.ceil(n / 2));
    }
    this.avStart[nAv] = lists.length;
    this.avPlanes = Int32Array.from(lists);
    this.nTracks = new Int32Array(nAv);
    this.trackCount = new Int32Array(nAv);
    this.trackSums = new Float64Array(nAv * MAX_TRACKS * TRACK_SUMS);
    this.trackHits = new Int32Array(nAv * MAX_TRACKS);
    this.selPlane = new Int32Array(nP);
    this.selCand = new Int32Array(nP);
    this.selAlt = new Uint8Array(nP);
    this.bestPlane = new Int32Array(nP);
    this.bestCand = new Int32Array(nP);
  }

  /** Finds the tracks of every arm and view (after HitCandidates.fill). */
  find(): void {
    for (let av = 0; av < this.nTracks.length; av++) this.findTracks(av);
  }

  /** Finds the tracks of arm-view av. */
  private findTracks(av: number): void {
    const L = this.layout;
    const P = this.avPlanes;
    const a0 = this.avStart[av];
    const a1 = this.avStart[av + 1];
    this.nTracks[av] = 0;
    this.trackCount[av] = 0;
    if (a1 - a0 < 2) return;
    const minHits = this.avMinHits[av];
    const zRef = L.armZRef[av >> 1];
    if (a1 - a0 === 2) {
      this.pairTracks(av, P[a0], P[a0 + 1], zRef);
      return;
    }
    for (let nt = 0; nt < MAX_TRACKS; nt++) {
      // Seed planes: first and last strip planes with free candidates, else any planes.
      let A = -1;
      let B = -1;
      for (let pass = 0; pass < 2 && (A < 0 || A === B); pass++) {
        A = -1;
        B = -1;
        for (let x = a0; x < a1; x++) {
          const p = P[x];
          if (pass === 0 && L.planeIsStraw[p]) continue;
          if (!this.hasFree(p)) continue;
          if (A < 0) A = p;
          B = p;
        }
      }
      if (A < 0 || A === B) return;
      this.bestN = 0;
      this.bestChi2 = 0;
      const zA = L.planeZ[A];
      const zB = L.planeZ[B];
      const nA = Math.min(this.nCand[A], MAX_SEED);
      const nB = Math.min(this.nCand[B], MAX_SEED);
      const sA = L.planeIsStraw[A] ? 2 : 1;
      const sB = L.planeIsStraw[B] ? 2 : 1;
      for (let ia = 0; ia < nA; ia++) {
        const oa = A * MAX_CAND + ia;
        if (this.candUsed[oa]) continue;
        for (let xa = 0; xa < sA; xa++) {
          const ua = xa ? this.candAlt[oa] : this.candPos[oa];
          for (let ib = 0; ib < nB; ib++) {
            const ob = B * MAX_CAND + ib;
            if (this.candUsed[ob]) continue;
            for (let xb = 0; xb < sB; xb++) {
              const ub = xb ? this.candAlt[ob] : this.candPos[ob];
              const slope = (ub - ua) / (zB - zA);
              if (Math.abs(slope) > this.maxSlope) continue;
              this.trySeed(a0, a1, A, ia, xa, B, ib, xb, ua, slope, zRef, minHits);
            }
          }
        }
      }
      if (this.bestN === 0) return;
      // Store the best track and remove its hits.
      const n = this.bestN;
      for (let k = 0; k < n; k++) {
        this.selPlane[k] = this.bestPlane[k];
        this.selCand[k] = this.bestCand[k] & 0xffff;
        this.selAlt[k] = this.bestCand[k] >>> 16;
        this.candUsed[this.bestPlane[k] * MAX_CAND + this.selCand[k]] = 1;
      }
      const o = (av * MAX_TRACKS + nt) * TRACK_SUMS;
      this.sumsOf(n, zRef);
      this.trackSums.set(this.sums, o);
      this.trackHits[av * MAX_TRACKS + nt] = n;
      this.nTracks[av] = nt + 1;
      this.trackCount[av] = nt + 1;
    }
  }

  /**
   * An arm view of two planes: every pair of candidates within the slope road is a track
   * candidate (each has χ² = 0, so the pairing is left to the spectrometer fit, which keeps the
   * pair that matches a track of the other arm); the multiplicity is the smaller number of
   * candidates of the two planes that have a partner in the road.
   */
  private pairTracks(av: number, A: number, B: number, zRef: number): void {
    const L = this.layout;
    const zA = L.planeZ[A];
    const zB = L.planeZ[B];
    const nA = Math.min(this.nCand[A], MAX_SEED);
    const nB = Math.min(this.nCand[B], MAX_SEED);
    const sA = L.planeIsStraw[A] ? 2 : 1;
    const sB = L.planeIsStraw[B] ? 2 : 1;
    let nt = 0;
    let mA = 0;
    const mB = this.pairMark;
    mB.fill(0);
    for (let ia = 0; ia < nA; ia++) {
      const oa = A * MAX_CAND + ia;
      let partner = false;
      for (let xa = 0; xa < sA; xa++) {
        const ua = xa ? this.candAlt[oa] : this.candPos[oa];
        for (let ib = 0; ib < nB; ib++) {
          const ob = B * MAX_CAND + ib;
          for (let xb = 0; xb < sB; xb++) {
            const ub = xb ? this.candAlt[ob] : this.candPos[ob];
            if (Math.abs((ub - ua) / (zB - zA)) > this.maxSlope) continue;
            partner = true;
            mB[ib] = 1;
            if (nt === MAX_TRACKS) continue;
            const o = (av * MAX_TRACKS + nt) * TRACK_SUMS;
            for (let k = 0; k < TRACK_SUMS; k++) this.trackSums[o + k] = 0;
            addHit(this.trackSums, o, zA - zRef, ua, 1 / (this.candSig[oa] * this.candSig[oa]));
            addHit(this.trackSums, o, zB - zRef, ub, 1 / (this.candSig[ob] * this.candSig[ob]));
            this.trackHits[av * MAX_TRACKS + nt] = 2;
            nt++;
          }
        }
      }
      if (partner) mA++;
    }
    let nb = 0;
    for (let ib = 0; ib < nB; ib++) nb += mB[ib];
    this.nTracks[av] = nt;
    this.trackCount[av] = Math.min(mA, nb);
  }

  private hasFree(p: number): boolean {
    for (let c = 0; c < this.nCand[p]; c++) if (!this.candUsed[p * MAX_CAND + c]) return true;
    return false;
  }

  /** Builds a track from a seed; keeps it in best* if it beats the best so far. */
  private trySeed(a0: number, a1: number, A: number, ia: number, xa: number, B: number, ib: number, xb: number, ua: number, slope: number, zRef: number, minHits: number): void {
    const L = this.layout;
    const zA = L.planeZ[A];
    const zB = L.planeZ[B];
    const sigA = this.candSig[A * MAX_CAND + ia];
    const sigB = this.candSig[B * MAX_CAND + ib];
    let n = 0;
    for (let x = a0; x < a1; x++) {
      const p = this.avPlanes[x];
      if (p === A) {
        this.selPlane[n] = A;
        this.selCand[n] = ia;
        this.selAlt[n++] = xa;
        continue;
      }
      if (p === B) {
        this.selPlane[n] = B;
        this.selCand[n] = ib;
        this.selAlt[n++] = xb;
        continue;
      }
      const z = L.planeZ[p];
      const pred = ua + slope * (z - zA);
      const fa = (zB - z) / (zB - zA);
      const fb = (z - zA) / (zB - zA);
      const sp2 = sigA * sigA * fa * fa + sigB * sigB * fb * fb;
      let best = -1;
      let bestAlt = 0;
      let bestD = Infinity;
      const oc = p * MAX_CAND;
      for (let c = 0; c < this.nCand[p]; c++) {
        if (this.candUsed[oc + c]) continue;
        const s = this.candSig[oc + c];
        const win = this.roadSigmas * Math.sqrt(s * s + sp2) + 0.02;
        const d0 = Math.abs(this.candPos[oc + c] - pred);
        const d1 = Math.abs(this.candAlt[oc + c] - pred);
        const d = d0 <= d1 ? d0 : d1;
        if (d <= win && d < bestD) {
          bestD = d;
          best = c;
          bestAlt = d0 <= d1 ? 0 : 1;
        }
      }
      if (best >= 0) {
        this.selPlane[n] = p;
        this.selCand[n] = best;
        this.selAlt[n++] = bestAlt;
      }
    }
    if (n < minHits || n <= this.bestN - 1) return;
    if (!this.fitSelection(n, zRef)) return;
    // Left/right by the fitted line, then refit.
    if (this.resolveSigns(n, zRef) && !this.fitSelection(n, zRef)) return;
    let chi2 = this.line[5];
    if (n > 2 && chi2 / (n - 2) > this.maxChi2 && n > minHits) {
      // Drop the worst hit once.
      let worst = -1;
      let worstR = -1;
      for (let k = 0; k < n; k++) {
        const r = this.residual(k, zRef);
        if (r > worstR) {
          worstR = r;
          worst = k;
        }
      }
      for (let k = worst; k < n - 1; k++) {
        this.selPlane[k] = this.selPlane[k + 1];
        this.selCand[k] = this.selCand[k + 1];
        this.selAlt[k] = this.selAlt[k + 1];
      }
      n--;
      if (!this.fitSelection(n, zRef)) return;
      if (this.resolveSigns(n, zRef) && !this.fitSelection(n, zRef)) return;
      chi2 = this.line[5];
    }
    if (n > 2 && chi2 / (n - 2) > this.maxChi2) return;
    if (Math.abs(this.line[1]) > this.maxSlope) return;
    if (n > this.bestN || (n === this.bestN && chi2 < this.bestChi2)) {
      this.bestN = n;
      this.bestChi2 = chi2;
      for (let k = 0; k < n; k++) {
        this.bestPlane[k] = this.selPlane[k];
        this.bestCand[k] = this.selCand[k] | (this.selAlt[k] << 16);
      }
    }
  }

  /** |residual|/σ of selected hit k to the current line. */
  private residual(k: number, zRef: number): number {
    const p = this.selPlane[k];
    const o = p * MAX_CAND + this.selCand[k];
    const u = this.selAlt[k] ? this.candAlt[o] : this.candPos[o];
    return Math.abs(u - this.line[0] - this.line[1] * (this.layout.planeZ[p] - zRef)) / this.candSig[o];
  }

  /** Re-chooses the straw signs by the current line; true if one changed. */
  private resolveSigns(n: number, zRef: number): boolean {
    let changed = false;
    for (let k = 0; k < n; k++) {
      const p = this.selPlane[k];
      if (!this.layout.planeIsStraw[p]) continue;
      const o = p * MAX_CAND + this.selCand[k];
      const pred = this.line[0] + this.line[1] * (this.layout.planeZ[p] - zRef);
      const alt = Math.abs(this.candAlt[o] - pred) < Math.abs(this.candPos[o] - pred) ? 1 : 0;
      if (alt !== this.selAlt[k]) {
        this.selAlt[k] = alt;
        changed = true;
      }
    }
    return changed;
  }

  private sumsOf(n: number, zRef: number): void {
    const s = this.sums;
    s.fill(0);
    for (let k = 0; k < n; k++) {
      const p = this.selPlane[k];
      const o = p * MAX_CAND + this.selCand[k];
      const sig = this.candSig[o];
      addHit(s, 0, this.layout.planeZ[p] - zRef, this.selAlt[k] ? this.candAlt[o] : this.candPos[o], 1 / (sig * sig));
    }
  }

  private fitSelection(n: number, zRef: number): boolean {
    this.sumsOf(n, zRef);
    return fitLine(this.sums, 0, this.line);
  }
}
