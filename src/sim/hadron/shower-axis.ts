/**
 * The matter along a shower's axis, as a list of straight segments (one per stretch of matter of
 * a calorimeter, counter or volume crossed; module gaps and matter-less elements skipped), each
 * with its radiation and interaction lengths and cumulative depths in X0 and λ_I from the vertex. A parametrized shower
 * samples depths in X0 or λ_I units (its profile is universal in those units) and this maps them
 * to points: a shower that starts in the ECAL continues, depth for depth, in the VETO and the
 * HCAL behind it, with the local lengths of each. Approximation: lateral spread does not change
 * the matter a spot traverses (the depth is taken along the axis).
 * One reusable instance per transport module (no allocation per shower).
 */
import { ElementKind } from '../sim-geometry.js';
import type { SimElement, SimGeometry } from '../sim-geometry.js';
import { hadronMaterial } from './hadron-material.js';

const MAX_SEGMENTS = 64;

/** Matter segments along a straight axis (filled by `build`). */
export class ShowerAxis {
  /** Number of segments. */
  n = 0;
  /** Path length along the axis where the segment starts [cm], and its length [cm]. */
  readonly start = new Float64Array(MAX_SEGMENTS);
  readonly length = new Float64Array(MAX_SEGMENTS);
  /** Depth at the segment's start, from the vertex [X0] and [λ_I]. */
  readonly depthX0 = new Float64Array(MAX_SEGMENTS + 1);
  readonly depthLambda = new Float64Array(MAX_SEGMENTS + 1);
  /** Element index, X0 [cm], λ_I [cm], R_M [cm] and 1/(e/h) of each segment's medium. */
  readonly element = new Int32Array(MAX_SEGMENTS);
  readonly x0Cm = new Float64Array(MAX_SEGMENTS);
  readonly lambdaCm = new Float64Array(MAX_SEGMENTS);
  readonly moliereCm = new Float64Array(MAX_SEGMENTS);
  readonly hOverE = new Float64Array(MAX_SEGMENTS);
  /** Total depth of matter along the axis [X0], [λ_I]. */
  totalX0 = 0;
  totalLambda = 0;

  /**
   * Collects the matter along the ray from (x, y, z) with unit direction (ux, uy, uz), starting in
   * element el and going on through the elements downstream (upstream for uz < 0).
   */
  build(g: SimGeometry, el: SimElement, x: number, y: number, z: number, ux: number, uy: number, uz: number): this {
    this.n = 0;
    this.totalX0 = 0;
    this.totalLambda = 0;
    const els = g.elements;
    const step = uz >= 0 ? 1 : -1;
    for (let j = el.index; j >= 0 && j < els.length && this.n < MAX_SEGMENTS; j += step) {
      const e = els[j];
      if (e.material === null || e.kind === ElementKind.Tracker || e.kind === ElementKind.Magnet) continue;
      // Path interval inside the element's box.
      let lo = 0;
      let hi = Number.POSITIVE_INFINITY;
      if (uz !== 0) {
        const a = (e.z0 - z) / uz;
        const b = (e.z1 - z) / uz;
        lo = Math.max(lo, Math.min(a, b));
        hi = Math.min(hi, Math.max(a, b));
      } else if (z < e.z0 || z >= e.z1) continue;
      if (ux !== 0) {
        const a = (e.x0 - e.halfX - x) / ux;
        const b = (e.x0 + e.halfX - x) / ux;
        lo = Math.max(lo, Math.min(a, b));
        hi = Math.min(hi, Math.max(a, b));
      } else if (Math.abs(x - e.x0) >= e.halfX) continue;
      if (uy !== 0) {
        const a = (e.y0 - e.halfY - y) / uy;
        const b = (e.y0 + e.halfY - y) / uy;
        lo = Math.max(lo, Math.min(a, b));
        hi = Math.min(hi, Math.max(a, b));
      } else if (Math.abs(y - e.y0) >= e.halfY) continue;
      if (!(hi > lo)) continue;
      const nSec = e.kind === ElementKind.Calorimeter ? e.sectionZ0.length : 0;
      if (nSec === 0 || uz === 0) {
        this.push(e, lo, hi);
        continue;
      }
      // The sections in the order of travel; module gaps (air) are skipped, contiguous sections
      // of the element make one segment (the read-out cell is found from the point later).
      const first = this.n;
      for (let k = 0; k < nSec; k++) {
        const s = step > 0 ? k : nSec - 1 - k;
        const a = (e.sectionZ0[s] - z) / uz;
        const b = (e.sectionZ1[s] - z) / uz;
        const sLo = Math.max(lo, Math.min(a, b));
        const sHi = Math.min(hi, Math.max(a, b));
        if (!(sHi > sLo)) continue;
        const last = this.n - 1;
        if (last >= first && Math.abs(this.start[last] + this.length[last] - sLo) < 1e-9) this.extend(sHi);
        else if (this.n < MAX_SEGMENTS) this.push(e, sLo, sHi);
      }
    }
    return this;
  }

  private push(e: SimElement, lo: number, hi: number): void {
    const k = this.n++;
    this.start[k] = lo;
    this.length[k] = hi - lo;
    this.element[k] = e.index;
    this.x0Cm[k] = e.radiationLengthCm;
    this.lambdaCm[k] = e.interactionLengthCm;
    this.moliereCm[k] = e.moliereRadiusCm;
    this.hOverE[k] = 1 / hadronMaterial(e).eOverH;
    this.depthX0[k] = this.totalX0;
    this.depthLambda[k] = this.totalLambda;
    this.totalX0 += (hi - lo) / e.radiationLengthCm;
    this.totalLambda += (hi - lo) / e.interactionLengthCm;
    this.depthX0[k + 1] = this.totalX0;
    this.depthLambda[k + 1] = this.totalLambda;
  }

  /** Extends the last segment to path length hi. */
  private extend(hi: number): void {
    const k = this.n - 1;
    const add = hi - (this.start[k] + this.length[k]);
    this.length[k] += add;
    this.totalX0 += add / this.x0Cm[k];
    this.totalLambda += add / this.lambdaCm[k];
    this.depthX0[k + 1] = this.totalX0;
    this.depthLambda[k + 1] = this.totalLambda;
  }

  /** Index of the segment holding depth t [X0] (−1 beyond the last); see `pathAtX0`. */
  segmentAtX0(t: number): number {
    if (!(t < this.totalX0)) return -1;
    let k = 0;
    while (this.depthX0[k + 1] <= t) k++;
    return k;
  }

  /** Index of the segment holding depth t [λ_I] (−1 beyond the last). */
  segmentAtLambda(t: number): number {
    if (!(t < this.totalLambda)) return -1;
    let k = 0;
    while (this.depthLambda[k + 1] <= t) k++;
    return k;
  }

  /** Path length [cm] at depth t [X0] within segment k. */
  pathAtX0(k: number, t: number): number {
    return this.start[k] + (t - this.depthX0[k]) * this.x0Cm[k];
  }

  /** Path length [cm] at depth t [λ_I] within segment k. */
  pathAtLambda(k: number, t: number): number {
    return this.start[k] + (t - this.depthLambda[k]) * this.lambdaCm[k];
  }
}
