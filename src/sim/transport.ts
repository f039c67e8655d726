/**
 * The element walker: follows one particle down the beam line, element by element, handing
 * it to the species' matter transport inside calorimeters, counters and volumes with matter,
 * and to the passive transport in magnets, trackers, vacuum and the gaps between elements.
 * Then the secondaries on the stack, until the stack is empty.
 */
import { Species } from './species.js';
import { ElementKind, elementAtZ, inHole, nextElementAfter } from './sim-geometry.js';
import { ParticleState } from './particle-stack.js';
import type { TransportContext } from './transport-context.js';

const EPS = 1e-9;

/** Transports p and everything it creates; the stack is emptied. */
export function transportAll(ctx: TransportContext, p: ParticleState): void {
  const q = scratch;
  transportOne(ctx, p);
  while (ctx.stack.pop(q)) transportOne(ctx, q);
}
const scratch = new ParticleState();

/** Transports one particle until it leaves the set-up or is gone (secondaries go to the stack). */
export function transportOne(ctx: TransportContext, p: ParticleState): void {
  const g = ctx.geometry;
  const els = g.elements;
  ctx.truth.nTracked++;
  if (p.species === Species.Neutrino || p.species === Species.X) {
    ctx.truth.eInvisible += p.e;
    return;
  }
  for (let guard = 0; guard < 10000; guard++) {
    if (!(p.uz > 0)) {
      // Backward particles are not followed back up the beam line; their energy is counted lost.
      ctx.truth.eEscaped += p.e;
      return;
    }
    if (p.species === Species.Photon && ctx.passive.photonFlight !== undefined && !ctx.passive.photonFlight(ctx, p)) return;
    let i = elementAtZ(g, p.z);
    if (i < 0) {
      const j = nextElementAfter(g, p.z);
      if (j >= els.length) {
        ctx.truth.eEscaped += p.e;
        return;
      }
      if (!ctx.passive.drift(ctx, p, els[j].z0)) return;
      i = j;
    }
    const el = els[i];
    const inside = Math.abs(p.x - el.x0) < el.halfX && Math.abs(p.y - el.y0) < el.halfY && !inHole(el, p.x, p.y);
    if (el.kind === ElementKind.Magnet) {
      if (!ctx.passive.crossMagnet(ctx, p, el)) return;
    } else if (!inside) {
      if (!ctx.passive.drift(ctx, p, el.z1)) return;
    } else if (el.kind === ElementKind.Tracker) {
      if (!ctx.passive.crossTracker(ctx, p, el)) return;
    } else if (el.material === null) {
      if (!ctx.passive.drift(ctx, p, el.z1)) return;
    } else {
      const m = ctx.matter[p.species];
      if (m === null) {
        if (!ctx.passive.drift(ctx, p, el.z1)) return;
      } else {
        if (!m.inMatter(ctx, p, el)) return;
        // Left through the side: continue in air to the end of the element.
        if (p.z < el.z1 - EPS && p.uz > 0 && !ctx.passive.drift(ctx, p, el.z1)) return;
      }
    }
    if (p.z >= g.zMax - EPS) {
      ctx.truth.eEscaped += p.e;
      return;
    }
    // Guarantee progress past the element boundary.
    if (p.z < el.z1 && p.uz > 0 && elementAtZ(g, p.z) === i) {
      if (!ctx.passive.drift(ctx, p, el.z1)) return;
    }
  }
}

/** Straight-line flight to z (no decays): the default drift for stable particles. */
export function straightTo(p: ParticleState, zTo: number): void {
  const dz = zTo - p.z;
  if (dz <= 0) return;
  const s = dz / p.uz;
  p.x += s * p.ux;
  p.y += s * p.uy;
  p.z = zTo;
  p.t += s / 29.9792458;
}
