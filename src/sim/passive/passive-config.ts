/**
 * Options of the passive transport (magnets, trackers, drifts), with their defaults, and the
 * resolved configuration the crossing functions share.
 */
import type { DecayBiasing } from './decay-biasing.js';

/** Options of {@link createPassiveTransport}. */
export interface PassiveTransportOptions {
  /** Synchrotron radiation of e± in magnets (default true). */
  synchrotronRadiation?: boolean;
  /**
   * Synchrotron photons below this energy [GeV] are not followed: the lepton loses their energy,
   * counted in truth.eEscaped (default 1e-4 = 100 keV: ~25% of the photons of a 100 GeV e− in
   * 1.75 T, ~0.2% of the radiated energy).
   */
  synchrotronMinPhotonGeV?: number;
  /** Decays in flight of μ±, π±, K±, K⁰_L (default true). π⁰ always decay at once. */
  decays?: boolean;
  /** Multiple scattering of charged particles in tracker planes (default true). */
  trackerScattering?: boolean;
  /** Photon conversions in tracker planes (default true). */
  trackerConversions?: boolean;
}

/** Resolved configuration shared by the crossing functions. */
export interface PassiveConfig {
  readonly synchrotronRadiation: boolean;
  readonly synchrotronMinPhotonGeV: number;
  readonly decays: boolean;
  readonly trackerScattering: boolean;
  readonly trackerConversions: boolean;
  readonly biasing: DecayBiasing;
}
