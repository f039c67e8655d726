/**
 * Particle species of the simulation, as small integers (typed arrays hold them), with mass
 * [GeV] and charge (PDG RPP 2024 listings, through src/core/constants).
 */
import { CHARGED_KAON_MASS, CHARGED_PION_MASS, ELECTRON_MASS, MUON_MASS, NEUTRAL_PION_MASS, NEUTRON_MASS, PROTON_MASS } from '../core/index.js';

/** Species codes. */
export const Species = {
  Electron: 0,
  Positron: 1,
  Photon: 2,
  MuMinus: 3,
  MuPlus: 4,
  PiMinus: 5,
  PiPlus: 6,
  KMinus: 7,
  KPlus: 8,
  Proton: 9,
  Neutron: 10,
  K0L: 11,
  Pi0: 12,
  Neutrino: 13,
  /** The new boson (dark photon or other), mass set per run. */
  X: 14,
} as const;

/** A species code. */
export type SpeciesCode = (typeof Species)[keyof typeof Species];

/** Number of species. */
export const SPECIES_COUNT = 15;

/** K⁰_L mass [GeV] (PDG 2024: 497.611 MeV). */
export const K0L_MASS = 0.497611;

/** Masses [GeV] by species code (X: 0 until set by the run). */
export const SPECIES_MASS = Float64Array.of(
  ELECTRON_MASS, ELECTRON_MASS, 0, MUON_MASS, MUON_MASS, CHARGED_PION_MASS, CHARGED_PION_MASS, CHARGED_KAON_MASS, CHARGED_KAON_MASS,
  PROTON_MASS, NEUTRON_MASS, K0L_MASS, NEUTRAL_PION_MASS, 0, 0,
);

/** Electric charges by species code. */
export const SPECIES_CHARGE = Int8Array.of(-1, 1, 0, -1, 1, -1, 1, -1, 1, 1, 0, 0, 0, 0, 0);

/** Names by species code (PDG-like). */
export const SPECIES_NAMES = ['e-', 'e+', 'gamma', 'mu-', 'mu+', 'pi-', 'pi+', 'K-', 'K+', 'p', 'n', 'K0L', 'pi0', 'nu', 'X'] as const;

/** Is the species a hadron (interacts strongly)? */
export function isHadron(s: number): boolean {
  return s >= Species.PiMinus && s <= Species.Pi0;
}

/** The species code of a name such as 'e-', 'pi-', 'mu+'; -1 if unknown. */
export function speciesCode(name: string): number {
  return (SPECIES_NAMES as readonly string[]).indexOf(name);
}
