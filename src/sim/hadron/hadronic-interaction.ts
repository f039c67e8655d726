/**
 * One inelastic hadron–nucleus (or photon–nucleus) interaction, parametrized:
 *  (a) a leading particle (leading-particle.ts) with energy fraction x on the target nucleus drawn
 *      from the medium's interaction shares (hadron-material.ts), and transverse
 *      momentum p_T ~ p_T e^{−2p_T/⟨p_T⟩}, ⟨p_T⟩ = 0.35 GeV (the typical mean transverse momentum
 *      of soft hadron production at SPS energies, e.g. D.H. Perkins, Introduction to High Energy
 *      Physics, 4th ed., ch. 11, as recalled), pushed on the stack as a real particle (a π⁰ as
 *      its two photons); below the cuts it stays in the local shower;
 *  (b) the rest deposited as a local shower (hadron-shower.ts) split into electromagnetic and
 *      hadronic parts. The split keeps Groom's mean f_em for the whole cascade started here:
 *      the local hadronic energy is H_loc = H(E) − H_lead, where H(E) = E (E/E0)^{k−1} is Groom's
 *      mean hadronic energy (em-fraction.ts) and H_lead = H(x E) the part the leading hadron will
 *      carry into its own cascade (0 for a π⁰), clamped to [0, E_loc]; the local EM fraction then
 *      fluctuates event by event as a Beta distribution of that mean and r.m.s.
 *      EM_FRACTION_SIGMA = 0.1 (ESTIMATE: the observed event-to-event f_em spreads are ≈ 0.1–0.2,
 *      Wigmans, Calorimetry, ch. 4, as recalled; the leading π⁰ and leading hadrons add to it).
 * A baryon projectile's rest energy stays in a baryon: when no leading baryon is followed it is
 * counted invisible. The interaction is counted in ctx.truth.nNuclearInteractions.
 * The profile shape is Bock's for the local energy E_loc: the local shower is a shower of that
 * energy, and the leading hadron's own cascade makes the long tail. With the leading-fraction
 * spectrum of leading-particle.ts this reproduces, from the vertex, Bock's mean depth and the CDHS
 * 95% containment length in iron within a few % at 50–100 GeV (+10% at 10 GeV; see the tests).
 */
import { ParticleState } from '../particle-stack.js';
import { SPECIES_MASS, Species } from '../species.js';
import type { SimElement } from '../sim-geometry.js';
import type { TransportContext } from '../transport-context.js';
import { hadronicEnergy } from './em-fraction.js';
import { depositHadronShower } from './hadron-shower.js';
import { LEADING_TABLES, LOCAL, sampleLeading, sampleLeadingFraction } from './leading-particle.js';
import { hadronMaterial, sampleTargetA } from './hadron-material.js';
import { pushPi0Decay } from './pi0-decay.js';
import { transverseBasis } from '../transverse-basis.js';

/** Scratch transverse basis (one event loop per thread). */
const BASIS = { ax: 1, ay: 0, az: 0, bx: 0, by: 1, bz: 0 };

/** ⟨p_T⟩ [GeV] of the leading particle. */
export const MEAN_PT_GEV = 0.35;
/** r.m.s. of the local EM fraction around its mean. */
export const EM_FRACTION_SIGMA = 0.1;

const q = new ParticleState();
const dir = { x: 0, y: 0, z: 1 };

/**
 * Performs an inelastic interaction of p (a hadron, or a real or virtual photon with
 * projectile = Species.Photon) in element el at p's position: pushes the leading particle and
 * deposits the rest. p itself is consumed (the caller stops following it).
 */
export function hadronicInteraction(ctx: TransportContext, p: ParticleState, el: SimElement, projectile: number): void {
  ctx.truth.nNuclearInteractions++;
  const rng = ctx.rng;
  const E = p.e;
  const baryonIn = projectile === Species.Proton || projectile === Species.Neutron;
  const mIn = baryonIn ? SPECIES_MASS[projectile] : 0;
  const table = LEADING_TABLES.get(projectile);
  let out = table ? sampleLeading(table, rng.uniform()) : LOCAL;
  const A = sampleTargetA(hadronMaterial(el), rng.uniform());
  let eLead = sampleLeadingFraction(A, rng.uniform()) * E;
  if (out === Species.Pi0) {
    if (eLead < ctx.settings.trackingCutGeV) out = LOCAL;
  } else if (out !== LOCAL && eLead - SPECIES_MASS[out] < ctx.settings.hadronCutGeV) out = LOCAL;
  if (out === LOCAL) eLead = 0;
  let eLoc = E - eLead;
  if (baryonIn && out === LOCAL) {
    const m = mIn < eLoc ? mIn : eLoc;
    ctx.truth.eInvisible += m;
    eLoc -= m;
  }
  // Local EM/hadronic split (Groom's mean for the cascade, minus the leading hadron's share).
  const hTot = hadronicEnergy(E - mIn, baryonIn);
  let hLead = 0;
  if (out !== LOCAL && out !== Species.Pi0) {
    const baryonOut = out === Species.Proton || out === Species.Neutron;
    hLead = hadronicEnergy(baryonOut ? eLead - SPECIES_MASS[out] : eLead, baryonOut);
  }
  let hLoc = hTot - hLead;
  if (hLoc < 0) hLoc = 0;
  else if (hLoc > eLoc) hLoc = eLoc;
  let eEm = 0;
  if (eLoc > 0) eEm = eLoc * fluctuate(ctx, 1 - hLoc / eLoc);
  const eHad = eLoc - eEm;
  if (out !== LOCAL) {
    leadingDirection(ctx, p, out === Species.Pi0 ? 0 : SPECIES_MASS[out], eLead);
    if (out === Species.Pi0) pushPi0Decay(ctx, p, eLead, dir.x, dir.y, dir.z);
    else {
      q.copy(p);
      q.species = out;
      q.e = eLead;
      q.ux = dir.x;
      q.uy = dir.y;
      q.uz = dir.z;
      q.generation = p.generation + 1;
      ctx.stack.push(q);
    }
  }
  depositHadronShower(ctx, el, p.x, p.y, p.z, p.ux, p.uy, p.uz, p.t, eEm, eHad, eLoc);
  p.e = 0;
}

/** A Beta-distributed fraction with mean m ∈ [0, 1] and r.m.s. EM_FRACTION_SIGMA (m itself at the edges). */
function fluctuate(ctx: TransportContext, m: number): number {
  if (!(m > 1e-6) || !(m < 1 - 1e-6)) return m < 0 ? 0 : m > 1 ? 1 : m;
  let nu = (m * (1 - m)) / (EM_FRACTION_SIGMA * EM_FRACTION_SIGMA) - 1;
  if (nu < 1) nu = 1;
  const g1 = ctx.rng.gamma(m * nu);
  const g2 = ctx.rng.gamma((1 - m) * nu);
  const s = g1 + g2;
  return s > 0 ? g1 / s : m;
}

/** The leading particle's direction (into `dir`): p's direction turned by θ = p_T/p at a uniform azimuth. */
function leadingDirection(ctx: TransportContext, p: ParticleState, mass: number, energy: number): void {
  const rng = ctx.rng;
  const pt = 0.5 * MEAN_PT_GEV * (rng.exponential() + rng.exponential());
  const mom = Math.sqrt(Math.max(energy * energy - mass * mass, 1e-12));
  let s = pt / mom;
  if (s > 1) s = 1;
  const c = Math.sqrt(1 - s * s);
  const phi = 2 * Math.PI * rng.uniform();
  const ux = p.ux;
  const uy = p.uy;
  const uz = p.uz;
  const { ax, ay, az, bx, by, bz } = transverseBasis(ux, uy, uz, BASIS);
  const cp = Math.cos(phi) * s;
  const sp = Math.sin(phi) * s;
  dir.x = c * ux + cp * ax + sp * bx;
  dir.y = c * uy + cp * ay + sp * by;
  dir.z = c * uz + cp * az + sp * bz;
}
