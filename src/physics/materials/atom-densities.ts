/**
 * Number densities of the atoms of each element of a material.
 */
import { AVOGADRO } from '../../core/index.js';
import type { ElementData } from './element.js';
import type { Material } from './material-types.js';

/**
 * Atoms per cm³ of each element of `m`: n_j = N_A ρ w_j / A_j, with ρ [g/cm³], w_j the mass
 * fraction and A_j [g/mol] (N_A: PDG 2024 Table 1.1). Example: lead, N_A · 11.35 / 207.2 =
 * 3.299e22 cm⁻³.
 */
export function atomDensities(m: Material): { element: ElementData; atomsPerCm3: number }[] {
  return m.components.map((c) => ({ element: c.element, atomsPerCm3: (AVOGADRO * m.density * c.massFraction) / c.element.A }));
}
