/**
 * Decay kinematics in the rest frame of the parent and the boost to the laboratory.
 *  - Two-body: p* = √[(M² − (m₁+m₂)²)(M² − (m₁−m₂)²)]/2M (PDG RPP 2024 "Kinematics", §49.4.2, two-body decays),
 *    isotropic.
 *  - Three-body, uniform in phase space (GENBOD, F. James, CERN 68-15 (1968); the recursive
 *    form dΦ₃ ∝ p*(M; m₁₂, m₃) q*(m₁₂; m₁, m₂) dm₁₂ dΩ dΩ*): m₁₂ drawn by rejection on p*q*,
 *    then two isotropic two-body decays.
 *  - μ → eνν̄: electron energy fraction x = 2E_e/m_μ from the Michel spectrum x²(3 − 2x) (ρ = 3/4,
 *    V−A, unpolarized muon, m_e/m_μ terms neglected in the shape; PDG RPP 2024 "Muon decay
 *    parameters"), isotropic; the two neutrinos are kept as one invisible system (their sum is all
 *    that the simulation needs).
 * Four-vectors are stored as (E, px, py, pz) in a Float64Array, 4 numbers per product.
 */
import type { RandomStream } from '../../core/index.js';
import { SPECIES_MASS } from '../species.js';
import { DecayKinematics } from './decay-table.js';
import type { DecayChannel } from './decay-table.js';

/** Momentum [GeV] of each product of a two-body decay M → m1 m2 in the rest frame (0 below threshold). */
export function twoBodyMomentum(M: number, m1: number, m2: number): number {
  const a = (M - m1 - m2) * (M + m1 + m2);
  const b = (M - m1 + m2) * (M + m1 - m2);
  return a > 0 && b > 0 ? Math.sqrt(a * b) / (2 * M) : 0;
}

/** Writes an isotropic momentum of magnitude p and energy √(p² + m²) at out[o..o+3]. */
function isotropic(rng: RandomStream, p: number, m: number, out: Float64Array, o: number): void {
  const c = 2 * rng.uniform() - 1;
  const s = Math.sqrt(Math.max(0, 1 - c * c));
  const phi = 2 * Math.PI * rng.uniform();
  out[o] = Math.sqrt(p * p + m * m);
  out[o + 1] = p * s * Math.cos(phi);
  out[o + 2] = p * s * Math.sin(phi);
  out[o + 3] = p * c;
}

/**
 * Boosts the four-vector at v[o..o+3] by velocity β = (bx, by, bz) (|β| < 1), in place:
 * E' = γ(E + β·p), p' = p + [γ²/(γ+1) β·p + γE] β (the Lorentz transformation of PDG RPP 2024 "Kinematics" §49.1, for a general direction).
 */
export function boost(v: Float64Array, o: number, bx: number, by: number, bz: number): void {
  const b2 = bx * bx + by * by + bz * bz;
  if (!(b2 > 0)) return;
  const g = 1 / Math.sqrt(1 - b2);
  const bp = bx * v[o + 1] + by * v[o + 2] + bz * v[o + 3];
  const k = ((g * g) / (g + 1)) * bp + g * v[o];
  v[o] = g * (v[o] + bp);
  v[o + 1] += k * bx;
  v[o + 2] += k * by;
  v[o + 3] += k * bz;
}

/** Boost of a four-vector by the velocity of a system of energy E and momentum (px, py, pz), as above but with γ = E/M exact. */
export function boostBySystem(v: Float64Array, o: number, E: number, px: number, py: number, pz: number, M: number): void {
  const g = E / M;
  const bx = px / E;
  const by = py / E;
  const bz = pz / E;
  const bp = bx * v[o + 1] + by * v[o + 2] + bz * v[o + 3];
  const k = ((g * g) / (g + 1)) * bp + g * v[o];
  v[o] = g * (v[o] + bp);
  v[o + 1] += k * bx;
  v[o + 2] += k * by;
  v[o + 3] += k * bz;
}

const wMaxCache = new WeakMap<DecayChannel, number>();

/** Maximum over m₁₂ of p*(M; m₁₂, m₃)·q*(m₁₂; m₁, m₂), by a scan (with a 2% margin). */
function phaseSpaceMax(ch: DecayChannel, M: number, m1: number, m2: number, m3: number): number {
  let w = wMaxCache.get(ch);
  if (w === undefined) {
    w = 0;
    const lo = m1 + m2;
    const hi = M - m3;
    for (let i = 0; i <= 400; i++) {
      const m12 = lo + ((hi - lo) * i) / 400;
      w = Math.max(w, twoBodyMomentum(M, m12, m3) * twoBodyMomentum(m12, m1, m2));
    }
    w *= 1.02;
    wMaxCache.set(ch, w);
  }
  return w;
}

/**
 * Fills `out` with the rest-frame four-vectors of the products of channel `ch` of a parent of
 * mass M [GeV], in the order of ch.products (Michel: electron, then the νν̄ system). Returns the
 * number of four-vectors written. No allocation after the first call per channel.
 */
export function decayAtRest(rng: RandomStream, M: number, ch: DecayChannel, out: Float64Array): number {
  const pr = ch.products;
  if (ch.kinematics === DecayKinematics.TwoBody) {
    const m1 = SPECIES_MASS[pr[0]];
    const m2 = SPECIES_MASS[pr[1]];
    const p = twoBodyMomentum(M, m1, m2);
    isotropic(rng, p, m1, out, 0);
    out[4] = Math.sqrt(p * p + m2 * m2);
    out[5] = -out[1];
    out[6] = -out[2];
    out[7] = -out[3];
    return 2;
  }
  if (ch.kinematics === DecayKinematics.Michel) {
    const me = SPECIES_MASS[pr[0]];
    const w = (M * M + me * me) / (2 * M); // maximum electron energy
    let x: number;
    do x = rng.uniform(); while (rng.uniform() > x * x * (3 - 2 * x));
    const Ee = Math.max(x * w, me);
    const pe = Math.sqrt(Ee * Ee - me * me);
    isotropic(rng, pe, me, out, 0);
    out[0] = Ee;
    out[4] = M - Ee;
    out[5] = -out[1];
    out[6] = -out[2];
    out[7] = -out[3];
    return 2;
  }
  // Three bodies, flat phase space.
  const m1 = SPECIES_MASS[pr[0]];
  const m2 = SPECIES_MASS[pr[1]];
  const m3 = SPECIES_MASS[pr[2]];
  const wMax = phaseSpaceMax(ch, M, m1, m2, m3);
  const lo = m1 + m2;
  const hi = M - m3;
  let m12: number;
  let P: number;
  let q: number;
  do {
    m12 = lo + (hi - lo) * rng.uniform();
    P = twoBodyMomentum(M, m12, m3);
    q = twoBodyMomentum(m12, m1, m2);
  } while (rng.uniform() * wMax > P * q);
  // Particle 3 recoils against the (12) system.
  isotropic(rng, P, m3, out, 8);
  const E12 = Math.sqrt(P * P + m12 * m12);
  const px = -out[9];
  const py = -out[10];
  const pz = -out[11];
  // 1 and 2 back to back in the (12) rest frame, then boosted with the (12) system.
  isotropic(rng, q, m1, out, 0);
  out[4] = Math.sqrt(q * q + m2 * m2);
  out[5] = -out[1];
  out[6] = -out[2];
  out[7] = -out[3];
  boostBySystem(out, 0, E12, px, py, pz, m12);
  boostBySystem(out, 4, E12, px, py, pz, m12);
  return 3;
}
