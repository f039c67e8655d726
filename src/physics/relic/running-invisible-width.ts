/**
 * Running invisible width of an off-shell dark photon, the imaginary part of its self-energy
 * from the dark channel: the hot-path form of `darkMatterWidth` (physics/decays) used in the
 * annihilation propagator (internal; the tests check it against `darkMatterWidth`).
 */
import type { DarkMatterType } from '../decays/index.js';

/**
 * √s·Γ(A′ → χχ̄) [GeV²] with Γ evaluated for an A′ of mass √s, s [GeV²], for DM masses m₁, m₂ [GeV]
 * (m₂ = m₁ except for pseudo-Dirac) and coupling α_D; 0 at and below threshold. Widths as in
 * `darkMatterWidth` of physics/decays (arXiv:1505.00011, arXiv:1807.01730): β = √(1 − 4m²/s),
 * scalar α_D s β³/12, Majorana α_D s β³/6, Dirac α_D (s + 2m²) β/3, pseudo-Dirac
 * α_D λ^{1/2}(s, m₁², m₂²)(2s + (m₁+m₂)²)(s − (m₂−m₁)²)/(6s²). No argument checks.
 */
export function runningInvisibleWidth(dm: DarkMatterType, s: number, m1: number, m2: number, alphaD: number): number {
  const sum = m1 + m2;
  if (s <= sum * sum) return 0;
  if (dm === 'pseudo-dirac') {
    const diff = m2 - m1;
    const lambdaHalf = Math.sqrt((s - sum * sum) * (s - diff * diff));
    return (alphaD * lambdaHalf * (2 * s + sum * sum) * (s - diff * diff)) / (6 * s * s);
  }
  const beta2 = 1 - (4 * m1 * m1) / s;
  const beta = Math.sqrt(beta2);
  if (dm === 'dirac') return (alphaD * (s + 2 * m1 * m1) * beta) / 3;
  if (dm === 'majorana') return (alphaD * s * beta2 * beta) / 6;
  return (alphaD * s * beta2 * beta) / 12;
}
