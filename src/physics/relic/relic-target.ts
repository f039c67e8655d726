/**
 * Thermal-relic target: the coupling y = ε²α_D(m_χ/m_A′)⁴ for which freeze-out leaves exactly the
 * observed dark-matter density.
 */
import { EmissError, OMEGA_CDM_H2 } from '../../core/index.js';
import { relicSolver, type RelicAbundance, type RelicModel } from './relic-abundance.js';

/** Options of {@link relicTarget}: the model and the density to reproduce. */
export interface RelicTargetOptions extends RelicModel {
  /** Ω h² to reproduce (default Ω_c h² = 0.120, Planck 2018), 0 < Ω h² ≤ 1. */
  omegaH2?: number;
}

/** A thermal-relic target. */
export interface RelicTarget extends RelicAbundance {
  /** Dark-matter mass m_χ [GeV]. */
  dmMassGeV: number;
  /** Dark-photon mass m_A′ = ratio·m_χ [GeV]. */
  mediatorMassGeV: number;
  /** Number of freeze-out solutions the root find needed. */
  iterations: number;
}

/** Relative tolerance on Ω h² of the root find. */
const OMEGA_TOLERANCE = 1e-7;

/**
 * The thermal target y(m_χ): the y = ε²·α_D·(m_χ/m_A′)⁴ (and ε) for which the relic abundance of
 * {@link relicAbundance} equals `omegaH2` (default Ω_c h² = 0.120 ± 0.001, Planck 2018), by a
 * secant root find in ln ε² on ln Ω h² (Ω ∝ ε⁻² up to the slow change of x_f; converges in 3–5
 * solutions, each re-using the ε-independent thermal averages). The result carries Ω h², x_f and
 * ⟨σv⟩ at freeze-out and late times (relevant for CMB bounds on s-wave annihilation).
 *
 * Physics and conventions as `relicAbundance` (Ω counts particles and antiparticles; pseudo-Dirac
 * relic is χ₁ after χ₂ decays). Sources: arXiv:1505.00011, arXiv:1807.01730 (benchmarks and
 * targets), Gondolo & Gelmini 1991, Griest & Seckel 1991, Drees–Hajkarim–Schmitz 2015; comparison
 * with the published NA64/LDMX targets in docs/relic.md and test/reference/relic.test.ts.
 * Domain: 1 MeV ≤ m_χ ≤ 1 GeV (below ~10 MeV the target is computed but BBN/N_eff bounds apply),
 * 2 < ratio ≤ 10, 0 < α_D ≤ 1, 0 ≤ δ ≤ 0.5. Throws `OUT_OF_DOMAIN` outside, `UNKNOWN_NAME` for an
 * unknown `dm`, `NUMERICAL` if the root find fails (e.g. the target needs ε > 1).
 *
 * @example relicTarget({ dm: 'complex-scalar', dmMassGeV: 0.1 }).y // ≈ 1.64e-9 (docs/relic.md)
 */
export function relicTarget(options: RelicTargetOptions): RelicTarget {
  const target = options.omegaH2 ?? OMEGA_CDM_H2;
  if (!(target > 0 && target <= 1)) {
    throw new EmissError('OUT_OF_DOMAIN', 'relicTarget.omegaH2', `${target} is not a dark-matter density`, '0 < Ω h² ≤ 1');
  }
  const solve = relicSolver(options, 'relicTarget');
  const evaluate = (q: number): [RelicAbundance, number] => {
    const eps = Math.exp(q / 2);
    if (!(eps <= 1)) {
      throw new EmissError('NUMERICAL', 'relicTarget', `the target needs ε = ${eps.toExponential(2)} > 1 at m_χ = ${options.dmMassGeV} GeV`);
    }
    const r = solve(eps);
    return [r, Math.log(r.omegaH2 / target)];
  };
  // Probe at ε = 1e-4, then secant steps in q = ln ε² on g = ln(Ω/Ω₀); the first step assumes
  // Ω ∝ 1/ε² (slope −1). A step is capped at a factor e⁴ in ε².
  let q0 = Math.log(1e-8);
  let [, g0] = evaluate(q0);
  let q1 = q0 + g0;
  let [r1, g1] = evaluate(q1);
  let iterations = 2;
  while (Math.abs(g1) > OMEGA_TOLERANCE) {
    if (iterations >= 40) {
      throw new EmissError('NUMERICAL', 'relicTarget', `no convergence at m_χ = ${options.dmMassGeV} GeV (ln Ω/Ω₀ = ${g1})`);
    }
    const slope = (g1 - g0) / (q1 - q0);
    const step = slope < -0.05 ? -g1 / slope : g1;
    q0 = q1;
    g0 = g1;
    q1 = q0 + Math.max(-4, Math.min(4, step));
    [r1, g1] = evaluate(q1);
    iterations++;
  }
  const ratio = options.ratio ?? 3;
  return { ...r1, dmMassGeV: options.dmMassGeV, mediatorMassGeV: ratio * options.dmMassGeV, iterations };
}
