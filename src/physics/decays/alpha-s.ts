/**
 * The strong coupling α_s(Q) at one loop, for the O(α_s) correction of the perturbative R ratio.
 */
import { EmissError } from '../../core/index.js';

/** α_s(m_Z) world average (PDG 2024, "Quantum Chromodynamics" review: 0.1180 ± 0.0009). */
export const ALPHA_S_MZ = 0.118;
/** Z mass [GeV] (PDG 2024: 91.1880 GeV). */
const Z_MASS = 91.188;
/** MS-bar quark masses m_q(m_q) [GeV] used as flavour thresholds (PDG 2024: m_c 1.273, m_b 4.183; m_t pole 172.57). */
const CHARM_MASS = 1.273;
const BOTTOM_MASS = 4.183;
const TOP_MASS = 172.57;

/** Lowest scale [GeV] accepted by {@link alphaS}. */
export const ALPHA_S_MIN_SCALE_GEV = 1;

// One-loop running from μ to Q with n_f flavours: 1/α(Q) = 1/α(μ) + β₀/(4π) ln(Q²/μ²), β₀ = 11 − 2n_f/3
// (PDG 2024 QCD review, Sec. 9.2: the β function kept at its first coefficient b₀ = (33 − 2n_f)/(12π) = β₀/(4π)).
function run(alpha: number, from: number, to: number, nf: number): number {
  const b0 = 11 - (2 * nf) / 3;
  return 1 / (1 / alpha + (b0 / (4 * Math.PI)) * Math.log((to * to) / (from * from)));
}

/**
 * α_s(Q) at one loop from α_s(m_Z) = 0.1180, with n_f = 3, 4, 5, 6 active flavours switched at
 * the quark masses m_c = 1.273, m_b = 4.183, m_t = 172.57 GeV (α_s continuous there: leading-order
 * matching). Source: PDG 2024, "Quantum Chromodynamics" review, Sec. 9.2 (β function, world average).
 *
 * @param scaleGeV renormalization scale Q [GeV], Q ≥ 1 GeV.
 * @returns α_s(Q) (dimensionless).
 * Precision: one-loop running undershoots the four-loop value by ≈ 3% at 10 GeV and ≈ 10% at
 * m_τ (0.28 against ≈ 0.31 from τ decays); as it enters R only through 1 + α_s/π, R moves by < 1%.
 * @throws EmissError `OUT_OF_DOMAIN` for Q < 1 GeV or non-finite Q (perturbation theory fails).
 */
export function alphaS(scaleGeV: number): number {
  if (!(scaleGeV >= ALPHA_S_MIN_SCALE_GEV) || !Number.isFinite(scaleGeV)) {
    throw new EmissError('OUT_OF_DOMAIN', 'alphaS(scaleGeV)', `${scaleGeV} GeV is outside the perturbative range`, `≥ ${ALPHA_S_MIN_SCALE_GEV} GeV, finite`);
  }
  if (scaleGeV >= TOP_MASS) return run(run(ALPHA_S_MZ, Z_MASS, TOP_MASS, 5), TOP_MASS, scaleGeV, 6);
  if (scaleGeV >= BOTTOM_MASS) return run(ALPHA_S_MZ, Z_MASS, scaleGeV, 5);
  const atBottom = run(ALPHA_S_MZ, Z_MASS, BOTTOM_MASS, 5);
  if (scaleGeV >= CHARM_MASS) return run(atBottom, BOTTOM_MASS, scaleGeV, 4);
  return run(run(atBottom, BOTTOM_MASS, CHARM_MASS, 4), CHARM_MASS, scaleGeV, 3);
}
