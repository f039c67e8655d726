/**
 * Geometry of a particle inside a box-shaped beam-line element: the path length to where it
 * leaves it, and small changes of its direction. Pure; used by the EM, hadron and signal code.
 */
import type { ParticleState } from './particle-stack.js';
import type { SimElement } from './sim-geometry.js';

/** Distance [cm] to leave el along p's direction (through its z faces or its sides); ≥ 0. */
export function distanceOut(p: ParticleState, el: SimElement): number {
  let d = p.uz > 0 ? (el.z1 - p.z) / p.uz : p.uz < 0 ? (el.z0 - p.z) / p.uz : Number.POSITIVE_INFINITY;
  if (p.ux !== 0) {
    const dx = (p.ux > 0 ? el.x0 + el.halfX - p.x : el.x0 - el.halfX - p.x) / p.ux;
    if (dx < d) d = dx;
  }
  if (p.uy !== 0) {
    const dy = (p.uy > 0 ? el.y0 + el.halfY - p.y : el.y0 - el.halfY - p.y) / p.uy;
    if (dy < d) d = dy;
  }
  return d > 0 ? d : 0;
}

/**
 * Turns p's direction by the small angles a (in the x–z plane) and b (in the y–z plane) [rad]:
 * u + a·(u_z, 0, −u_x) + b·(0, u_z, −u_y), renormalized (first order in a and b).
 */
export function tiltDirection(p: ParticleState, a: number, b: number): void {
  const ux = p.ux + a * p.uz;
  const uy = p.uy + b * p.uz;
  const uz = p.uz - a * p.ux - b * p.uy;
  const n = 1 / Math.sqrt(ux * ux + uy * uy + uz * uz);
  p.ux = ux * n;
  p.uy = uy * n;
  p.uz = uz * n;
}
