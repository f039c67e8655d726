/**
 * Squared tree-level amplitudes of lepton bremsstrahlung of a new boson X (mass M) off a
 * nucleus, ℓ(p) N → ℓ(p′) N X(k), with one photon exchanged (momentum transfer t = q²).
 *
 * Derivation (ours; method of K.O. Mikaelian, PRD 17 (1978) 750, and of Y.-S. Liu,
 * G.A. Miller, PRD 96 (2017) 016004, arXiv:1705.01633, §II): the nucleus is a spin-0 current
 * Ze F(t) (P_i + P_f)^ν; current conservation lets P_i + P_f be replaced by 2M_N n with n the
 * four-velocity of the target at rest. Then
 *   Σ̄|M|² = e⁴ ε² Z² e² F(t)²/t² · 4M_N² · Â,
 *   Â = ½ Σ_pol Tr[(p̸′ + m) O (p̸ + m) Ō],   O = n̸ (p̸ − k̸ + m) Γ /D_a + Γ (p̸′ + k̸ + m) n̸ /D_b,
 * with D_a = (p − k)² − m² = M² − 2p·k, D_b = (p′ + k)² − m² = M² + 2p′·k, Γ = γ^μ, 1, γ⁵ or
 * γ^μγ⁵, and the polarization sum −g^{μν} + k^μk^ν/M² for spin 1. The traces were evaluated
 * symbolically (a script in docs/derivations/brems-traces.py) and the result is checked in
 * brems-amplitude.test.ts against an explicit 4×4 Dirac-matrix computation.
 *
 * In the target rest frame, with E0 = n·p, E′ = n·p′, E_k = n·k and q⁰ = E0 − E_k − E′ (the
 * energy given to the nucleus), Â depends on D_b only through
 *   Â = c₋₂/D_b² + c₋₁/D_b + c₀ + c₁ D_b,
 * which lets the azimuthal integral over the direction of q be done in closed form.
 */
import type { MediatorKind } from './mediator.js';

/**
 * Coefficients (c₋₂, c₋₁, c₀, c₁) of Â = Σ c_j D_b^j for the 2 → 3 process, written into `out`.
 * All energies in GeV in the target rest frame; t = −T ≤ 0 [GeV²]; m lepton mass, M boson mass.
 */
export function amplitude23Coefficients(
  kind: MediatorKind,
  Da: number,
  t: number,
  E0: number,
  Ep: number,
  Ek: number,
  q0: number,
  m: number,
  M: number,
  out: Float64Array,
): void {
  const m2 = m * m;
  const M2 = M * M;
  const invDa = 1 / Da;
  // Shared combinations: W = E0² − E0E_k + E_kE′ + E′² written without cancellation.
  const W = Ep * (E0 + Ek + Ep) + E0 * q0;
  const sumB = 4 * E0 * Ek + 4 * E0 * Ep + t; // numerator of the 1/D_b² term
  const sumA = 4 * E0 * Ep - 4 * Ek * Ep + t; // numerator of the 1/D_a² term
  switch (kind) {
    case 'vector': {
      const mm = M2 + 2 * m2;
      const C = -2 * M2 * W - 4 * m2 * (Ek * q0 + 2 * E0 * Ep) + 2 * t * (E0 * Ek + 2 * E0 * Ep - Ek * Ep) + M2 * t - 2 * m2 * t + t * t;
      out[0] = -2 * mm * sumB;
      out[1] = 2 * Da + 4 * C * invDa - 4 * (2 * Ep * q0 + t);
      out[2] = -2 * mm * sumA * invDa * invDa - 4 * (t - 2 * E0 * q0) * invDa;
      out[3] = 2 * invDa;
      return;
    }
    case 'scalar':
    case 'pseudoscalar': {
      // Scalar and pseudoscalar differ by the sign of m in the mass factor: (M² − 4m²) vs M².
      const f = kind === 'scalar' ? M2 - 4 * m2 : M2;
      const S1 = f * (-2 * Ek * q0 - 4 * E0 * Ep - t) + 2 * Ek * Ek * t;
      out[0] = -f * sumB;
      out[1] = Da + 2 * S1 * invDa + 4 * Ek * q0;
      out[2] = 4 * Ek * q0 * invDa - f * sumA * invDa * invDa + 2;
      out[3] = invDa;
      return;
    }
    case 'axial': {
      const f = M2 - 4 * m2;
      const mm = (M2 + 2 * m2) / M2;
      const A1 = -8 * f * W + 4 * t * (2 * E0 * Ek + 4 * E0 * Ep - 2 * Ek * Ep + f + t) + (16 * Ek * Ek * m2 * t) / M2;
      const A2 = (-4 * m2 * Ek * q0 + 2 * M2 * Ep * q0 + M2 * t) / M2;
      const A3 = (-2 * E0 * M2 * q0 - 4 * m2 * Ek * q0 + M2 * t) / M2;
      out[0] = -2 * f * sumB;
      out[1] = 2 * mm * Da + A1 * invDa - 4 * A2;
      out[2] = -4 * A3 * invDa - 2 * f * sumA * invDa * invDa + (8 * m2) / M2;
      out[3] = 2 * mm * invDa;
      return;
    }
  }
}

/**
 * Â of the 2 → 3 process at one point (sums the D_b expansion). For tests and for event
 * generation; the cross-section integrals use {@link amplitude23Coefficients}.
 */
export function amplitude23(kind: MediatorKind, Da: number, Db: number, t: number, E0: number, Ep: number, Ek: number, q0: number, m: number, M: number): number {
  const c = new Float64Array(4);
  amplitude23Coefficients(kind, Da, t, E0, Ep, Ek, q0, m, M, c);
  return c[0] / (Db * Db) + c[1] / Db + c[2] + c[3] * Db;
}

/**
 * Spin- and polarization-averaged squared amplitude of the 2 → 2 process ℓ(p) γ(q) → ℓ(p′) X(k)
 * with a real photon, divided by e⁴ε²: Ã(s̃, ũ) with s̃ = (p + q)² − m², ũ = (p − k)² − m², and
 * t₂ = M² − s̃ − ũ. Same derivation as above with the photon polarization sum −g^{νν′} and an
 * average ¼; in the massless limit the vector case is Compton's −2(s̃/ũ + ũ/s̃). This is the
 * amplitude of the Weizsäcker–Williams approximation (BEST arXiv:0906.0580 eq. (A12) for the
 * vector; Liu & Miller arXiv:1705.01633 for all four).
 */
export function amplitude22(kind: MediatorKind, s: number, u: number, m: number, M: number): number {
  const m2 = m * m;
  const M2 = M * M;
  const is = 1 / s;
  const iu = 1 / u;
  const sym1 = is + iu; // 1/s̃ + 1/ũ
  const sym2 = is * is + iu * iu; // 1/s̃² + 1/ũ²
  const cross = s * iu + u * is; // s̃/ũ + ũ/s̃
  switch (kind) {
    case 'vector': {
      const mm = M2 + 2 * m2;
      return -2 * cross + 4 * mm * sym1 + 4 * m2 * mm * sym2 + 4 * (2 * m2 - M2) * mm * is * iu;
    }
    case 'scalar': {
      const f = M2 - 4 * m2;
      return -cross - 2 + 2 * f * sym1 + 2 * m2 * f * sym2 + 2 * f * (2 * m2 - M2) * is * iu;
    }
    case 'pseudoscalar':
      return -cross - 2 + 2 * M2 * sym1 + 2 * M2 * m2 * sym2 + 2 * M2 * (2 * m2 - M2) * is * iu;
    case 'axial': {
      const f = M2 - 4 * m2;
      const mm = (M2 + 2 * m2) / M2;
      return -2 * mm * cross - (8 * m2) / M2 + 4 * f * sym1 + 4 * m2 * f * sym2 + 4 * f * (2 * m2 - M2) * is * iu;
    }
  }
}
