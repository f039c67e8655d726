/**
 * Parametrized electromagnetic (sub-)showers deposited as energy spots, the GFlash method
 * (Grindhammer & Peters, arXiv:hep-ex/0001020 §3): a shower of energy E starting at a point
 * with a direction is cut into N spots of energy E/N; each spot gets a depth t from the
 * shower's fluctuated Gamma profile and a radius r from the two-component radial profile
 * (gp-parameters.ts), r in Molière radii by inverting F(r) = r²/(r² + R²), and a uniform
 * azimuth; its energy goes into the read-out cell there. The sum is exact (energy conserved);
 * the spread over cells fluctuates like the shower's. Spots beyond the element continue into
 * the next calorimeter along the axis; spots in no read-out element are counted as escaped.
 * The spots of one shower are stratified (radius quantiles (i + v)/n, depth and core/tail
 * choice on Weyl sequences, random azimuth): with few spots they still follow the mean profile,
 * and the shower-to-shower fluctuations come from the fluctuated profile (GP eqs. 2.4–2.7)
 * rather than from the finite number of spots. Spot energy 1 GeV, at most 64 spots per shower.
 */
import { gammaQuantile } from './gamma-quantile-table.js';
import { fluctuatedProfile, lateralParameters, meanAlpha, meanShowerMaximum } from './gp-parameters.js';
import type { LongitudinalProfile } from './gp-parameters.js';
import { ElementKind, cellAt, elementAtZ } from '../sim-geometry.js';
import type { SimElement } from '../sim-geometry.js';
import type { TransportContext } from '../transport-context.js';
import { transverseBasis } from '../transverse-basis.js';

/** Scratch transverse basis (one event loop per thread). */
const BASIS = { ax: 1, ay: 0, az: 0, bx: 0, by: 1, bz: 0 };

/** Energy per spot [GeV] (a shower gets max(1, round(E/this)) spots, at most MAX_SPOTS). */
export const SPOT_ENERGY_GEV = 1;
const MAX_SPOTS = 64;
/** Showers above this energy [GeV] get an individually fluctuated profile, below the mean one. */
const FLUCTUATE_ABOVE_GEV = 2;
// Weyl-sequence increments (golden ratios) that stratify depth and core/tail choice over the spots.
const PHI1 = 0.6180339887498949;
const PHI2 = 0.7548776662466927;
const TAU_BINS = 12;
const TAU_MAX = 4;
const SPEED_OF_LIGHT = 29.9792458;

const profile: LongitudinalProfile = { alpha: 2, b: 1 };
const lat = { rc: 0, rt: 0, p: 0 };

// GP lateral parameters depend on (Z, ln E, τ): tabulated once per Z on a grid of ln E
// (1 MeV – 1 TeV, 48 bins) × τ (12 bins over [0, 4]); rc and rt in Molière radii.
const LNE_MIN = Math.log(1e-3);
const LNE_MAX = Math.log(1e3);
const LNE_BINS = 48;
const lateralTables = new Map<number, Float64Array>();
function lateralTable(Z: number): Float64Array {
  const key = Math.round(Z * 100);
  let t = lateralTables.get(key);
  if (!t) {
    t = new Float64Array(LNE_BINS * TAU_BINS * 3);
    for (let i = 0; i < LNE_BINS; i++) {
      const E = Math.exp(LNE_MIN + ((i + 0.5) * (LNE_MAX - LNE_MIN)) / LNE_BINS);
      for (let k = 0; k < TAU_BINS; k++) {
        lateralParameters(((k + 0.5) * TAU_MAX) / TAU_BINS, E, Z, lat);
        const o = 3 * (i * TAU_BINS + k);
        t[o] = lat.rc;
        t[o + 1] = lat.rt;
        t[o + 2] = lat.p;
      }
    }
    lateralTables.set(key, t);
  }
  return t;
}
const COS = new Float64Array(256);
const SIN = new Float64Array(256);
for (let i = 0; i < 256; i++) {
  COS[i] = Math.cos(((i + 0.5) * 2 * Math.PI) / 256);
  SIN[i] = Math.sin(((i + 0.5) * 2 * Math.PI) / 256);
}

/**
 * Deposits a shower of energy E [GeV] starting at (x, y, z) with direction (ux, uy, uz) at time
 * t [ns] inside element el (which must have matter). Returns the energy that left the read-out
 * (escaped) [GeV].
 */
export function depositShower(ctx: TransportContext, el: SimElement, x: number, y: number, z: number, ux: number, uy: number, uz: number, energy: number, t: number): number {
  if (!(energy > 0)) return 0;
  const rng = ctx.rng;
  const Ec = el.criticalEnergyGeV;
  const X0 = el.radiationLengthCm;
  const RM = el.moliereRadiusCm;
  // Very small deposits (a few critical energies) are local.
  // The half-X0 shift (the depth of a small sub-shower) stays inside the element: in a thin
  // counter the ionization of a track crossing it is deposited where it happened.
  if (energy < 3 * Ec) {
    const room = uz > 0 ? Math.max(0, (el.z1 - z) / uz) : 0;
    const s = Math.min(0.5 * X0, 0.5 * room);
    return depositPoint(ctx, el, x + ux * s, y + uy * s, z + uz * s, energy, t);
  }
  if (energy > FLUCTUATE_ABOVE_GEV) fluctuatedProfile(energy, Ec, el.zEff, rng.normalFast(), rng.normalFast(), profile);
  else meanProfile(energy, Ec, el.zEff, profile);
  const { alpha, b } = profile;
  const T = (alpha - 1) / b;
  const tab = lateralTable(el.zEff);
  let ie = Math.floor(((Math.log(energy) - LNE_MIN) / (LNE_MAX - LNE_MIN)) * LNE_BINS);
  if (ie < 0) ie = 0;
  else if (ie >= LNE_BINS) ie = LNE_BINS - 1;
  const base = ie * TAU_BINS * 3;
  let n = Math.round(energy / SPOT_ENERGY_GEV);
  if (n < 1) n = 1;
  else if (n > MAX_SPOTS) n = MAX_SPOTS;
  const e = energy / n;
  // Two unit vectors perpendicular to the axis.
  const { ax, ay, az, bx, by, bz } = transverseBasis(ux, uy, uz, BASIS);
  let escaped = 0;
  const v1 = rng.uniform();
  const v2 = rng.uniform();
  const v3 = rng.uniform();
  let bits = 0;
  for (let i = 0; i < n; i++) {
    if ((i & 3) === 0) bits = rng.uint32();
    const phiBin = bits & 255;
    bits >>>= 8;
    let ud = v2 + i * PHI1;
    ud -= Math.floor(ud);
    const depth = (gammaQuantile(alpha, ud) / b) * X0;
    let k = Math.floor((depth / X0 / T) * (TAU_BINS / TAU_MAX));
    if (k >= TAU_BINS) k = TAU_BINS - 1;
    const o = base + 3 * k;
    let uc = v3 + i * PHI2;
    uc -= Math.floor(uc);
    const R = (uc < tab[o + 2] ? tab[o] : tab[o + 1]) * RM;
    const u = (i + v1) / n;
    const r = R * Math.sqrt(u / (1 - u));
    const c = COS[phiBin] * r;
    const s = SIN[phiBin] * r;
    const sx = x + ux * depth + ax * c + bx * s;
    const sy = y + uy * depth + ay * c + by * s;
    const sz = z + uz * depth + az * c + bz * s;
    escaped += depositPoint(ctx, el, sx, sy, sz, e, t + depth / SPEED_OF_LIGHT);
  }
  return escaped;
}

/** The average GP profile (eq. 2.3) for a shower of energy E. */
function meanProfile(energy: number, Ec: number, Z: number, out: LongitudinalProfile): void {
  let alpha = meanAlpha(energy, Ec, Z);
  let T = meanShowerMaximum(energy, Ec);
  if (alpha < 1.1) alpha = 1.1;
  if (T < 0.5) T = 0.5;
  out.alpha = alpha;
  out.b = (alpha - 1) / T;
}

/** Deposits energy at a point: into el's cell, or the read-out element there; returns the escaped energy. */
export function depositPoint(ctx: TransportContext, el: SimElement, x: number, y: number, z: number, energy: number, t: number): number {
  let target = el;
  if (z < el.z0 || z >= el.z1) {
    const j = elementAtZ(ctx.geometry, z);
    if (j < 0) {
      ctx.truth.eEscaped += energy;
      return energy;
    }
    target = ctx.geometry.elements[j];
  }
  if (target.kind !== ElementKind.Calorimeter && target.kind !== ElementKind.Counter) {
    ctx.truth.eEscaped += energy;
    return energy;
  }
  const cell = cellAt(target, x, y, z);
  if (cell < 0) {
    // Inside the element's z range but outside its cells (side leakage, hole, module gap).
    if (Math.abs(x - target.x0) < target.halfX && Math.abs(y - target.y0) < target.halfY) {
      ctx.deposits.depositUnread(target.index, energy);
      return 0;
    }
    ctx.truth.eEscaped += energy;
    return energy;
  }
  ctx.deposits.deposit(cell, energy, t);
  return 0;
}
