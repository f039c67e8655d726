/**
 * Straight flight in vacuum or air to a plane z = const, with decays in flight of unstable
 * particles on the way (decay-in-flight.ts) and π⁰ decayed at once.
 */
import type { ParticleState } from '../particle-stack.js';
import { Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';
import { decayNow, decayPi0, nsPerCm, samplePathToDecay } from './decay-in-flight.js';
import type { PassiveConfig } from './passive-config.js';

/**
 * Moves p in a straight line to z = zTo (no change if zTo ≤ p.z or p does not move forward).
 * Returns false if p decayed on the way (its products are on ctx.stack); p then sits at the
 * decay point. No allocation.
 */
export function straightDrift(ctx: TransportContext, p: ParticleState, zTo: number, cfg: PassiveConfig): boolean {
  if (p.species === Species.Pi0) {
    decayPi0(ctx, p);
    return false;
  }
  const dz = zTo - p.z;
  if (!(dz > 0) || !(p.uz > 0)) return true;
  const path = dz / p.uz;
  const sDecay = cfg.decays ? samplePathToDecay(ctx, p, path, cfg.biasing) : Number.POSITIVE_INFINITY;
  const s = sDecay < path ? sDecay : path;
  p.x += s * p.ux;
  p.y += s * p.uy;
  p.t += s * nsPerCm(p);
  if (sDecay < path) {
    p.z += s * p.uz;
    decayNow(ctx, p, cfg.biasing);
    return false;
  }
  p.z = zTo;
  return true;
}
