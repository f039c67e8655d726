/**
 * Annihilation cross section of light dark matter into Standard-Model fermions through an
 * s-channel dark photon, χχ̄ → A′* → f f̄ (f = e, μ, τ) and → hadrons.
 */
import { ALPHA, ELECTRON_MASS, EmissError, GEV2_TO_PB, MUON_MASS, TAU_MASS } from '../../core/index.js';
import { darkSectorMasses, rRatio, type DarkSector } from '../decays/index.js';
import { runningInvisibleWidth } from './running-invisible-width.js';

/**
 * The dark-sector model of one annihilation cross section: the dark sector of physics/decays
 * (`dm`, `dmMassGeV` = m_χ or m₁ [GeV], `alphaD`, pseudo-Dirac `splitting` δ, default 0.1) and the mediator.
 */
export interface AnnihilationModel extends DarkSector {
  /** Dark-photon mass m_A′ [GeV]. */
  mediatorMassGeV: number;
  /**
   * R(√s) = σ(e⁺e⁻ → hadrons)/σ_pt(e⁺e⁻ → μ⁺μ⁻) as a function of √s [GeV]; default the measured
   * `rRatio` of physics/decays. Unit tests replace it to isolate the leptonic channels.
   */
  hadronicR?: (sqrtSGeV: number) => number;
}

/** Lepton masses [GeV] for the f f̄ final states (PDG 2024 via core constants). */
const LEPTONS = [ELECTRON_MASS, MUON_MASS, TAU_MASS];

/**
 * Σ_f N_c Q_f² β_f (s + 2m_f²) over e, μ, τ plus s·R(√s) for hadrons [GeV²]: the final-state
 * factor of every benchmark's cross section (vector coupling e·ε·Q_f of the A′ to fermions).
 * Hadrons: σ(χχ̄ → hadrons) = σ(χχ̄ → μ⁺μ⁻ with massless muons)·R(√s), massless-μ factor s.
 */
export function finalStateFactor(s: number, hadronicR: (sqrtSGeV: number) => number): number {
  let sum = 0;
  for (const mf of LEPTONS) {
    const m2 = mf * mf;
    if (s > 4 * m2) sum += Math.sqrt(1 - (4 * m2) / s) * (s + 2 * m2);
  }
  const r = hadronicR(Math.sqrt(s));
  if (r > 0) sum += s * r;
  return sum;
}

/**
 * σ(s)/ε² [GeV⁻²] of the model as a function of s [GeV²] (the annihilation cross section is
 * proportional to ε² at fixed α_D: the ε²-suppressed Standard-Model part of the A′ width,
 * relative size ~ε²α(1 + R)/α_D < 10⁻⁶ on every relic target, is left out of the propagator).
 *
 * With D(s) = (s − m_A′²)² + (√s·Γ_inv(√s))², Γ_inv the running A′ → χχ width, F(s) the
 * final-state factor ({@link finalStateFactor}), β = √(1 − 4m²/s), Σ = m₁ + m₂, Δ = m₂ − m₁:
 * - complex scalar (φφ*) and Majorana (χχ): σ = (4π/3)·α·α_D·ε²·β·F/D,
 * - Dirac (χχ̄): σ = (4π/3)·α·α_D·ε²·(s + 2m²)/(s·β)·F/D,
 * - pseudo-Dirac (χ₁χ₂): σ = (4π/3)·α·α_D·ε²·(2s + Σ²)·√(s − Δ²)/(2s·√(s − Σ²))·F/D.
 * Sources: Izaguirre, Krnjaic, Schuster, Toro, arXiv:1505.00011 (non-relativistic σv);
 * Berlin, Blinov, Krnjaic, Schuster, Toro, arXiv:1807.01730, Sec. II; the full-s forms follow
 * from the spin sums (derivation and checks in docs/relic.md and the tests). Below threshold,
 * s ≤ (m₁ + m₂)², the kernel returns 0. Throws as `darkSectorMasses` (physics/decays) on a bad model.
 */
export function crossSectionKernel(model: AnnihilationModel): (s: number) => number {
  const { dm, mediatorMassGeV: mA, alphaD } = model;
  const hadronicR = model.hadronicR ?? rRatio;
  const [m1, m2] = darkSectorMasses(model, 'annihilation model');
  const sum2 = (m1 + m2) ** 2;
  const diff2 = (m2 - m1) ** 2;
  const mA2 = mA * mA;
  const prefactor = (4 * Math.PI / 3) * ALPHA * alphaD;
  return (s: number): number => {
    if (!(s > sum2)) return 0;
    const imPi = runningInvisibleWidth(dm, s, m1, m2, alphaD);
    const d = (s - mA2) ** 2 + imPi * imPi;
    const f = finalStateFactor(s, hadronicR);
    let initial: number;
    if (dm === 'pseudo-dirac') {
      initial = ((2 * s + sum2) * Math.sqrt(s - diff2)) / (2 * s * Math.sqrt(s - sum2));
    } else {
      const beta = Math.sqrt(1 - sum2 / s);
      initial = dm === 'dirac' ? (s + 2 * m1 * m1) / (s * beta) : beta;
    }
    return (prefactor * initial * f) / d;
  };
}

/**
 * Annihilation cross section σ(χχ̄ → A′* → SM) [pb] at centre-of-mass energy squared `sGeV2`
 * [GeV²] for kinetic mixing `epsilon`: the sum over e⁺e⁻, μ⁺μ⁻, τ⁺τ⁻ and hadrons (via R(√s)),
 * with the full Breit–Wigner propagator and the running invisible width (formulas at
 * {@link crossSectionKernel}). For pseudo-Dirac this is σ(χ₁χ₂ → SM).
 * Domain: masses > 0, α_D > 0, ε ≥ 0, s > 0; returns 0 below the (m₁ + m₂)² threshold
 * (at threshold the s-wave σ diverges as 1/β while σv stays finite).
 * Throws `UNKNOWN_NAME` for an unknown `dm`, `OUT_OF_DOMAIN` for masses or s outside, `BAD_OPTION`
 * for a negative α_D or δ (as `darkSectorMasses`).
 *
 * @example annihilationCrossSection(0.05, { dm: 'complex-scalar', dmMassGeV: 0.1, mediatorMassGeV: 0.3, alphaD: 0.5 }, 1e-4)
 */
export function annihilationCrossSection(sGeV2: number, model: AnnihilationModel, epsilon: number): number {
  const check = (value: number, where: string, allowZero = false): void => {
    if (!(allowZero ? value >= 0 : value > 0) || !Number.isFinite(value)) {
      throw new EmissError('OUT_OF_DOMAIN', `annihilationCrossSection(${where})`, `${value} is outside the domain`, allowZero ? '≥ 0, finite' : '> 0, finite');
    }
  };
  check(sGeV2, 'sGeV2');
  check(model.mediatorMassGeV, 'model.mediatorMassGeV');
  check(epsilon, 'epsilon', true);
  return crossSectionKernel(model)(sGeV2) * epsilon * epsilon * GEV2_TO_PB;
}
