/**
 * Navigation inside an element with matter for the stepping of charged particles: from a point
 * and a direction, the distance to the next boundary where what is read out or what is crossed
 * changes — the element's faces, a read-out section's faces, a calorimeter cell's side, a hole
 * (a missing cell, the round hole of a veto counter), a gap between modules — the ADC channel
 * (cell) of the current region, and whether the region holds the element's matter (gaps and
 * holes are air, crossed without losses).
 */
import type { SimElement } from '../sim-geometry.js';
import { ElementKind } from '../sim-geometry.js';

/**
 * The numbers of an element that the stepping reads on every step, in a class of fixed shape
 * (SimElement objects are large literals that V8 may keep in dictionary mode, where every
 * property read is a hash lookup). Built once per element ({@link matterView}).
 */
export class MatterView {
  readonly index: number;
  readonly kind: number;
  readonly z0: number;
  readonly z1: number;
  readonly x0: number;
  readonly y0: number;
  readonly halfX: number;
  readonly halfY: number;
  readonly nx: number;
  readonly ny: number;
  readonly pitchX: number;
  readonly pitchY: number;
  readonly hole: Uint8Array;
  readonly sectionZ0: Float64Array;
  readonly sectionZ1: Float64Array;
  readonly firstCell: number;
  readonly holeRadiusCm: number;

  constructor(el: SimElement) {
    this.index = el.index;
    this.kind = el.kind;
    this.z0 = el.z0;
    this.z1 = el.z1;
    this.x0 = el.x0;
    this.y0 = el.y0;
    this.halfX = el.halfX;
    this.halfY = el.halfY;
    this.nx = el.nx;
    this.ny = el.ny;
    this.pitchX = el.pitchX;
    this.pitchY = el.pitchY;
    this.hole = el.hole;
    this.sectionZ0 = el.sectionZ0;
    this.sectionZ1 = el.sectionZ1;
    this.firstCell = el.firstCell;
    this.holeRadiusCm = el.holeRadiusCm;
  }
}

const views = new WeakMap<SimElement, MatterView>();

/** The fixed-shape view of an element (cached). */
export function matterView(el: SimElement): MatterView {
  let v = views.get(el);
  if (!v) {
    v = new MatterView(el);
    views.set(el, v);
  }
  return v;
}

/** The result of {@link navigate} (one reusable register). */
export class Navigation {
  /** Distance [cm] along the direction to the next boundary. */
  dist = 0;
  /** ADC channel of the region, −1 for none (volumes, gaps, holes). */
  cell = -1;
  /** Whether the region holds the element's matter. */
  matter = true;
}

function toPlane(pos: number, u: number, lo: number, hi: number): number {
  if (u > 0) return (hi - pos) / u;
  if (u < 0) return (lo - pos) / u;
  return Number.POSITIVE_INFINITY;
}

/**
 * Fills `nav` for the point (x, y, z) with direction (ux, uy, uz) inside element el
 * (calorimeter, counter or volume); backward directions (uz < 0, a particle turned round by
 * scattering at the end of its range) are followed too. No allocation.
 */
export function navigate(el: MatterView, x: number, y: number, z: number, ux: number, uy: number, uz: number, nav: Navigation): void {
  // Leaving the element.
  let d = toPlane(z, uz, el.z0, el.z1);
  let t = toPlane(x, ux, el.x0 - el.halfX, el.x0 + el.halfX);
  if (t < d) d = t;
  t = toPlane(y, uy, el.y0 - el.halfY, el.y0 + el.halfY);
  if (t < d) d = t;
  nav.cell = -1;
  nav.matter = true;
  if (el.kind === ElementKind.Calorimeter) {
    const nSec = el.sectionZ1.length;
    let s = 0;
    while (s < nSec && z >= el.sectionZ1[s]) s++;
    if (s === nSec) {
      nav.matter = false;
    } else if (z < el.sectionZ0[s]) {
      // Gap between modules: air up to the next section (or back to the previous one).
      nav.matter = false;
      t = toPlane(z, uz, s > 0 ? el.sectionZ1[s - 1] : el.z0, el.sectionZ0[s]);
      if (t < d) d = t;
    } else {
      t = toPlane(z, uz, el.sectionZ0[s], el.sectionZ1[s]);
      if (t < d) d = t;
      const xl = x - (el.x0 - el.halfX);
      const yl = y - (el.y0 - el.halfY);
      let ix = Math.floor(xl / el.pitchX);
      let iy = Math.floor(yl / el.pitchY);
      if (ix < 0) ix = 0;
      else if (ix >= el.nx) ix = el.nx - 1;
      if (iy < 0) iy = 0;
      else if (iy >= el.ny) iy = el.ny - 1;
      t = toPlane(xl, ux, ix * el.pitchX, (ix + 1) * el.pitchX);
      if (t < d) d = t;
      t = toPlane(yl, uy, iy * el.pitchY, (iy + 1) * el.pitchY);
      if (t < d) d = t;
      if (el.hole[iy * el.nx + ix]) nav.matter = false;
      else nav.cell = el.firstCell + (s * el.ny + iy) * el.nx + ix;
    }
  } else if (el.kind === ElementKind.Counter) {
    nav.cell = el.firstCell;
    const R = el.holeRadiusCm;
    if (R > 0) {
      const dx = x - el.x0;
      const dy = y - el.y0;
      const a = ux * ux + uy * uy;
      const b = dx * ux + dy * uy;
      const c = dx * dx + dy * dy - R * R;
      const disc = b * b - a * c;
      if (c < 0) {
        nav.matter = false;
        nav.cell = -1;
        if (a > 0) {
          t = (-b + Math.sqrt(Math.max(disc, 0))) / a;
          if (t < d) d = t;
        }
      } else if (a > 0 && disc > 0) {
        t = (-b - Math.sqrt(disc)) / a;
        if (t > 0 && t < d) d = t;
      }
    }
  }
  nav.dist = d > 0 ? d : 0;
}
