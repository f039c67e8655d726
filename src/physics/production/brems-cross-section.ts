/**
 * Lepton bremsstrahlung of a new boson, ℓ Z → ℓ Z X: total and differential cross sections
 * in the exact-tree-level, Weizsäcker–Williams and improved-WW approximations, behind one
 * interface for all mediator kinds (vector, scalar, pseudoscalar, axial) and beam leptons.
 *
 * @example
 * bremsCrossSection({ method: 'etl', beamEnergyGeV: 100, massGeV: 0.01,
 *   target: { Z: 82, A: 207.2 }, epsilon: 1e-4 })  // ≈ 8.49e3 pb (DMG4: 8486 pb)
 */
import { EmissError, assertFinite } from '../../core/index.js';
import { BREMS_METHODS, resolveBremsOptions } from './brems-options.js';
import type { BremsMethod, BremsOptions } from './brems-options.js';
import { etlKernel } from './etl.js';
import type { BremsKernel } from './brems-kernel.js';
import { wwKernel } from './ww.js';

/** Options with the approximation to use. */
export interface BremsMethodOptions extends BremsOptions {
  /** 'etl' (exact tree level, default), 'ww' or 'iww'. */
  method?: BremsMethod;
}

/** Builds the kernel for the chosen method (validates the options; throws EmissError). */
export function bremsKernel(o: BremsMethodOptions): BremsKernel {
  const r = resolveBremsOptions(o);
  const method = o.method ?? 'etl';
  if (method === 'etl') return etlKernel(r);
  if (method === 'ww' || method === 'iww') return wwKernel(r, method);
  throw new EmissError('UNKNOWN_NAME', 'method', `unknown method '${String(method)}'`, BREMS_METHODS.join(', '));
}

/**
 * Total cross section σ [pb] for minEnergyGeV < E_X < maxEnergyGeV (defaults: E_X > max(10 MeV, 2M),
 * up to the kinematic limit). Scales as ε².
 */
export function bremsCrossSection(o: BremsMethodOptions): number {
  return assertFinite(bremsKernel(o).total(), 'bremsCrossSection');
}

/** dσ/dx [pb] at x = E_X/E0 (0 outside the kinematic range M/E0 < x < 1 − m_ℓ/E0). */
export function bremsDsigmaDx(o: BremsMethodOptions, x: number): number {
  return assertFinite(bremsKernel(o).dsigmaDx(x), 'bremsDsigmaDx');
}

/** dσ/(dx dcosθ) [pb] at x = E_X/E0 and the boson's angle θ [rad] to the beam. */
export function bremsDsigmaDxDcos(o: BremsMethodOptions, x: number, thetaRad: number): number {
  return assertFinite(bremsKernel(o).dsigmaDxDcos(x, thetaRad), 'bremsDsigmaDxDcos');
}
