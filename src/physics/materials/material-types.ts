/**
 * The data types of the materials table. Units: density in g/cm³, lengths both in g/cm²
 * (mass thickness, the natural unit of shower physics) and in cm, energies in GeV.
 */
import type { ElementData } from './element.js';

/** One element of a material and its fraction by mass (the fractions of a material sum to 1). */
export interface MaterialComponent {
  readonly element: ElementData;
  /** Fraction by mass, 0 < w ≤ 1. */
  readonly massFraction: number;
}

/**
 * A material with the quantities that set electromagnetic and hadronic shower development
 * (PDG RPP 2024, "Passage of particles through matter", §34.4–34.5).
 */
export interface Material {
  /** Table key, e.g. 'Pb', 'NA64-ECAL'. */
  readonly name: string;
  readonly description: string;
  /** Density [g/cm³]. */
  readonly density: number;
  /** Elements by mass fraction, summing to 1. */
  readonly components: readonly MaterialComponent[];
  /** Radiation length X0 [g/cm²]. */
  readonly radiationLength: number;
  /** Radiation length X0 [cm]. */
  readonly radiationLengthCm: number;
  /** Critical energy E_c for electrons [GeV], Rossi's definition (PDG §34.4.4). */
  readonly criticalEnergy: number;
  /** Nuclear interaction length λ_I [g/cm²]. */
  readonly nuclearInteractionLength: number;
  /** Nuclear interaction length λ_I [cm]. */
  readonly nuclearInteractionLengthCm: number;
  /** Molière radius R_M [cm] (PDG Eq. 34.37: R_M = X0 E_s / E_c). */
  readonly moliereRadius: number;
  /** Where each number comes from: quantity (a field name) → source. */
  readonly sources: Readonly<Record<string, string>>;
}
