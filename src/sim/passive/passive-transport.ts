/**
 * The passive transport: magnets (helix, aperture, synchrotron radiation), trackers (hits,
 * multiple scattering, conversions) and straight drifts (decays in flight), with the biasing of
 * decays for background studies. One instance per worker (it holds the biasing state).
 */
import type { PassiveTransport } from '../transport-context.js';
import { DecayBiasing } from './decay-biasing.js';
import { crossMagnet } from './magnet-crossing.js';
import type { PassiveConfig, PassiveTransportOptions } from './passive-config.js';
import { photonFlight } from './photon-flight.js';
import { straightDrift } from './straight-drift.js';
import { crossTracker } from './tracker-crossing.js';

/** The passive transport with its decay-biasing controls. */
export interface BiasedPassiveTransport extends PassiveTransport {
  /**
   * Multiplies the probability of decay channel `channel` of `species` (e.g.
   * `setDecayBiasing(Species.PiMinus, 'e nu', 1e4)`) by `factor`, renormalizing the other
   * channels; each decay multiplies ctx.truth.weight by B/B′ of the chosen channel (see
   * decay-biasing.ts). factor = 1 removes the bias. Channel names: DECAY_MODES[species].channels.
   */
  setDecayBiasing(species: number, channel: string, factor: number): void;
  /**
   * Divides the mean decay path of `species` by `factor` (forced decays in flight); the event
   * weight is multiplied by the likelihood ratio of every decay or survival. factor = 1 removes it.
   */
  setDecayLengthBiasing(species: number, factor: number): void;
  /** Removes all decay biasing. */
  clearDecayBiasing(): void;
}

/**
 * Creates the passive transport. Defaults: synchrotron radiation on (photons below 100 keV
 * summed into the lepton's energy loss), decays on, scattering and conversions in trackers on.
 * Example: `const passive = createPassiveTransport(); passive.setDecayBiasing(Species.KMinus, 'e nu', 1e5);`
 */
export function createPassiveTransport(options: PassiveTransportOptions = {}): BiasedPassiveTransport {
  const biasing = new DecayBiasing();
  const cfg: PassiveConfig = {
    synchrotronRadiation: options.synchrotronRadiation ?? true,
    synchrotronMinPhotonGeV: options.synchrotronMinPhotonGeV ?? 1e-4,
    decays: options.decays ?? true,
    trackerScattering: options.trackerScattering ?? true,
    trackerConversions: options.trackerConversions ?? true,
    biasing,
  };
  return {
    crossMagnet: (ctx, p, el) => crossMagnet(ctx, p, el, cfg),
    crossTracker: (ctx, p, el) => crossTracker(ctx, p, el, cfg),
    drift: (ctx, p, zTo) => straightDrift(ctx, p, zTo, cfg),
    photonFlight: (ctx, p) => photonFlight(ctx, p, cfg),
    setDecayBiasing: (species, channel, factor) => biasing.setChannelFactor(species, channel, factor),
    setDecayLengthBiasing: (species, factor) => biasing.setLengthFactor(species, factor),
    clearDecayBiasing: () => biasing.clear(),
  };
}
