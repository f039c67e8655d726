/**
 * emiss physics/relic: thermal-relic targets y(m_χ) of light dark matter annihilating through a
 * dark photon, from the freeze-out Boltzmann equation (docs/relic.md). No Node-only API.
 */
export { relicTarget } from './relic-target.js';
export type { RelicTarget, RelicTargetOptions } from './relic-target.js';
export { relicTargetCurve } from './relic-target-curve.js';
export type { RelicTargetCurve, RelicTargetCurveOptions } from './relic-target-curve.js';
export { relicAbundance, relicSolver, CM3_PER_S_PER_INV_GEV2, RELIC_DEFAULT_SPLITTING, RELIC_MASS_RANGE_GEV } from './relic-abundance.js';
export type { RelicAbundance, RelicModel, RelicNumerics } from './relic-abundance.js';
export { annihilationCrossSection, crossSectionKernel, finalStateFactor } from './annihilation-cross-section.js';
export type { AnnihilationModel } from './annihilation-cross-section.js';
export { darkMatterProperties } from './dark-matter-properties.js';
export type { DarkMatterProperties } from './dark-matter-properties.js';
export { thermalAverage } from './thermal-average.js';
export type { ThermalAverageOptions, Resonance } from './thermal-average.js';
export { freezeOut, freezeOutSolver, equilibriumYield } from './freeze-out.js';
export type { FreezeOutOptions, FreezeOutNumerics, FreezeOutResult, RelicSpecies } from './freeze-out.js';
export { freezeOutApproximation } from './freeze-out-approximation.js';
export type { FreezeOutApproximation, FreezeOutApproximationOptions } from './freeze-out-approximation.js';
export { effectiveDof, DOF_TABLE_RANGE_GEV } from './effective-dof.js';
export type { EffectiveDof } from './effective-dof.js';
export { DHS_DOF_TABLE } from './dof-table-dhs.js';
export type { DofTable } from './dof-table-dhs.js';
export { besselK, besselKScaled } from './bessel-k.js';
export type { BesselKOrder } from './bessel-k.js';
