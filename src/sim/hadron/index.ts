/** emiss sim/hadron: hadron transport, parametrized hadronic showers, photo- and electro-nuclear reactions. */
export { createHadronTransport, hadronClass } from './hadron-transport.js';
export type { HadronTransportOptions } from './hadron-transport.js';
export { hadronicInteraction, EM_FRACTION_SIGMA, MEAN_PT_GEV } from './hadronic-interaction.js';
export { depositHadronShower, depositVisible, EM_LATERAL, HADRON_LATERAL, MAX_SPOTS, SPOT_GEV } from './hadron-shower.js';
export { ShowerAxis } from './shower-axis.js';
export { pushPi0Decay } from './pi0-decay.js';
export { LEADING_TABLES, LOCAL, NUCLEAR_SOFTENING, P_BARYON, P_DIFF, STRANGENESS, leadingProbability, meanLeadingFraction, sampleLeading, sampleLeadingFraction } from './leading-particle.js';
export type { LeadingTable } from './leading-particle.js';
export { BOCK, bockHadronicSlope, bockMeanDepthCm, bockProfile, bockShape } from './bock-profile.js';
export { GROOM_E0_BARYON, GROOM_E0_MESON, GROOM_K, groomEmFraction, hadronicEnergy, wigmansEOverPi } from './em-fraction.js';
export { E_OVER_H_FE_SC, E_OVER_H_PB_SC, eOverH } from './e-over-h.js';
export { HadronClass, KAON_RATIO_DELTA, KAON_RATIO_R1, NUCLEON_A_EXPONENT, PION_RATIO_DELTA, PION_RATIO_R1, inelasticRatio } from './inelastic-ratio.js';
export { hadronMaterial, sampleTargetA } from './hadron-material.js';
export type { HadronMaterial } from './hadron-material.js';
export {
  PHOTONUCLEAR_MIN_GEV,
  photonNucleonCrossSectionMicrobarn,
  photonuclearCrossSectionMb,
  photonuclearHook,
  photonuclearInteraction,
  photonuclearRate,
  shadowingFactor,
  virtualPhotonInteraction,
} from './photonuclear.js';
export { NU_MIN_GEV, Q2_MAX_GEV2, electronuclearHook, electronuclearInteraction, electronuclearRate, equivalentPhotonFlux } from './electronuclear.js';
