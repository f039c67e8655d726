/**
 * Physical constants and unit conversions, in one place.
 *
 * Units of emiss: energies and masses in GeV, lengths in cm, times in ns, angles in rad,
 * cross sections in pb unless a name says otherwise.
 *
 * Source of every value: Particle Data Group, R.L. Workman et al. / S. Navas et al.,
 * "Review of Particle Physics", Phys. Rev. D 110 (2024) 030001, Table 1.1 (physical constants,
 * CODATA 2018 recommended values) and the particle listings (masses). Cosmological values:
 * PDG 2024 Table 2.1 (astrophysical constants), Planck 2018 (A&A 641 (2020) A6).
 */

/** Fine-structure constant α at q² = 0 (PDG 2024 Table 1.1: 1/137.035 999 084). */
export const ALPHA = 1 / 137.035999084;

/** Electron mass [GeV] (PDG 2024: 0.510 998 950 00 MeV). */
export const ELECTRON_MASS = 0.51099895e-3;
/** Muon mass [GeV] (PDG 2024: 105.658 3755 MeV). */
export const MUON_MASS = 0.1056583755;
/** Tau mass [GeV] (PDG 2024: 1776.93 MeV). */
export const TAU_MASS = 1.77693;
/** Proton mass [GeV] (PDG 2024: 938.272 088 16 MeV). */
export const PROTON_MASS = 0.93827208816;
/** Neutron mass [GeV] (PDG 2024: 939.565 420 52 MeV). */
export const NEUTRON_MASS = 0.93956542052;
/** Charged-pion mass [GeV] (PDG 2024: 139.570 39 MeV). */
export const CHARGED_PION_MASS = 0.13957039;
/** Neutral-pion mass [GeV] (PDG 2024: 134.9768 MeV). */
export const NEUTRAL_PION_MASS = 0.1349768;
/** Charged-kaon mass [GeV] (PDG 2024: 493.677 MeV). */
export const CHARGED_KAON_MASS = 0.493677;
/** Atomic mass unit [GeV] (PDG 2024 Table 1.1: 931.494 102 42 MeV). */
export const ATOMIC_MASS_UNIT = 0.93149410242;
/** Proton magnetic moment in nuclear magnetons (PDG 2024: 2.792 847 344 63). */
export const PROTON_MAGNETIC_MOMENT = 2.79284734463;

/** Avogadro constant [1/mol] (PDG 2024 Table 1.1, exact). */
export const AVOGADRO = 6.02214076e23;
/** ħc [GeV cm] (PDG 2024: 197.326 980 4 MeV fm). */
export const HBAR_C = 1.973269804e-14;
/** ħ [GeV ns] (PDG 2024: 6.582 119 569e-22 MeV s). */
export const HBAR = 6.582119569e-16;
/** Speed of light [cm/ns] (exact). */
export const SPEED_OF_LIGHT = 29.9792458;
/** (ħc)² [GeV² pb]: multiply a cross section in GeV⁻² by this to get pb (PDG 2024: 0.389 379 3721 GeV² mbarn). */
export const GEV2_TO_PB = 0.3893793721e9;
/** Boltzmann constant [GeV/K] (PDG 2024: 8.617 333 262e-5 eV/K). */
export const BOLTZMANN = 8.617333262e-14;

/** Planck mass [GeV] (PDG 2024 Table 2.1: 1.220 890e19 GeV). */
export const PLANCK_MASS = 1.22089e19;
/** Critical density / h² [GeV/cm³] (PDG 2024 Table 2.1: 1.053 671 5e-5 h² GeV cm⁻³). */
export const CRITICAL_DENSITY_H2 = 1.0536715e-5;
/** Present entropy density / k_B [1/cm³] (PDG 2024 Table 2.1: s/k = 2891.2 (T/2.7255)³ cm⁻³). */
export const ENTROPY_DENSITY_TODAY = 2891.2;
/** Cold-dark-matter density Ω_c h² (Planck 2018 TT,TE,EE+lowE+lensing: 0.120 ± 0.001, A&A 641 (2020) A6 Table 2). */
export const OMEGA_CDM_H2 = 0.12;
