/**
 * Everything the transport of one event needs, passed to every transport function: geometry,
 * deposits, the stack of particles to follow, the event's random stream, the truth record and
 * the per-species transport modules. One context per worker thread, reused for every event.
 */
import type { RandomStream } from '../core/index.js';
import type { EventDeposits } from './event-deposits.js';
import type { EventTruth } from './event-truth.js';
import type { ParticleStack, ParticleState } from './particle-stack.js';
import type { RareBias } from './rare-process-bias.js';
import type { TrackLengthTally } from './track-length-tally.js';
import type { SimElement, SimGeometry } from './sim-geometry.js';

/** Transport of one species family inside an element with matter. */
export interface MatterTransport {
  /**
   * Moves p through element el (a calorimeter, counter or volume with matter, p inside its
   * transverse box at p.z), creating secondaries on ctx.stack and depositing energy into
   * ctx.deposits, until p leaves [el.z0, el.z1), leaves the transverse box, or is gone.
   * Returns false when the particle is gone (absorbed, decayed, below the tracking cut).
   */
  inMatter(ctx: TransportContext, p: ParticleState, el: SimElement): boolean;
}

/** Run-wide settings of the transport. */
export interface TransportSettings {
  /** e± and γ below this energy are deposited as parametrized showers [GeV]. */
  trackingCutGeV: number;
  /** Hadrons and muons below this kinetic energy stop and deposit it locally [GeV]. */
  hadronCutGeV: number;
}

/** The per-event transport context. */
export interface TransportContext {
  readonly geometry: SimGeometry;
  readonly deposits: EventDeposits;
  readonly stack: ParticleStack;
  rng: RandomStream;
  readonly truth: EventTruth;
  readonly settings: TransportSettings;
  /** Matter transport by species code (see species.ts); null: the species is not followed. */
  readonly matter: (MatterTransport | null)[];
  /** Transport through elements without bulk matter, and between elements. */
  readonly passive: PassiveTransport;
  /** Hooks of the signal generator (A′ emission along e± and μ tracks); null when off. */
  signal: SignalHook | null;
  /** e± track-length tally in the target (null: off). */
  tally: TrackLengthTally | null;
  /** Biasing of rare electromagnetic channels (see rare-process-bias.ts); factor 1 = natural rate. */
  readonly bias: { muonPairs: RareBias; photoNuclear: RareBias };
}

/** Crossing magnets and trackers, and drifting through gaps and vacuum (with decays in flight). */
export interface PassiveTransport {
  /** Through a dipole (bending, synchrotron radiation of e±); p ends at el.z1 or is lost in the aperture. */
  crossMagnet(ctx: TransportContext, p: ParticleState, el: SimElement): boolean;
  /** Through a tracker (hits of charged particles, multiple scattering in its thin planes). */
  crossTracker(ctx: TransportContext, p: ParticleState, el: SimElement): boolean;
  /** Straight flight in vacuum or air to z (decays in flight of unstable particles); false if it decayed. */
  drift(ctx: TransportContext, p: ParticleState, zTo: number): boolean;
  /**
   * Optional fast path for photons: straight to the next element with matter through magnets,
   * trackers (conversions) and vacuum at once; false if the photon is gone.
   */
  photonFlight?(ctx: TransportContext, p: ParticleState): boolean;
}

/**
 * A hook the transport calls for every step of a charged lepton in matter, so that the signal
 * generator can emit the new boson along the track (biased emission, see sim/signal).
 */
export interface SignalHook {
  /**
   * Called after p moved by `stepCm` inside el with energy `energyGeV` at the start of the step;
   * may change p (energy, direction) and push the boson; returns true if it emitted.
   */
  onLeptonStep(ctx: TransportContext, p: ParticleState, el: SimElement, stepCm: number, energyGeV: number): boolean;
}
