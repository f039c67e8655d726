/**
 * Photoproduction of a lepton pair off an atom, γ Z → ℓ⁺ℓ⁻ Z, for a lepton of mass m (used
 * for μ⁺μ⁻, the "region I" benchmark of NA64): the Bethe–Heitler spectrum in the
 * Weizsäcker–Williams form with Tsai's photon flux,
 *   dσ/dx = (4α³/m²) [1 − (4/3)x(1 − x)] · χ(t_min(x), m²)/2,   t_min = (m²/(2E x(1 − x)))²,
 * x the energy fraction of one lepton. For a point nucleus without screening χ/2 =
 * Z²[ln(2E x(1 − x)/m) − ½], exactly the Bethe–Heitler no-screening result (Bethe & Heitler,
 * Proc. R. Soc. A146 (1934) 83; Tsai RMP 46 (1974) 815 §III). Muon pairs are in that regime
 * (t_min ≫ 1/a² below ~10⁴ GeV) and the nuclear size cuts the logarithm (elastic form factor of
 * BEST arXiv:0906.0580 eq. A18). In complete screening (e⁺e⁻ at high energy) this form is one
 * unit of logarithm short (it gives L_rad − 1 instead of Tsai's L_rad), i.e. 21% low for lead —
 * irrelevant for muons, and emiss does not use it for electrons. No Coulomb correction.
 */
import { ALPHA, GEV2_TO_PB, gaussLegendre } from '../../core/index.js';
import { elasticPhotonFlux } from '../../physics/index.js';
import type { NuclearTarget } from '../../physics/index.js';

/** dσ/dx [pb] of γ Z → ℓ⁺ℓ⁻ Z at photon energy E [GeV], lepton fraction x, lepton mass m [GeV]. */
export function leptonPairDsigmaDx(photonEnergyGeV: number, x: number, leptonMassGeV: number, target: NuclearTarget): number {
  const m = leptonMassGeV;
  const E = photonEnergyGeV;
  if (!(x * E > m && (1 - x) * E > m)) return 0;
  const tMin = (m * m / (2 * E * x * (1 - x))) ** 2;
  const tMax = m * m;
  if (!(tMax > tMin)) return 0;
  const chi = elasticPhotonFlux(tMin, tMax, target);
  return ((4 * ALPHA * ALPHA * ALPHA) / (m * m)) * (1 - (4 / 3) * x * (1 - x)) * 0.5 * chi * GEV2_TO_PB;
}

/** Total σ [pb] of γ Z → ℓ⁺ℓ⁻ Z (Gauss–Legendre over x, 32 points; 0 below threshold 2m). */
export function leptonPairCrossSection(photonEnergyGeV: number, leptonMassGeV: number, target: NuclearTarget): number {
  const xMin = leptonMassGeV / photonEnergyGeV;
  if (!(xMin < 0.5)) return 0;
  const { nodes, weights } = gaussLegendre(32);
  // Symmetric in x ↔ 1 − x: integrate [xMin, 1/2] and double.
  const half = 0.5 * (0.5 - xMin);
  let s = 0;
  for (let i = 0; i < nodes.length; i++) s += weights[i] * half * leptonPairDsigmaDx(photonEnergyGeV, xMin + half * (nodes[i] + 1), leptonMassGeV, target);
  return 2 * s;
}

/**
 * Samples the lepton energy fraction x from dσ/dx by rejection against the envelope
 * [1 − (4/3)x(1 − x)]·χ(x = ½) (χ is largest at x = ½, where t_min is smallest).
 */
export function sampleLeptonPairFraction(photonEnergyGeV: number, leptonMassGeV: number, target: NuclearTarget, uniform: () => number): number {
  const xMin = leptonMassGeV / photonEnergyGeV;
  const peak = leptonPairDsigmaDx(photonEnergyGeV, 0.5, leptonMassGeV, target) / (1 - 1 / 3);
  for (let k = 0; k < 1000; k++) {
    const x = xMin + (1 - 2 * xMin) * uniform();
    if (uniform() * peak <= leptonPairDsigmaDx(photonEnergyGeV, x, leptonMassGeV, target)) return x;
  }
  return 0.5;
}
