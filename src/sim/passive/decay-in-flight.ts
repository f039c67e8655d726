/**
 * Decays in flight: where an unstable particle decays along a path, and the decay itself
 * (channel choice, rest-frame kinematics, boost, products to the stack, neutrinos to the
 * invisible energy, π⁰ → γγ at once).
 *
 * The decay path is exponential with the mean λ = βγ cτ = (p/m) cτ (PDG RPP 2024 "Kinematics"
 * §49.1: proper time τ dilated by γ, travelling at βc). Energy losses on the way (synchrotron
 * radiation of hadrons and muons) are negligible, so λ is constant along a passive path.
 */
import type { ParticleState } from '../particle-stack.js';
import { ParticleState as State } from '../particle-stack.js';
import { SPECIES_MASS, Species, isHadron } from '../species.js';
import type { SimGeometry } from '../sim-geometry.js';
import type { TransportContext } from '../transport-context.js';
import type { DecayBiasing } from './decay-biasing.js';
import { DECAY_MODES } from './decay-table.js';
import { boostBySystem, decayAtRest } from './decay-kinematics.js';

const C_CM_PER_NS = 29.9792458;
const buf = new Float64Array(16);
const pi0buf = new Float64Array(8);
const q = new State();

/** z of the ECAL front face (first element with role 'ecal'), +∞ without one; cached per geometry. */
const ecalZ = new WeakMap<SimGeometry, number>();
function ecalFront(g: SimGeometry): number {
  let z = ecalZ.get(g);
  if (z === undefined) {
    const e = g.elements.find((el) => el.role === 'ecal');
    z = e ? e.z0 : Number.POSITIVE_INFINITY;
    ecalZ.set(g, z);
  }
  return z;
}

/** Mean decay path βγcτ [cm] of p (∞ for stable species). */
export function meanDecayPathCm(p: ParticleState): number {
  const m = DECAY_MODES[p.species];
  if (!m) return Number.POSITIVE_INFINITY;
  const M = SPECIES_MASS[p.species];
  const P = Math.sqrt(Math.max(p.e * p.e - M * M, 0));
  return (P / M) * m.ctauCm;
}

/**
 * The path [cm] along which p decays if that is shorter than `maxPathCm`, else +∞ (p survives).
 * With decay-length biasing the event weight ctx.truth.weight is multiplied by the likelihood
 * ratio of the outcome (see decay-biasing.ts). Stable species: +∞ without a random number.
 * One uniform number u: p decays iff u < 1 − e^{−L/λ}, at s = −λ ln(1 − u) (the exponential
 * truncated to [0, L)); since 1 − e^{−a} ≤ a, the common case u ≥ L/λ needs no logarithm.
 */
export function samplePathToDecay(ctx: TransportContext, p: ParticleState, maxPathCm: number, biasing: DecayBiasing): number {
  const lambda = meanDecayPathCm(p);
  if (lambda === Number.POSITIVE_INFINITY || !(maxPathCm > 0)) return Number.POSITIVE_INFINITY;
  const f = biasing.lengthFactor[p.species];
  const lb = lambda / f;
  const u = ctx.rng.uniform();
  const a = maxPathCm / lb;
  const decays = u < a && u < -Math.expm1(-a);
  if (f === 1) return decays ? -lb * Math.log1p(-u) : Number.POSITIVE_INFINITY;
  if (decays) {
    const s = -lb * Math.log1p(-u);
    ctx.truth.weight *= (lb / lambda) * Math.exp(s / lb - s / lambda);
    return s;
  }
  ctx.truth.weight *= Math.exp(maxPathCm / lb - maxPathCm / lambda);
  return Number.POSITIVE_INFINITY;
}

/** Pushes a copy of the register q (a product) or, for a neutrino, adds its energy to the invisible sum. */
function emit(ctx: TransportContext, s: number, v: Float64Array, o: number): void {
  if (s === Species.Neutrino) {
    ctx.truth.eInvisible += v[o];
    return;
  }
  const pm = Math.sqrt(v[o + 1] * v[o + 1] + v[o + 2] * v[o + 2] + v[o + 3] * v[o + 3]);
  q.species = s;
  q.e = v[o];
  if (pm > 0) {
    q.ux = v[o + 1] / pm;
    q.uy = v[o + 2] / pm;
    q.uz = v[o + 3] / pm;
  }
  if (s === Species.Pi0) {
    decayPi0(ctx, q);
    return;
  }
  ctx.stack.push(q);
}

/**
 * Decays a π⁰ at once into two photons (π⁰ → γγ for all π⁰: the Dalitz mode, 1.17%, is treated
 * as γγ), isotropic in its rest frame; the photons go to the stack. cτ(π⁰) = 25.5 nm: the flight
 * is neglected. p is read, not changed.
 */
export function decayPi0(ctx: TransportContext, p: ParticleState): void {
  const M = SPECIES_MASS[Species.Pi0];
  const E = Math.max(p.e, M);
  const P = Math.sqrt(E * E - M * M);
  const half = 0.5 * M;
  const c = 2 * ctx.rng.uniform() - 1;
  const sn = Math.sqrt(Math.max(0, 1 - c * c));
  const phi = 2 * Math.PI * ctx.rng.uniform();
  pi0buf[0] = half;
  pi0buf[1] = half * sn * Math.cos(phi);
  pi0buf[2] = half * sn * Math.sin(phi);
  pi0buf[3] = half * c;
  pi0buf[4] = half;
  pi0buf[5] = -pi0buf[1];
  pi0buf[6] = -pi0buf[2];
  pi0buf[7] = -pi0buf[3];
  const px = P * p.ux;
  const py = P * p.uy;
  const pz = P * p.uz;
  boostBySystem(pi0buf, 0, E, px, py, pz, M);
  boostBySystem(pi0buf, 4, E, px, py, pz, M);
  const x = p.x, y = p.y, z = p.z, t = p.t, gen = p.generation, w = p.weight;
  for (let k = 0; k < 2; k++) {
    const o = 4 * k;
    const pm = Math.sqrt(pi0buf[o + 1] * pi0buf[o + 1] + pi0buf[o + 2] * pi0buf[o + 2] + pi0buf[o + 3] * pi0buf[o + 3]);
    q.species = Species.Photon;
    q.e = pi0buf[o];
    q.ux = pi0buf[o + 1] / pm;
    q.uy = pi0buf[o + 2] / pm;
    q.uz = pi0buf[o + 3] / pm;
    q.x = x;
    q.y = y;
    q.z = z;
    q.t = t;
    q.generation = gen + 1;
    q.weight = w;
    ctx.stack.push(q);
  }
}

/**
 * Decays p at its current position: chooses the channel (biased if set, multiplying
 * ctx.truth.weight), generates the products at rest, boosts them with p's velocity and pushes
 * them (generation + 1, p's weight); neutrino energy goes to ctx.truth.eInvisible (× weight).
 * Sets ctx.truth.decayInFlight = 1 when p is a hadron decaying upstream of the ECAL front face.
 * p itself is gone afterwards (the caller returns false). No allocation.
 */
export function decayNow(ctx: TransportContext, p: ParticleState, biasing: DecayBiasing): void {
  if (p.species === Species.Pi0) {
    decayPi0(ctx, p);
    return;
  }
  const mode = DECAY_MODES[p.species];
  if (!mode) return;
  const cum = biasing.cumulative[p.species];
  const u = ctx.rng.uniform();
  const chs = mode.channels;
  let k = 0;
  if (cum) {
    while (k < chs.length - 1 && u > cum[k]) k++;
    ctx.truth.weight *= (biasing.channelWeight[p.species] as Float64Array)[k];
  } else {
    let s = chs[0].branching;
    while (k < chs.length - 1 && u > s) s += chs[++k].branching;
  }
  const ch = chs[k];
  if (isHadron(p.species) && p.z < ecalFront(ctx.geometry)) ctx.truth.decayInFlight = 1;
  const M = SPECIES_MASS[p.species];
  const E = Math.max(p.e, M);
  const P = Math.sqrt(E * E - M * M);
  const n = decayAtRest(ctx.rng, M, ch, buf);
  const px = P * p.ux;
  const py = P * p.uy;
  const pz = P * p.uz;
  q.x = p.x;
  q.y = p.y;
  q.z = p.z;
  q.t = p.t;
  q.generation = p.generation + 1;
  q.weight = p.weight;
  for (let i = 0; i < n; i++) {
    boostBySystem(buf, 4 * i, E, px, py, pz, M);
    // Michel: the second four-vector is the νν̄ system (products[1] is Species.Neutrino).
    emit(ctx, ch.products[i], buf, 4 * i);
    q.x = p.x;
    q.y = p.y;
    q.z = p.z;
    q.t = p.t;
    q.generation = p.generation + 1;
    q.weight = p.weight;
  }
}

/** Speed factor: path [cm] → time [ns] for p (β c). */
export function nsPerCm(p: ParticleState): number {
  const M = SPECIES_MASS[p.species];
  if (M === 0) return 1 / C_CM_PER_NS;
  const P = Math.sqrt(Math.max(p.e * p.e - M * M, 1e-300));
  return p.e / (P * C_CM_PER_NS);
}
