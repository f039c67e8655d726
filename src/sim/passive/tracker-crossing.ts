/**
 * Crossing a tracker (Micromegas, GEM or straw station): its planes are thin matter at the plane
 * positions el.planeZ, the space between them vacuum. At every plane a charged particle inside
 * the plane's area leaves a crossing (ctx.deposits.addHit: element, plane, true x, y, time; the
 * digitizer turns it into strips or drift times, with the efficiency) and is scattered by the
 * plane's material (Highland, multiple-scattering.ts); a photon may convert into e⁺e⁻
 * (thin-plane-conversion.ts). Energy losses in the planes (~µm of gas and foil) are neglected.
 */
import type { ParticleState } from '../particle-stack.js';
import type { SimElement } from '../sim-geometry.js';
import { SPECIES_CHARGE, SPECIES_MASS, Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';
import { highlandTheta0, scatterDirection } from './multiple-scattering.js';
import type { PassiveConfig } from './passive-config.js';
import { straightDrift } from './straight-drift.js';
import { conversionProbability, convertPhoton } from './thin-plane-conversion.js';

/** Offset [cm] of a conversion pair behind its plane, so that it does not cross the plane again. */
const PAIR_OFFSET_CM = 1e-6;

/** The tracker numbers read per plane, in a class of fixed shape (SimElement may be in V8 dictionary mode). */
class TrackerView {
  readonly index: number;
  readonly z1: number;
  readonly x0: number;
  readonly y0: number;
  readonly halfX: number;
  readonly halfY: number;
  readonly planeZ: Float64Array;
  readonly thicknessX0: number;
  constructor(el: SimElement) {
    this.index = el.index;
    this.z1 = el.z1;
    this.x0 = el.x0;
    this.y0 = el.y0;
    this.halfX = el.halfX;
    this.halfY = el.halfY;
    this.planeZ = el.planeZ;
    this.thicknessX0 = el.thicknessX0;
  }
}
const views = new WeakMap<SimElement, TrackerView>();

/**
 * Transports p through tracker el from its position to el.z1: hits, scattering, conversions,
 * decays between planes. Returns false if p is gone (converted or decayed). No allocation.
 */
export function crossTracker(ctx: TransportContext, p: ParticleState, element: SimElement, cfg: PassiveConfig): boolean {
  let el = views.get(element);
  if (!el) {
    el = new TrackerView(element);
    views.set(element, el);
  }
  const nPlanes = el.planeZ.length;
  const charge = SPECIES_CHARGE[p.species];
  for (let k = 0; k < nPlanes; k++) {
    const zp = el.planeZ[k];
    if (zp < p.z - 1e-9) continue;
    if (!straightDrift(ctx, p, zp, cfg)) return false;
    if (Math.abs(p.x - el.x0) >= el.halfX || Math.abs(p.y - el.y0) >= el.halfY) continue;
    const tX0 = el.thicknessX0 / Math.abs(p.uz);
    if (charge !== 0) {
      ctx.deposits.addHit(el.index, k, p.x, p.y, p.t);
      if (cfg.trackerScattering && tX0 > 0) {
        const M = SPECIES_MASS[p.species];
        const P = Math.sqrt(Math.max(p.e * p.e - M * M, 1e-300));
        scatterDirection(ctx.rng, p, highlandTheta0(P, P / p.e, Math.abs(charge), tX0));
      }
    } else if (p.species === Species.Photon && cfg.trackerConversions && tX0 > 0 && ctx.rng.uniform() < conversionProbability(tX0)) {
      convertPhoton(ctx, p, PAIR_OFFSET_CM);
      return false;
    }
  }
  return straightDrift(ctx, p, el.z1, cfg);
}
