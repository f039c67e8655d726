/**
 * What happens to the new boson X after it is produced:
 *  - 'invisible': X → χχ̄ (or νν̄), all its energy is missing (an X particle is pushed; the walker
 *    counts it as invisible);
 *  - 'visible': X → e⁺e⁻ after a flight distance drawn from its lab decay length γβcτ, with
 *    τ = ħ/Γ from the physics core's widths at the run's ε (darkPhotonWidths); isotropic
 *    two-body decay in the rest frame, boosted exactly;
 *  - 'semi-visible': X → χ₁χ₂ (isotropic two-body), χ₂ → χ₁ e⁺e⁻ after the χ₂ decay length, with
 *    Γ(χ₂ → χ₁e⁺e⁻) = 4ε²α α_D Δ⁵/(15π m_X⁴) (Izaguirre, Kahn, Krnjaic, Moschella, PRD 96 (2017)
 *    055007, arXiv:1703.06881, for Δ = m₂ − m₁ ≪ m_X);
 *    the e⁺e⁻ pair takes the χ₂ energy fraction Δ/m₂
 *    shared evenly (an approximation of the three-body spectrum: docs/sim.md).
 * Decay products start at the decay point and are transported like any other particle.
 */
import { ALPHA, ELECTRON_MASS, HBAR, SPEED_OF_LIGHT } from '../../core/index.js';
import { darkPhotonWidths } from '../../physics/index.js';
import type { DarkMatterType } from '../../physics/index.js';
import { ParticleState } from '../particle-stack.js';
import { Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';

/** Decay modes of X. */
export type XDecayMode = 'invisible' | 'visible' | 'semi-visible';

/** Parameters of the decay. */
export interface XDecaySpec {
  mode: XDecayMode;
  massGeV: number;
  epsilon: number;
  /** Dark sector for the widths (visible: none; semi-visible: pseudo-Dirac χ with splitting). */
  dm?: DarkMatterType;
  dmMassGeV?: number;
  alphaD?: number;
  splitting?: number;
}

const q = new ParticleState();

/** Proper lifetime [ns] of X → visible for the spec (Infinity if stable). */
export function visibleLifetimeNs(spec: XDecaySpec): number {
  const w = darkPhotonWidths(spec.massGeV, spec.epsilon);
  return w.total > 0 ? HBAR / w.total : Number.POSITIVE_INFINITY;
}

/** Decays (or releases) an X of energy E and direction (ux, uy, uz) produced at (x, y, z, t). */
export function decayX(ctx: TransportContext, spec: XDecaySpec, lifetimeNs: number, E: number, x: number, y: number, z: number, t: number, ux: number, uy: number, uz: number): void {
  const truth = ctx.truth;
  if (spec.mode === 'invisible') {
    q.species = Species.X;
    q.e = E;
    q.x = x;
    q.y = y;
    q.z = z;
    q.t = t;
    q.ux = ux;
    q.uy = uy;
    q.uz = uz;
    q.weight = 1;
    q.generation = 1;
    ctx.stack.push(q);
    truth.xDecay = 0;
    return;
  }
  const M = spec.massGeV;
  const p = Math.sqrt(Math.max(E * E - M * M, 0));
  const bg = p / M;
  if (spec.mode === 'visible') {
    const L = bg * SPEED_OF_LIGHT * lifetimeNs * ctx.rng.exponential();
    const zd = z + L * uz;
    truth.xDecayZCm = zd;
    if (!(zd < ctx.geometry.zMax)) {
      truth.xDecay = -1;
      truth.eInvisible += E;
      return;
    }
    truth.xDecay = 1;
    twoBody(ctx, E, M, ELECTRON_MASS, ELECTRON_MASS, x + L * ux, y + L * uy, zd, t + L / SPEED_OF_LIGHT, ux, uy, uz, Species.Electron, Species.Positron);
    return;
  }
  // Semi-visible: X → χ1 χ2, χ2 → χ1 e+e−.
  const m1 = spec.dmMassGeV ?? M / 3;
  const m2 = m1 * (1 + (spec.splitting ?? 0.1));
  const delta = m2 - m1;
  const alphaD = spec.alphaD ?? 0.5;
  const width = (4 * spec.epsilon * spec.epsilon * ALPHA * alphaD * delta ** 5) / (15 * Math.PI * M ** 4);
  const tau2 = HBAR / width;
  // χ2 energy from the isotropic two-body decay of X.
  const pStar = Math.sqrt(Math.max((M * M - (m1 + m2) ** 2) * (M * M - (m2 - m1) ** 2), 0)) / (2 * M);
  const e2Star = Math.sqrt(pStar * pStar + m2 * m2);
  const cosT = 2 * ctx.rng.uniform() - 1;
  const g = E / M;
  const E2 = g * (e2Star + (p / E) * pStar * cosT);
  const p2 = Math.sqrt(Math.max(E2 * E2 - m2 * m2, 0));
  const L = (p2 / m2) * SPEED_OF_LIGHT * tau2 * ctx.rng.exponential();
  const zd = z + L * uz;
  truth.xDecayZCm = zd;
  truth.eInvisible += E - E2 * (delta / m2);
  if (!(zd < ctx.geometry.zMax)) {
    truth.xDecay = -1;
    truth.eInvisible += E2 * (delta / m2);
    return;
  }
  truth.xDecay = 2;
  const ePair = (E2 * delta) / m2;
  emit(ctx, Species.Electron, 0.5 * ePair, x + L * ux, y + L * uy, zd, t + L / SPEED_OF_LIGHT, ux, uy, uz);
  emit(ctx, Species.Positron, 0.5 * ePair, x + L * ux, y + L * uy, zd, t + L / SPEED_OF_LIGHT, ux, uy, uz);
}

function emit(ctx: TransportContext, species: number, e: number, x: number, y: number, z: number, t: number, ux: number, uy: number, uz: number): void {
  q.species = species;
  q.e = e;
  q.x = x;
  q.y = y;
  q.z = z;
  q.t = t;
  q.ux = ux;
  q.uy = uy;
  q.uz = uz;
  q.weight = 1;
  q.generation = 2;
  ctx.stack.push(q);
}

/** Isotropic two-body decay of a particle of energy E, mass M moving along u, boosted exactly. */
function twoBody(ctx: TransportContext, E: number, M: number, m1: number, m2: number, x: number, y: number, z: number, t: number, ux: number, uy: number, uz: number, s1: number, s2: number): void {
  const pStar = Math.sqrt(Math.max((M * M - (m1 + m2) ** 2) * (M * M - (m1 - m2) ** 2), 0)) / (2 * M);
  const cosT = 2 * ctx.rng.uniform() - 1;
  const sinT = Math.sqrt(1 - cosT * cosT);
  const phi = 2 * Math.PI * ctx.rng.uniform();
  const p = Math.sqrt(Math.max(E * E - M * M, 0));
  const g = E / M;
  const gb = p / M;
  // Rest-frame momentum components: along the flight direction (l) and transverse (t1, t2).
  const pl = pStar * cosT;
  const pt1 = pStar * sinT * Math.cos(phi);
  const pt2 = pStar * sinT * Math.sin(phi);
  const e1s = Math.sqrt(pStar * pStar + m1 * m1);
  const e2s = Math.sqrt(pStar * pStar + m2 * m2);
  // Transverse basis.
  let ax = -uy;
  let ay = ux;
  let az = 0;
  if (Math.abs(uz) < 0.9) {
    ax = 0;
    ay = -uz;
    az = uy;
  }
  const na = 1 / Math.sqrt(ax * ax + ay * ay + az * az) || 1;
  ax *= na;
  ay *= na;
  az *= na;
  const bx = uy * az - uz * ay;
  const by = uz * ax - ux * az;
  const bz = ux * ay - uy * ax;
  for (const [sign, es, sp, m] of [[1, e1s, s1, m1], [-1, e2s, s2, m2]] as const) {
    const l = g * sign * pl + gb * es;
    const En = g * es + gb * sign * pl;
    const px = l * ux + sign * (pt1 * ax + pt2 * bx);
    const py = l * uy + sign * (pt1 * ay + pt2 * by);
    const pz = l * uz + sign * (pt1 * az + pt2 * bz);
    const n = Math.sqrt(px * px + py * py + pz * pz) || 1;
    void m;
    emit(ctx, sp, En, x, y, z, t, px / n, py / n, pz / n);
  }
}
