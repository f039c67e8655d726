/**
 * π⁰ → γγ at the point of production (cτ = 25 nm: no flight; the 1.2% Dalitz decay e⁺e⁻γ is
 * taken as γγ). Isotropic in the π⁰ rest frame, boosted to the laboratory: a photon at rest-frame
 * polar angle θ* has E = γ(m/2)(1 + β cos θ*) and transverse momentum (m/2) sin θ* (PDG RPP
 * 2024 "Kinematics", §49.4). The two photons are pushed on the stack for the EM transport.
 */
import { NEUTRAL_PION_MASS } from '../../core/index.js';
import { ParticleState } from '../particle-stack.js';
import { Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';
import { transverseBasis } from '../transverse-basis.js';

/** Scratch transverse basis (one event loop per thread). */
const BASIS = { ax: 1, ay: 0, az: 0, bx: 0, by: 1, bz: 0 };

const q = new ParticleState();

/**
 * Decays a π⁰ of total energy E [GeV] ≥ m_π⁰ with direction (ux, uy, uz) at the position and time
 * of `at`, pushing two photons of generation at.generation + 1 (weight of `at`).
 */
export function pushPi0Decay(ctx: TransportContext, at: ParticleState, energyGeV: number, ux: number, uy: number, uz: number): void {
  const m = NEUTRAL_PION_MASS;
  const E = energyGeV > m ? energyGeV : m;
  const gamma = E / m;
  const beta = Math.sqrt(Math.max(0, 1 - 1 / (gamma * gamma)));
  const cosT = 2 * ctx.rng.uniform() - 1;
  const sinT = Math.sqrt(Math.max(0, 1 - cosT * cosT));
  const phi = 2 * Math.PI * ctx.rng.uniform();
  const k = 0.5 * m;
  // Perpendicular unit vectors to the π⁰ direction.
  const { ax, ay, az, bx, by, bz } = transverseBasis(ux, uy, uz, BASIS);
  const pt = k * sinT;
  const cx = Math.cos(phi);
  const sy = Math.sin(phi);
  for (let sign = 1; sign >= -1; sign -= 2) {
    // Photon 1 at (θ*, φ), photon 2 opposite in the rest frame.
    const c = sign * cosT;
    const pl = gamma * k * (c + beta);
    const e = gamma * k * (1 + beta * c);
    const tx = sign * pt * cx;
    const ty = sign * pt * sy;
    let dx = pl * ux + tx * ax + ty * bx;
    let dy = pl * uy + tx * ay + ty * by;
    let dz = pl * uz + tx * az + ty * bz;
    const n = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
    dx *= n;
    dy *= n;
    dz *= n;
    q.copy(at);
    q.species = Species.Photon;
    q.e = e;
    q.ux = dx;
    q.uy = dy;
    q.uz = dz;
    q.generation = at.generation + 1;
    ctx.stack.push(q);
  }
}
