/**
 * Transport of hadrons in matter: π±, K±, p (ionization and multiple scattering between nuclear
 * interactions), n and K⁰_L (straight flight), π⁰ (decays to γγ at once).
 *
 * Nuclear interactions: the distance to the next one is drawn in interaction lengths (exponential,
 * mean 1) and consumed with the species' λ_h of the element's medium (hadron-material.ts: λ_I for
 * nucleons, λ_I/R_h for pions and kaons, inelastic-ratio.ts); at the point, a parametrized
 * interaction (hadronic-interaction.ts).
 * Charged hadrons between interactions: the heavy-charged-particle stepping of the muon module
 * (muon/charged-heavy-in-matter.ts: restricted Bethe loss with Landau fluctuations deposited per
 * cell, knock-on electrons above 1% of E, Highland scattering with lateral displacement, steps to
 * cell and section boundaries), given the path to the next interaction as its budget.
 * Approximation: that budget also runs in the air gaps between HCAL modules (5 cm per 139 cm).
 * Below ctx.settings.hadronCutGeV of kinetic energy a hadron stops: a charged one deposits its
 * kinetic energy there (by the stepping), a neutral one 1/(e/h) of it (the rest invisible); the
 * rest energy is counted invisible (decay neutrinos, nuclear capture; nucleon masses).
 * Decays in flight inside matter are neglected (γcτ ≥ 28 m for π± above 5 GeV).
 * A neutral hadron (n, K⁰_L) leaving an element with role 'ecal' adds its total energy to
 * ctx.truth.eNeutralHadronsOutOfEcal: the energy that neutral hadrons carry out of the ECAL.
 */
import { SPEED_OF_LIGHT } from '../../core/index.js';
import { HeavyOutcome, chargedHeavyInMatter, heavyTrackOptions } from '../muon/index.js';
import type { ParticleState } from '../particle-stack.js';
import { ElementKind, cellAt } from '../sim-geometry.js';
import type { SimElement } from '../sim-geometry.js';
import { SPECIES_CHARGE, SPECIES_MASS, Species } from '../species.js';
import type { MatterTransport, TransportContext } from '../transport-context.js';
import { hadronMaterial } from './hadron-material.js';
import type { HadronMaterial } from './hadron-material.js';
import { hadronicInteraction } from './hadronic-interaction.js';
import { HadronClass } from './inelastic-ratio.js';
import { pushPi0Decay } from './pi0-decay.js';
import { distanceOut } from '../element-exit.js';

/** The cross-section class of a hadron species (−1 for species that are not transported here). */
export function hadronClass(species: number): number {
  switch (species) {
    case Species.PiMinus:
    case Species.PiPlus:
      return HadronClass.Pion;
    case Species.KMinus:
    case Species.KPlus:
    case Species.K0L:
      return HadronClass.Kaon;
    case Species.Proton:
    case Species.Neutron:
      return HadronClass.Nucleon;
    default:
      return -1;
  }
}

/** Options of {@link createHadronTransport}. */
export interface HadronTransportOptions {
  /**
   * Energy fraction v_cut above which charged hadrons produce knock-on electrons as particles
   * (below: continuous, fluctuating loss). Default 0.01, as the muon stepping; 1 turns them off.
   */
  knockOnFraction?: number;
}

/** Creates the hadron matter transport (holds the stepping options; per-element caches). */
export function createHadronTransport(options: HadronTransportOptions = {}): MatterTransport {
  const opts = heavyTrackOptions();
  if (options.knockOnFraction !== undefined) opts.vcut = options.knockOnFraction;
  return {
    inMatter(ctx, p, el) {
      if (p.species === Species.Pi0) {
        pushPi0Decay(ctx, p, p.e, p.ux, p.uy, p.uz);
        return false;
      }
      const cls = hadronClass(p.species);
      if (cls < 0) return true;
      const hm = hadronMaterial(el);
      return SPECIES_CHARGE[p.species] !== 0 ? charged(ctx, p, el, hm, cls, opts) : neutral(ctx, p, el, hm, cls);
    },
  };
}

/** A charged hadron: stepping to the next interaction, the element's end, or a stop. */
function charged(ctx: TransportContext, p: ParticleState, el: SimElement, hm: HadronMaterial, cls: number, opts: ReturnType<typeof heavyTrackOptions>): boolean {
  const lambda = hm.lambdaCm[cls];
  const outcome = chargedHeavyInMatter(ctx, p, el, opts, ctx.rng.exponential() * lambda);
  if (outcome === HeavyOutcome.Stopped) {
    // The stepping deposited the kinetic energy; the rest energy is not seen.
    ctx.truth.eInvisible += p.e;
    p.e = 0;
    return false;
  }
  if (outcome === HeavyOutcome.Left) return true;
  hadronicInteraction(ctx, p, el, p.species);
  return false;
}

/** A neutral hadron: straight to the next interaction or out of the element. */
function neutral(ctx: TransportContext, p: ParticleState, el: SimElement, hm: HadronMaterial, cls: number): boolean {
  const mass = SPECIES_MASS[p.species];
  const T = p.e - mass;
  if (T < ctx.settings.hadronCutGeV) {
    stop(ctx, p, el, hm, T);
    return false;
  }
  const sInt = ctx.rng.exponential() * hm.lambdaCm[cls];
  const out = distanceOut(p, el);
  const s = sInt < out ? sInt : out;
  p.x += s * p.ux;
  p.y += s * p.uy;
  p.z += s * p.uz;
  p.t += (s * p.e) / (Math.sqrt(p.e * p.e - mass * mass) * SPEED_OF_LIGHT);
  if (sInt >= out) {
    if (el.role === 'ecal') ctx.truth.eNeutralHadronsOutOfEcal += p.e;
    return true;
  }
  hadronicInteraction(ctx, p, el, p.species);
  return false;
}

/** A neutral hadron below the cut: 1/(e/h) of its kinetic energy T deposited, the rest invisible. */
function stop(ctx: TransportContext, p: ParticleState, el: SimElement, hm: HadronMaterial, T: number): void {
  const vis = (T > 0 ? T : 0) / hm.eOverH;
  ctx.truth.eInvisible += p.e - vis;
  depositPoint(ctx, el, p.x, p.y, p.z, vis, p.t);
  p.e = 0;
}

/** Deposits e at a point inside el: its cell, or el's passive matter. */
function depositPoint(ctx: TransportContext, el: SimElement, x: number, y: number, z: number, e: number, t: number): void {
  if (!(e > 0)) return;
  const cell = el.kind === ElementKind.Calorimeter || el.kind === ElementKind.Counter ? cellAt(el, x, y, z) : -1;
  if (cell >= 0) ctx.deposits.deposit(cell, e, t);
  else ctx.deposits.depositUnread(el.index, e);
}

