/**
 * The effective photon flux of the target atom,
 *   χ(t_min, t_max) = ∫_{t_min}^{t_max} dT (T − t_min)/T² G₂(T)
 * (BEST, arXiv:0906.0580, eq. (A17); Kim & Tsai, PRD 8 (1973) 3109). It is the factor of the
 * Weizsäcker–Williams approximations; its closed form for the elastic term is derived below.
 */
import { EmissError, integrate } from '../../core/index.js';
import {
  elasticScreening2,
  formFactor2,
  inelasticFormFactor2,
  nuclearSizeParameter,
} from './form-factor.js';
import type { FormFactorModel, NuclearTarget } from './form-factor.js';

/**
 * Closed form of the elastic flux. With A = a², the integrand Z²A²(T − t₀)/((1 + AT)²(1 + T/d)²)
 * is rational; partial fractions give (our derivation; it reproduces BEST's complete-screening
 * limit χ → Z²[ln(a²d) − 2] for t₀ → 0, t₁ → ∞, a²d ≫ 1):
 *   χ_el/Z² = g² { (1 + Ad + 2At₀)/(Ad − 1) · L − (t₁ − t₀) [A/(1 + At₁) + 1/(d + t₁)] },
 *   g = Ad/(Ad − 1),  L = ln[(1 + At₁)/(1 + At₀)] − ln[(d + t₁)/(d + t₀)].
 * Valid for 0 ≤ t₀ ≤ t₁; Ad is 10⁵–10⁷ for real atoms, far from the removable point Ad = 1.
 */
export function elasticPhotonFlux(tMin: number, tMax: number, target: NuclearTarget): number {
  checkRange(tMin, tMax);
  const A = elasticScreening2(target.Z);
  const d = nuclearSizeParameter(target.A);
  const Ad = A * d;
  if (Math.abs(Ad - 1) < 1e-3) return numericPhotonFlux(tMin, tMax, target, 'elastic');
  const g = Ad / (Ad - 1);
  const L = Math.log1p(A * tMax) - Math.log1p(A * tMin) - Math.log1p(tMax / d) + Math.log1p(tMin / d);
  const chi = g * g * (((1 + Ad + 2 * A * tMin) / (Ad - 1)) * L - (tMax - tMin) * (A / (1 + A * tMax) + 1 / (d + tMax)));
  return target.Z * target.Z * Math.max(chi, 0);
}

/**
 * χ by adaptive numerical integration in ln T (relative precision 1e-9), for any model.
 * The reference against which the closed form is tested, and the method for the inelastic term.
 */
export function numericPhotonFlux(tMin: number, tMax: number, target: NuclearTarget, model: FormFactorModel = 'elastic+inelastic'): number {
  checkRange(tMin, tMax);
  if (tMax === tMin) return 0;
  const lo = Math.log(Math.max(tMin, 1e-300));
  const f = (u: number): number => {
    const T = Math.exp(u);
    return ((T - tMin) / T) * formFactor2(T, target, model);
  };
  return integrate(f, lo, Math.log(tMax), { relTol: 1e-9, absTol: 1e-300 });
}

/** χ of the inelastic term alone, numerically (no closed form is used for it). */
export function inelasticPhotonFlux(tMin: number, tMax: number, target: NuclearTarget): number {
  checkRange(tMin, tMax);
  if (tMax === tMin) return 0;
  const f = (u: number): number => {
    const T = Math.exp(u);
    return ((T - tMin) / T) * inelasticFormFactor2(T, target);
  };
  return integrate(f, Math.log(Math.max(tMin, 1e-300)), Math.log(tMax), { relTol: 1e-9, absTol: 1e-300 });
}

/**
 * χ(t_min, t_max) for the chosen form-factor model: the elastic term in closed form plus, for
 * 'elastic+inelastic', the inelastic term numerically. Dimensionless (∝ Z²).
 */
export function photonFlux(tMin: number, tMax: number, target: NuclearTarget, model: FormFactorModel = 'elastic+inelastic'): number {
  const el = elasticPhotonFlux(tMin, tMax, target);
  return model === 'elastic' ? el : el + inelasticPhotonFlux(tMin, tMax, target);
}

function checkRange(tMin: number, tMax: number): void {
  if (!(tMin >= 0) || !(tMax >= tMin) || !Number.isFinite(tMax)) {
    throw new EmissError('BAD_OPTION', 'photonFlux', `needs 0 ≤ t_min ≤ t_max < ∞ (got ${tMin}, ${tMax})`);
  }
}

