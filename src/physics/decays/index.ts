/** emiss physics/decays: R ratio, dark-photon widths and branching ratios, lifetimes, coupling conversions. */
export { alphaS, ALPHA_S_MZ, ALPHA_S_MIN_SCALE_GEV } from './alpha-s.js';
export { rRatio, perturbativeRRatio, narrowResonanceRRatio, TWO_PION_THRESHOLD_GEV, R_TABLE_MIN_GEV, R_TABLE_MAX_GEV, PERTURBATIVE_R_MIN_GEV } from './r-ratio.js';
export { R_RATIO_TABLE, R_RATIO_SOURCE, NARROW_RESONANCES } from './r-ratio-data.js';
export type { NarrowResonance } from './r-ratio-data.js';
export { darkMatterWidth, darkSectorMasses, DARK_MATTER_TYPES, DEFAULT_SPLITTING } from './dark-matter-width.js';
export type { DarkMatterType, DarkSector } from './dark-matter-width.js';
export { darkPhotonWidths, darkPhotonBranchingRatios, darkPhotonLeptonWidth, DARK_PHOTON_MAX_MASS_GEV } from './dark-photon-widths.js';
export type { DarkPhotonWidths, DarkPhotonBranchingRatios } from './dark-photon-widths.js';
export { properLifetime, decayLength } from './decay-length.js';
export type { DecayLengthOptions } from './decay-length.js';
export {
  yFromEpsilon,
  epsilonFromY,
  electronCrossSection,
  epsilonFromElectronCrossSection,
  electronCrossSectionFromY,
  yFromElectronCrossSection,
} from './couplings.js';
export type { DarkMatterMasses } from './couplings.js';
