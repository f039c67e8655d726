/**
 * Direct e⁺e⁻ pair production by muons on an atom, μZ → μZe⁺e⁻: the differential cross section
 * in the energy fraction v = ε/E transferred to the pair, of R.P. Kokoulin and A.A. Petrukhin
 * (Proc. 12th ICCR, Hobart, 6 (1971) A2436; Acta Phys. Acad. Sci. Hung. 29 Suppl. 4 (1970) 277)
 * with the atomic-electron term of S.R. Kelner, R.P. Kokoulin, A.A. Petrukhin, Phys. At. Nucl.
 * 61 (1998) 448 (the ζ factor), as written in Groom, Mokhov, Striganov, ADNDT 78 (2001) 183, §4.2
 * and in the Geant4 Physics Reference Manual, "Positron–electron pair production by muons":
 *   dσ/dv = (4/(3π)) Z(Z + ζ) (α r_e)² ((1 − v)/v) ∫₀^{ρ_max} [Φ_e + (m_e/m)² Φ_μ] dρ,
 * ρ the pair asymmetry, ρ_max = [1 − 6m²/(E²(1 − v))] √(1 − 4m_e/ε), and (β = v²/(2(1 − v)),
 * ξ = (m v/(2m_e))² (1 − ρ²)/(1 − v), B = 183 (202.4 for H)):
 *   Φ_e = C_e L_e,  C_e = [(2 + ρ²)(1 + β) + ξ(3 + ρ²)] ln(1 + 1/ξ) + (1 − ρ² − β)/(1 + ξ) − (3 + ρ²),
 *   L_e = ln[B Z^{−1/3} √((1 + ξ)(1 + Y_e)) / (1 + 2m_e√e B Z^{−1/3}(1 + ξ)(1 + Y_e)/(ε(1 − ρ²)))]
 *         − ½ ln[1 + (3m_e Z^{1/3}/(2m))² (1 + ξ)(1 + Y_e)],
 *   Y_e = (5 − ρ² + 4β(1 + ρ²)) / (2(1 + 3β) ln(3 + 1/ξ) − ρ² − 2β(2 − ρ²)),
 *   Φ_μ = C_μ L_μ,  C_μ = [(1 + ρ²)(1 + 3β/2) − (1 + 2β)(1 − ρ²)/ξ] ln(1 + ξ)
 *                          + ξ(1 − ρ² − β)/(1 + ξ) + (1 + 2β)(1 − ρ²),
 *   L_μ = ln[(2/3)(m/m_e) B Z^{−2/3} / (1 + 2m_e√e B Z^{−1/3}(1 + ξ)(1 + Y_μ)/(ε(1 − ρ²)))],
 *   Y_μ = (4 + ρ² + 3β(1 + ρ²)) / ((1 + ρ²)(3/2 + 2β) ln(3 + ξ) + 1 − (3/2)ρ²),
 *   ζ = [0.073 ln(γ/(1 + g₁ Z^{2/3} γ)) − 0.26] / [0.058 ln(γ/(1 + g₂ Z^{1/3} γ)) − 0.14] if the
 *       numerator is positive, else 0 (γ = E/m; g₁ = 1.95×10⁻⁵, g₂ = 5.3×10⁻⁵; H: 4.4, 4.8×10⁻⁵).
 * The ρ integral is done with 8-point Gauss–Legendre in ln(1 − ρ), as Kokoulin's code.
 * Kinematic range: 4m_e/E ≤ v ≤ 1 − (3/4)√e (m/E) Z^{1/3}.
 */
import { ALPHA, ELECTRON_MASS, gaussLegendre } from '../../core/index.js';
import { ELECTRON_RADIUS_CM } from './muon-bremsstrahlung.js';

const SQRT_E = Math.sqrt(Math.E);
const GL8 = gaussLegendre(8);
const XG = Float64Array.from(GL8.nodes, (x) => 0.5 * (x + 1));
const WG = Float64Array.from(GL8.weights, (w) => 0.5 * w);

/** Upper kinematic limit of v for pair production, 1 − ¾√e (m/E) Z^{1/3} (the lower one is 4m_e/E). */
export function pairProductionMaxV(massGeV: number, energyGeV: number, Z: number): number {
  return 1 - (0.75 * SQRT_E * massGeV * Math.cbrt(Z)) / energyGeV;
}

/** The atomic-electron factor ζ of the Z(Z + ζ) scaling (see file comment). */
export function pairZeta(massGeV: number, energyGeV: number, Z: number): number {
  const hydrogen = Z < 1.5;
  const g1 = hydrogen ? 4.4e-5 : 1.95e-5;
  const g2 = hydrogen ? 4.8e-5 : 5.3e-5;
  const gam = energyGeV / massGeV;
  const num = 0.073 * Math.log(gam / (1 + g1 * Math.pow(Z, 2 / 3) * gam)) - 0.26;
  if (!(num > 0)) return 0;
  return num / (0.058 * Math.log(gam / (1 + g2 * Math.cbrt(Z) * gam)) - 0.14);
}

/**
 * dσ/dv [cm²] per atom (Z, A unused but kept for a uniform signature) for a lepton of mass m and
 * total energy E [GeV] giving the fraction v to an e⁺e⁻ pair. 0 outside the kinematic range.
 */
export function muonPairDsigmaDv(massGeV: number, energyGeV: number, v: number, Z: number): number {
  const m = massGeV;
  const E = energyGeV;
  const eps = v * E;
  const resid = E - eps;
  const z13 = Math.cbrt(Z);
  const z23 = z13 * z13;
  if (!(eps > 4 * ELECTRON_MASS) || resid <= 0.75 * SQRT_E * m * z13) return 0;
  const alf = (4 * ELECTRON_MASS) / eps;
  const rt = Math.sqrt(1 - alf);
  const del = (6 * m * m) / (E * resid);
  // 1 − ρ_max = 1 − (1 − δ)√(1 − 4m_e/ε), written without cancellation.
  const oneMinusRhoMax = alf / (1 + rt) + del * rt;
  if (!(oneMinusRhoMax < 1)) return 0;
  const tmn = Math.log(oneMinusRhoMax);
  const B = Z < 1.5 ? 202.4 : 183;
  const massRatio = m / ELECTRON_MASS;
  const mr2 = massRatio * massRatio;
  const beta = (0.5 * eps * eps) / (E * resid);
  const xi0 = 0.25 * mr2 * ((eps * eps) / (E * resid));
  const screen0 = (2 * ELECTRON_MASS * SQRT_E * B) / (z13 * eps);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const a4 = Math.exp(tmn * XG[i]); // 1 − ρ
    const omr2 = a4 * (2 - a4); // 1 − ρ²
    const r2 = 1 - omr2; // ρ²
    const xi = xi0 * omr2;
    const xi1 = 1 + xi;
    const screen = (screen0 * xi1) / omr2;
    const ye = (5 - r2 + 4 * beta * (1 + r2)) / (2 * (1 + 3 * beta) * Math.log(3 + 1 / xi) - r2 - 2 * beta * (2 - r2));
    const ye1 = 1 + ye;
    const le = Math.log(((B / z13) * Math.sqrt(xi1 * ye1)) / (1 + screen * ye1)) - 0.5 * Math.log(1 + (2.25 * z23 * xi1 * ye1) / mr2);
    const ce = xi <= 1e3
      ? ((2 + r2) * (1 + beta) + xi * (3 + r2)) * Math.log(1 + 1 / xi) + (1 - r2 - beta) / xi1 - (3 + r2)
      : (3 - r2 + 2 * beta * (1 + r2)) / (2 * xi);
    let fe = le * ce;
    if (fe < 0) fe = 0;
    const ym = (4 + r2 + 3 * beta * (1 + r2)) / ((1 + r2) * (1.5 + 2 * beta) * Math.log(3 + xi) + 1 - 1.5 * r2);
    const lm = Math.log((B * massRatio) / (1.5 * z23 * (1 + screen * (1 + ym))));
    const a10 = (1 + 2 * beta) * omr2;
    const cm = xi >= 1e-3
      ? ((1 + r2) * (1 + 1.5 * beta) - a10 / xi) * Math.log(xi1) + (xi * (1 - r2 - beta)) / xi1 + a10
      : 0.5 * (5 - r2 + beta * (3 + r2)) * xi;
    let fm = lm * cm;
    if (fm < 0) fm = 0;
    sum += WG[i] * a4 * (fe + fm / mr2);
  }
  const zeta = pairZeta(m, E, Z);
  const c = (4 / (3 * Math.PI)) * ALPHA * ALPHA * ELECTRON_RADIUS_CM * ELECTRON_RADIUS_CM;
  // ∫₀^{ρmax} dρ = −tmn ∫₀¹ (1 − ρ) dx with 1 − ρ = e^{tmn x}.
  return -tmn * sum * c * Z * (Z + zeta) * ((1 - v) / v);
}
