/**
 * The simplest passive transport: straight lines through magnets, trackers and gaps, no field,
 * no hits, no decays. Used where a test needs only matter transport; the simulation uses the
 * full passive transport (passive/).
 */
import { straightTo } from './transport.js';
import type { PassiveTransport } from './transport-context.js';

/** Straight-line passive transport. */
export const straightPassive: PassiveTransport = {
  crossMagnet: (_ctx, p, el) => {
    straightTo(p, el.z1);
    return true;
  },
  crossTracker: (_ctx, p, el) => {
    straightTo(p, el.z1);
    return true;
  },
  drift: (_ctx, p, zTo) => {
    straightTo(p, zTo);
    return true;
  },
};
