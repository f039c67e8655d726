/**
 * Effective relativistic degrees of freedom of the Standard Model plasma, g*(T), g*s(T) and the
 * combination g*^{1/2}(T) that enters the freeze-out equation.
 */
import { EmissError, interpolator } from '../../core/index.js';
import { DHS_DOF_TABLE } from './dof-table-dhs.js';

/** Degrees of freedom at one temperature (all dimensionless). */
export interface EffectiveDof {
  /** g* = g_eff: ρ = (π²/30)·g*·T⁴. */
  gStar: number;
  /** g*s = h_eff: s = (2π²/45)·g*s·T³. */
  gStarS: number;
  /** g*^{1/2} = (g*s/√g*)·(1 + (1/3)·d ln g*s / d ln T) (Gondolo & Gelmini 1991, Sec. 3). */
  gStarHalf: number;
}

const t = DHS_DOF_TABLE.temperatureGeV;
const gStarAt = interpolator(t, DHS_DOF_TABLE.gStar, { logX: true });
const gStarSAt = interpolator(t, DHS_DOF_TABLE.gStarS, { logX: true });
const gStarHalfAt = interpolator(t, DHS_DOF_TABLE.gStarHalf, { logX: true });

/** Lowest and highest tabulated temperature [GeV] (19.95 keV and 12.59 GeV). */
export const DOF_TABLE_RANGE_GEV: readonly [number, number] = [t[0], t[t.length - 1]];

/**
 * g*(T), g*s(T) and g*^{1/2}(T) of the Standard Model at temperature `temperatureGeV` [GeV],
 * interpolated linearly in ln T in the table of Drees, Hajkarim & Schmitz, arXiv:1503.03513
 * (lattice QCD equation of state; e± annihilation and neutrino decoupling below 1 MeV).
 * Domain: any T > 0; the table spans 19.95 keV–12.59 GeV and the end values are held outside
 * (constant below 20 keV, where e± annihilation is complete: g* = 3.384, g*s = 3.939;
 * above 12.6 GeV use a wider table before relying on the result).
 * Throws `OUT_OF_DOMAIN` for T ≤ 0 or non-finite T.
 *
 * @example effectiveDof(1e-3).gStarS // ≈ 10.64
 */
export function effectiveDof(temperatureGeV: number): EffectiveDof {
  if (!(temperatureGeV > 0) || !Number.isFinite(temperatureGeV)) {
    throw new EmissError('OUT_OF_DOMAIN', 'effectiveDof.temperatureGeV', `${temperatureGeV} must be a positive temperature in GeV`, '> 0');
  }
  return { gStar: gStarAt(temperatureGeV), gStarS: gStarSAt(temperatureGeV), gStarHalf: gStarHalfAt(temperatureGeV) };
}
