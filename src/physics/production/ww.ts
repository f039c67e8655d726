/**
 * Weizsäcker–Williams (WW) and improved WW (IWW) cross sections of ℓ Z → ℓ Z X.
 *
 * WW (Kim & Tsai, PRD 8 (1973) 3109; BEST arXiv:0906.0580 eqs. (A5)–(A14); Liu & Miller
 * arXiv:1705.01633 eq. (13)): the 2 → 3 cross section factorizes into the photon flux χ and the
 * 2 → 2 cross section ℓγ → ℓX with a real photon,
 *   dσ/(dx dcosθ) = (αχ/π) · E0|k|/(1 − x) · dσ₂₂/d(p·k),   dσ₂₂/d(p·k) = e⁴ε² Ã/(8π s̃²),
 * i.e. dσ/(dx dcosθ) = 2α³ε² χ E0|k| (1 − x) Ã(s̃, ũ)/U², with ũ = M² − 2p·k = −U,
 * s̃ = U/(1 − x) and χ = χ(t_min, t_max), t_min = (U/(2E0(1 − x)))², t_max = M² + m² (BEST A15).
 * For the vector boson and m → 0 this is BEST's eq. (7): 8α³ε²E0²xβχ[(1 − x + x²/2)/U² + …].
 * Ã is the exact 2 → 2 amplitude of brems-amplitude.ts (all four mediator kinds).
 *
 * IWW (BEST eq. (A16), Gninenko et al. arXiv:1604.08432): χ is frozen at its value for θ = 0,
 * x → 1 (t_min = (M²/2E0)², t_max = M² + m²), and the angular integral is done numerically.
 */
import { ALPHA, GEV2_TO_PB, gaussLegendre } from '../../core/index.js';
import { amplitude22 } from './brems-amplitude.js';
import type { ResolvedBrems } from './brems-options.js';
import { bremsKernelFrom } from './brems-kernel.js';
import type { BremsKernel } from './brems-kernel.js';
import { elasticPhotonFlux } from './photon-flux.js';
import { inelasticFormFactor2, inelasticScreening2 } from './form-factor.js';

/** Inelastic part of χ by a fixed 3 × 16-point Gauss rule in ln T (relative precision ~1e-6). */
function inelasticFluxFast(tMin: number, tMax: number, target: ResolvedBrems['target']): number {
  if (!(tMax > tMin)) return 0;
  const rule = gaussLegendre(16);
  const cuts = [1 / inelasticScreening2(target.Z), 0.71].filter((c) => c > tMin && c < tMax);
  const edges = [tMin, ...cuts, tMax];
  let sum = 0;
  for (let e = 0; e + 1 < edges.length; e++) {
    const L0 = Math.log(edges[e]);
    const half = 0.5 * (Math.log(edges[e + 1]) - L0);
    for (let i = 0; i < rule.nodes.length; i++) {
      const T = Math.exp(L0 + half * (rule.nodes[i] + 1));
      sum += rule.weights[i] * half * ((T - tMin) / T) * inelasticFormFactor2(T, target);
    }
  }
  return sum;
}

/** χ for the resolved options' form-factor model (elastic in closed form). */
function flux(tMin: number, tMax: number, r: ResolvedBrems): number {
  if (!(tMax > tMin)) return 0;
  const el = elasticPhotonFlux(tMin, tMax, r.target);
  return r.formFactor === 'elastic' ? el : el + inelasticFluxFast(tMin, tMax, r.target);
}

/** The WW or IWW kernel, with the same interface as the ETL one. */
export function wwKernel(r: ResolvedBrems, variant: 'ww' | 'iww'): BremsKernel {
  const { E0, M, m, kind } = r;
  const M2 = M * M;
  const m2 = m * m;
  const p = Math.sqrt(E0 * E0 - m2);
  const tMax = M2 + m2;
  const chiIww = variant === 'iww' ? flux((M2 / (2 * E0)) ** 2, tMax, r) : 0;
  const prefactor = 2 * ALPHA * ALPHA * ALPHA * r.eps2 * GEV2_TO_PB;

  function dsigmaDxDcos(x: number, theta: number): number {
    const Ek = x * E0;
    if (!(Ek > M) || !(x < 1)) return 0;
    const k = Math.sqrt(Ek * Ek - M2);
    const sh = Math.sin(0.5 * theta);
    const oneMinusBB = (m2 / (E0 * E0) + M2 / (Ek * Ek) - (m2 * M2) / (E0 * E0 * Ek * Ek)) / (1 + (p * k) / (E0 * Ek));
    const pk = E0 * Ek * oneMinusBB + 2 * p * k * sh * sh;
    const U = 2 * pk - M2; // = −ũ > 0
    let chi: number;
    if (variant === 'iww') chi = chiIww;
    else {
      const tMin = (U / (2 * E0 * (1 - x))) ** 2;
      chi = flux(tMin, tMax, r);
    }
    if (!(chi > 0)) return 0;
    const s = U / (1 - x);
    const amp = amplitude22(kind, s, -U, m, M);
    return (prefactor * chi * E0 * k * (1 - x) * amp) / (U * U);
  }

  return bremsKernelFrom(r, dsigmaDxDcos);
}
