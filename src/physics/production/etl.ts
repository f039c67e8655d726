/**
 * Exact tree-level (ETL) cross section of ℓ Z → ℓ Z X: the full 2 → 3 matrix element of
 * brems-amplitude.ts integrated over the phase space, with no Weizsäcker–Williams step.
 *
 * Phase space (our derivation, as in Liu & Miller, arXiv:1705.01633, eqs. (9)–(12)): in the
 * target rest frame, with x = E_X/E0, θ the angle of X to the beam, V = p − k, T = −t and φ the
 * azimuth of q around V,
 *   dσ/(dx dcosθ) = α³ε² |k| E0 /(4π |p| |V|) ∫ dT G₂(T)/T² ∫₀^{2π} dφ Â,
 * where the delta functions fix the polar angle of q: cos θ_qV = (a + T(1 + V⁰/M_N))/(2|V||q|),
 * a = m² − V², q⁰ = T/(2M_N), |q|² = q⁰² + T, and the T range follows from |cos θ_qV| ≤ 1
 * (exactly, nuclear recoil included). Â depends on φ only through D_b = α₀ + α₁ cos φ, so
 *   ∫dφ Â = 2π [c₀ + c₁α₀ + c₋₁/√(α₀² − α₁²) + c₋₂ α₀/(α₀² − α₁²)^{3/2}].
 * The remaining integrals are Gauss–Legendre rules: x in −ln(1 − x); θ in w with
 * θ² = θ_c² w/(1 − w), θ_c² = U(x, 0)/(E0² x) (the width of the forward peak);
 * ln T in panels split at the form factor's scales (1/a², 1/a′², d, 0.71 GeV²).
 * Three scatterers, each with its own exact kinematics (Tsai RMP 46 (1974) 815 §III.B):
 * the whole atom (elastic form factor, recoil mass M_N); with 'elastic+inelastic' also its
 * Z electrons (inelastic atomic form factor, recoil mₑ) and its Z protons one by one
 * (quasi-elastic, dipole form factor with Pauli blocking, recoil mₚ). BEST's one-line
 * inelastic G₂ (eq. A19) merges the last two; with nucleus kinematics it overestimates heavy,
 * low-energy A′ several-fold, where t_min ≫ d and the quasi-elastic term dominates.
 * The integral is checked against the DMG4 ETL table (arXiv:2101.12192) in
 * test/reference/brems-etl.test.ts.
 */
import { ALPHA, ELECTRON_MASS, GEV2_TO_PB, PROTON_MASS, gaussLegendre } from '../../core/index.js';
import { amplitude23Coefficients } from './brems-amplitude.js';
import type { ResolvedBrems } from './brems-options.js';
import { bremsKernelFrom } from './brems-kernel.js';
import type { BremsKernel } from './brems-kernel.js';
import { elasticScreening2, fermiMomentum, formFactorEvaluators, inelasticScreening2, nuclearSizeParameter } from './form-factor.js';

const TWO_PI = 2 * Math.PI;

/** Builds the ETL kernel (precomputes form-factor constants and quadrature rules). */
export function etlKernel(r: ResolvedBrems): BremsKernel {
  const { E0, M, m, MN, kind } = r;
  const M2 = M * M;
  const m2 = m * m;
  const p = Math.sqrt(E0 * E0 - m2);
  const ruleT = gaussLegendre(r.nT);
  const d = nuclearSizeParameter(r.target.A);
  // Two scatterers: the nucleus as a whole (coherent, elastic form factor, recoil mass M_N) and,
  // with 'elastic+inelastic', its Z protons one by one (incoherent, Tsai's inelastic form
  // factor, recoil mass m_p). Each has its own T range. Panel boundaries in T are the form
  // factor's scales; the upper cap is where it has fallen by > 1e8.
  const ff = formFactorEvaluators(r.target);
  const scatterers: { mass: number; g2: (T: number, q: number) => number; scales: number[]; cap: number }[] = [
    { mass: MN, g2: ff.elastic, scales: [1 / elasticScreening2(r.target.Z), d], cap: 1e4 * d },
  ];
  if (r.formFactor === 'elastic+inelastic') {
    const pF = fermiMomentum(r.target.A);
    scatterers.push(
      { mass: ELECTRON_MASS, g2: ff.atomicInelastic, scales: [1 / inelasticScreening2(r.target.Z)], cap: 1e3 },
      { mass: PROTON_MASS, g2: ff.quasiElastic, scales: [4 * pF * pF, 0.71], cap: 1e3 },
    );
  }
  for (const sc of scatterers) sc.scales.sort((u, v) => u - v);
  const coef = new Float64Array(4);
  const prefactor = (ALPHA * ALPHA * ALPHA * r.eps2 * GEV2_TO_PB) / (4 * Math.PI);

  // ∫ dT G₂/T² ∫dφ Â at fixed (x, θ), times the phase-space factor.
  function dsigmaDxDcos(x: number, theta: number): number {
    const Ek = x * E0;
    if (!(Ek > M) || !(x < 1)) return 0;
    const k = Math.sqrt(Ek * Ek - M2);
    const s = Math.sin(theta);
    const c = Math.cos(theta);
    const sh = Math.sin(0.5 * theta);
    // p·k without cancellation: E0E_k(1 − β_pβ_k) + |p||k|(1 − cos θ).
    const oneMinusBB = (m2 / (E0 * E0) + M2 / (Ek * Ek) - (m2 * M2) / (E0 * E0 * Ek * Ek)) / (1 + (p * k) / (E0 * Ek));
    const pk = E0 * Ek * oneMinusBB + 2 * p * k * sh * sh;
    const Da = M2 - 2 * pk;
    const a = -Da; // = m² − V²
    const V0 = E0 - Ek;
    const Vx = -k * s;
    const Vz = p - k * c;
    const Vabs = Math.hypot(Vx, Vz);
    // Unit vectors: V̂ in the x–z plane, ê₁ = ŷ × V̂, ê₂ = ŷ; k̂ components along V̂ and ê₁.
    const vk = (Vx * s + Vz * c) / Vabs;
    const e1k = (Vz * s - Vx * c) / Vabs;
    let sum = 0;
    for (const sc of scatterers) {
      const MT = sc.mass;
      // T range: (a + T(1 + V⁰/M_T))² ≤ 4|V|²(T + T²/4M_T²).
      const r1 = 1 + V0 / MT;
      const A2 = r1 * r1 - (Vabs * Vabs) / (MT * MT);
      const B = 2 * a * r1 - 4 * Vabs * Vabs;
      const disc = Math.sqrt(Math.max(B * B - 4 * A2 * a * a, 0));
      // The smaller root in a cancellation-free form; the larger one exists only for A2 > 0 (a
      // light target can make A2 ≤ 0). Energy conservation E′ = V⁰ − T/2M_T ≥ m bounds T too.
      const Tmin = (2 * a * a) / (disc - B);
      const Tmax = Math.min(A2 > 0 ? (disc - B) / (2 * A2) : Number.POSITIVE_INFINITY, 2 * MT * (V0 - m), sc.cap);
      // No physical region when both roots are negative (B > 0: a light target cannot absorb it).
      if (!(Tmin > 0) || !(Tmax > Tmin)) continue;
      let lo = Tmin;
      for (let panel = 0; panel <= sc.scales.length; panel++) {
        const top = panel < sc.scales.length ? Math.min(sc.scales[panel], Tmax) : Tmax;
        if (!(top > lo)) continue;
        const L0 = Math.log(lo);
        const half = 0.5 * (Math.log(top) - L0);
        for (let i = 0; i < ruleT.nodes.length; i++) {
          const T = Math.exp(L0 + half * (ruleT.nodes[i] + 1));
          const q0 = T / (2 * MT);
          const qa = Math.sqrt(q0 * q0 + T);
          let cq = (a + T + 2 * V0 * q0) / (2 * Vabs * qa);
          if (cq > 1) cq = 1;
          else if (cq < -1) cq = -1;
          const sq = Math.sqrt(1 - cq * cq);
          const alpha0 = -Da - 2 * q0 * Ek + 2 * qa * k * cq * vk;
          const alpha1 = Math.abs(2 * qa * k * sq * e1k);
          // D_b ≥ M² + 2mM at every φ; the clamp only guards against rounding.
          const dd = Math.max(alpha0 - alpha1, M2 + 2 * m * M) * (alpha0 + alpha1);
          const Ep = E0 - Ek - q0;
          amplitude23Coefficients(kind, Da, -T, E0, Ep, Ek, q0, m, M, coef);
          const rdd = 1 / Math.sqrt(dd);
          const phiIntegral = TWO_PI * (coef[2] + coef[3] * alpha0 + coef[1] * rdd + coef[0] * alpha0 * rdd * rdd * rdd);
          // dT = T d(ln T): G₂/T² · T.
          sum += ruleT.weights[i] * half * (sc.g2(T, qa) / T) * phiIntegral;
        }
        lo = top;
        if (lo >= Tmax) break;
      }
    }
    return (prefactor * k * E0 * sum) / (p * Vabs);
  }

  return bremsKernelFrom(r, dsigmaDxDcos);
}
