/** Passive transport: magnets with synchrotron radiation, trackers, drifts with decays in flight. */
export { createPassiveTransport } from './passive-transport.js';
export type { BiasedPassiveTransport } from './passive-transport.js';
export type { PassiveTransportOptions } from './passive-config.js';
export { DECAY_MODES, DecayKinematics } from './decay-table.js';
export type { DecayChannel, DecayMode } from './decay-table.js';
export { meanDecayPathCm, decayNow, decayPi0, samplePathToDecay, nsPerCm } from './decay-in-flight.js';
export { DecayBiasing } from './decay-biasing.js';
export { twoBodyMomentum, decayAtRest, boost, boostBySystem } from './decay-kinematics.js';
export { highlandTheta0, scatterDirection, scatterStep } from './multiple-scattering.js';
export { localToGlobal } from './direction-frame.js';
export { magnetFieldTesla } from './magnet-crossing.js';
export { synchrotronCriticalEnergy, synchrotronLossPerCm, synchrotronPhotonsPerCm } from './synchrotron-radiation.js';
export { SR_MEAN_X, SR_NUMBER_INTEGRAL, sampleSynchrotronX, synchrotronF } from './synchrotron-spectrum.js';
export { conversionProbability, sampleScreenedPairFraction } from './thin-plane-conversion.js';
