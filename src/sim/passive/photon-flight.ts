/**
 * Photons through the passive part of the beam line in one go. A photon between two elements
 * with matter flies straight: through dipoles (no field effect; lost if it meets the yoke),
 * vacuum volumes and tracker planes, where it may convert (thin-plane-conversion.ts). Instead
 * of handing it element by element and plane by plane to the crossing functions, the planes it
 * meets are collected, the conversion probability of all of them together is drawn once,
 * 1 − exp(−(7/9) Σ t_i/X0), and the plane of a conversion chosen by the cumulative sum. The
 * distribution of the conversion point is exactly that of the plane-by-plane walk; the cost is
 * one random number for the ~100 synchrotron photons per event that would otherwise be walked
 * through every tracker plane between the magnets and the SRD.
 */
import type { ParticleState } from '../particle-stack.js';
import { ElementKind, elementAtZ, nextElementAfter } from '../sim-geometry.js';
import type { SimGeometry } from '../sim-geometry.js';
import type { TransportContext } from '../transport-context.js';
import type { PassiveConfig } from './passive-config.js';
import { convertPhoton } from './thin-plane-conversion.js';

const SPEED_OF_LIGHT = 29.9792458;
/** Offset [cm] of a conversion pair behind its plane (as in tracker-crossing.ts). */
const PAIR_OFFSET_CM = 1e-6;

/** Per geometry: which elements a photon crosses without matter transport. */
interface FlightRoute {
  /** 1 for magnets, trackers and vacuum volumes. */
  passive: Uint8Array;
}
const routes = new WeakMap<SimGeometry, FlightRoute>();

function routeOf(g: SimGeometry): FlightRoute {
  let r = routes.get(g);
  if (!r) {
    r = { passive: Uint8Array.from(g.elements, (el) => (el.kind === ElementKind.Magnet || el.kind === ElementKind.Tracker || (el.kind === ElementKind.Volume && el.material === null) ? 1 : 0)) };
    routes.set(g, r);
  }
  return r;
}

// Scratch: the planes met (element index, plane index, cumulative t/X0), reused.
let planeEl = new Int32Array(64);
let planeK = new Int32Array(64);
let planeCum = new Float64Array(64);

function grow(): void {
  const n = planeEl.length * 2;
  const e = new Int32Array(n);
  e.set(planeEl);
  const k = new Int32Array(n);
  k.set(planeK);
  const c = new Float64Array(n);
  c.set(planeCum);
  planeEl = e;
  planeK = k;
  planeCum = c;
}

/**
 * Moves photon p straight to the start of the next element with matter (or to where it already
 * is, if inside one). Returns false if it is gone: converted in a tracker plane (the pair is on
 * ctx.stack), absorbed by a magnet yoke or past the end of the set-up (energy counted escaped).
 * No allocation.
 */
export function photonFlight(ctx: TransportContext, p: ParticleState, cfg: PassiveConfig): boolean {
  const g = ctx.geometry;
  const els = g.elements;
  const route = routeOf(g);
  let i = elementAtZ(g, p.z);
  if (i < 0) i = nextElementAfter(g, p.z);
  if (i < els.length && route.passive[i] === 0) return true;
  if (!(p.uz > 0)) return true;
  const ax = p.ux / p.uz;
  const ay = p.uy / p.uz;
  const z0 = p.z;
  let n = 0;
  let cum = 0;
  let k = i;
  for (; k < els.length && route.passive[k] === 1; k++) {
    const el = els[k];
    if (el.kind === ElementKind.Magnet) {
      // The yoke stops it: a straight line in the aperture box, checked at its ends.
      const zIn = el.z0 > z0 ? el.z0 : z0;
      const xi = p.x + ax * (zIn - z0) - el.x0;
      const yi = p.y + ay * (zIn - z0) - el.y0;
      const xo = p.x + ax * (el.z1 - z0) - el.x0;
      const yo = p.y + ay * (el.z1 - z0) - el.y0;
      if (Math.abs(xi) > el.halfX || Math.abs(yi) > el.halfY || Math.abs(xo) > el.halfX || Math.abs(yo) > el.halfY) {
        moveTo(p, ax, ay, zIn);
        ctx.truth.eEscaped += p.e;
        return false;
      }
    } else if (el.kind === ElementKind.Tracker && cfg.trackerConversions && el.thicknessX0 > 0) {
      const tX0 = el.thicknessX0 / p.uz;
      const planes = el.planeZ;
      for (let j = 0; j < planes.length; j++) {
        const zp = planes[j];
        if (zp < z0 - 1e-9) continue;
        if (Math.abs(p.x + ax * (zp - z0) - el.x0) >= el.halfX || Math.abs(p.y + ay * (zp - z0) - el.y0) >= el.halfY) continue;
        if (n === planeEl.length) grow();
        cum += tX0;
        planeEl[n] = k;
        planeK[n] = j;
        planeCum[n] = cum;
        n++;
      }
    }
  }
  if (n > 0) {
    const u = ctx.rng.uniform();
    if (u < -Math.expm1((-7 / 9) * cum)) {
      // First plane whose cumulative conversion probability exceeds u.
      const target = -Math.log1p(-u) / (7 / 9);
      let m = 0;
      while (m < n - 1 && planeCum[m] < target) m++;
      moveTo(p, ax, ay, els[planeEl[m]].planeZ[planeK[m]]);
      convertPhoton(ctx, p, PAIR_OFFSET_CM);
      return false;
    }
  }
  if (k >= els.length) {
    ctx.truth.eEscaped += p.e;
    return false;
  }
  moveTo(p, ax, ay, els[k].z0);
  return true;
}

function moveTo(p: ParticleState, ax: number, ay: number, z: number): void {
  const dz = z - p.z;
  if (dz <= 0) return;
  p.x += ax * dz;
  p.y += ay * dz;
  p.t += dz / p.uz / SPEED_OF_LIGHT;
  p.z = z;
}
