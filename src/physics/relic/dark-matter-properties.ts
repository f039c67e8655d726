/**
 * Relic bookkeeping of the light-dark-matter benchmarks coupled to a dark photon (the types and
 * currents of physics/decays, `DarkMatterType`: Izaguirre, Krnjaic, Schuster, Toro, PRL 115 (2015)
 * 251301, arXiv:1505.00011; Berlin, Blinov, Krnjaic, Schuster, Toro, PRD 99 (2019) 075001,
 * arXiv:1807.01730).
 */
import { EmissError } from '../../core/index.js';
import { DARK_MATTER_TYPES, type DarkMatterType } from '../decays/index.js';

/** How a benchmark enters the freeze-out equation and Ω. */
export interface DarkMatterProperties {
  /** Internal degrees of freedom g of one DM state (1 for the scalar, 2 for a spin-½ state). */
  readonly internalDof: number;
  /**
   * Factor from the comoving abundance Y of the Boltzmann equation to Ω: 2 when particle and
   * antiparticle are distinct (complex scalar, Dirac: Y counts particles only, Y_χ = Y_χ̄, and the
   * rate is ⟨σ(χχ̄ → SM)v⟩·n_χ·n_χ̄), 1 otherwise (Majorana; pseudo-Dirac, where Y counts χ₁ + χ₂
   * and every χ₂ left decays into a χ₁).
   */
  readonly omegaFactor: number;
  /** Leading partial wave of σv in the non-relativistic limit. */
  readonly wave: 's' | 'p';
}

const PROPERTIES: Record<DarkMatterType, DarkMatterProperties> = {
  'complex-scalar': { internalDof: 1, omegaFactor: 2, wave: 'p' },
  majorana: { internalDof: 2, omegaFactor: 1, wave: 'p' },
  'pseudo-dirac': { internalDof: 2, omegaFactor: 1, wave: 's' },
  dirac: { internalDof: 2, omegaFactor: 2, wave: 's' },
};

/**
 * Relic bookkeeping of the benchmark `dm` (see {@link DarkMatterProperties}).
 * Throws `UNKNOWN_NAME`, naming the allowed types, for anything else.
 *
 * @example darkMatterProperties('complex-scalar') // { internalDof: 1, omegaFactor: 2, wave: 'p' }
 */
export function darkMatterProperties(dm: DarkMatterType, where = 'dm'): DarkMatterProperties {
  if (!DARK_MATTER_TYPES.includes(dm)) {
    throw new EmissError('UNKNOWN_NAME', where, `unknown dark-matter type '${String(dm)}'`, DARK_MATTER_TYPES.join(', '));
  }
  return PROPERTIES[dm];
}
