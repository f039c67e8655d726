/**
 * The standard analytic freeze-out approximation of Kolb & Turner, for checks and first guesses.
 */
import { CRITICAL_DENSITY_H2, ENTROPY_DENSITY_TODAY, EmissError, PLANCK_MASS } from '../../core/index.js';
import { effectiveDof } from './effective-dof.js';

/** Options of {@link freezeOutApproximation}. */
export interface FreezeOutApproximationOptions {
  /** Relic mass m [GeV]. */
  massGeV: number;
  /** Internal degrees of freedom g of the relic. */
  dof: number;
  /** σ₀ [GeV⁻²] in ⟨σv⟩ = σ₀·x⁻ⁿ. */
  sigma0: number;
  /** n in ⟨σv⟩ = σ₀·x⁻ⁿ: 0 for s-wave, 1 for p-wave (default 0). */
  n?: number;
}

/** Result of {@link freezeOutApproximation}. */
export interface FreezeOutApproximation {
  /** Freeze-out x_f = m/T_f. */
  xFreezeOut: number;
  /** Comoving abundance today Y∞ = n/s. */
  yInfinity: number;
  /** m·Y∞·s₀/(ρ_c/h²) (one species: multiply by 2 for particle + antiparticle). */
  omegaH2: number;
}

/**
 * Kolb & Turner, The Early Universe (1990), eqs. 5.43–5.45, for ⟨σv⟩ = σ₀ x⁻ⁿ:
 *   x_f = ln[0.038(n+1)(g/√g*)M_Pl m σ₀] − (n + ½)·ln ln[0.038(n+1)(g/√g*)M_Pl m σ₀],
 *   Y∞ = 3.79(n+1)·x_f^{n+1}/[(g*s/√g*)·M_Pl m σ₀],
 * with g*, g*s taken at T_f = m/x_f (iterated), Ω h² = m·Y∞·s₀/(ρ_c/h²). Valid for x_f ≳ 3, an
 * accuracy of ~5–10% against the numerical solution. Throws `OUT_OF_DOMAIN` if the argument of the
 * logarithm is below e (no freeze-out in the non-relativistic regime).
 */
export function freezeOutApproximation(options: FreezeOutApproximationOptions): FreezeOutApproximation {
  const { massGeV: m, dof: g, sigma0 } = options;
  const n = options.n ?? 0;
  let xf = 20;
  let dof = effectiveDof(m / xf);
  for (let it = 0; it < 5; it++) {
    const arg = 0.038 * (n + 1) * (g / Math.sqrt(dof.gStar)) * PLANCK_MASS * m * sigma0;
    if (!(arg > Math.E)) {
      throw new EmissError('OUT_OF_DOMAIN', 'freezeOutApproximation.sigma0', `ln argument ${arg} ≤ e: too weak an annihilation for freeze-out`, 'larger m·σ₀');
    }
    xf = Math.log(arg) - (n + 0.5) * Math.log(Math.log(arg));
    dof = effectiveDof(m / xf);
  }
  const yInfinity = (3.79 * (n + 1) * xf ** (n + 1)) / ((dof.gStarS / Math.sqrt(dof.gStar)) * PLANCK_MASS * m * sigma0);
  return { xFreezeOut: xf, yInfinity, omegaH2: (m * yInfinity * ENTROPY_DENSITY_TODAY) / CRITICAL_DENSITY_H2 };
}
