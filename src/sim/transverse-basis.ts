/**
 * Two unit vectors a, b that with a unit direction u form a right-handed orthonormal basis
 * (a ⟂ u, b = u × a): the frame in which lateral offsets and emission angles are laid out
 * around a particle's or a shower's axis. a is built from the coordinate axis least aligned
 * with u (z when |u_z| ≤ 0.9, else x), so it never degenerates.
 */

/** The two transverse unit vectors (a reused object; plain numbers). */
export interface TransverseBasis {
  ax: number;
  ay: number;
  az: number;
  bx: number;
  by: number;
  bz: number;
}

/** Fills `out` with the transverse basis of the unit vector (ux, uy, uz); returns `out`. */
export function transverseBasis<T extends TransverseBasis>(ux: number, uy: number, uz: number, out: T): T {
  let ax: number;
  let ay: number;
  let az: number;
  if (Math.abs(uz) > 0.9) {
    ax = uz;
    ay = 0;
    az = -ux;
  } else {
    ax = -uy;
    ay = ux;
    az = 0;
  }
  const na = 1 / Math.sqrt(ax * ax + ay * ay + az * az);
  ax *= na;
  ay *= na;
  az *= na;
  out.ax = ax;
  out.ay = ay;
  out.az = az;
  out.bx = uy * az - uz * ay;
  out.by = uz * ax - ux * az;
  out.bz = ux * ay - uy * ax;
  return out;
}
