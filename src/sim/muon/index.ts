/** Muons in matter, and the heavy-charged-particle stepping core (ionization, fluctuations, scattering). */
export { createMuonTransport } from './muon-transport.js';
export type { MuonTransportOptions } from './muon-transport.js';
export { HeavyOutcome, chargedHeavyInMatter, heavyTrackOptions } from './charged-heavy-in-matter.js';
export type { HeavyTrackOptions, MuonPhotonuclearHook } from './charged-heavy-in-matter.js';
export { BETHE_K, densityEffect, elementIonization, ionizationMaterial, sternheimerPeierls } from './ionization-material.js';
export type { IonizationMaterial } from './ionization-material.js';
export { atomicElectronBremsstrahlung, betheMean, knockOnRate, landauXi, maxEnergyTransfer, mostProbableLoss, restrictedBethe } from './bethe-bloch.js';
export { sampleIonizationLoss } from './ionization-loss.js';
export { LANDAU_MODE, landauDensity, landauQuantile, landauSurvival, landauTruncatedMean, sampleTruncatedLandau } from './landau-distribution.js';
export { MuonProcess, buildMuonRadiativeTables, muonB, muonDsigmaDv } from './muon-radiative-tables.js';
export type { MuonRadiativeTables } from './muon-radiative-tables.js';
export { muonBremsstrahlungDsigmaDv } from './muon-bremsstrahlung.js';
export { muonPairDsigmaDv } from './muon-pair-production.js';
export { muonPhotonuclearDsigmaDv } from './muon-photonuclear.js';
export { Navigation, navigate } from './matter-navigation.js';
