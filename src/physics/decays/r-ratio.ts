/**
 * The hadronic R ratio R(√s) = σ(e⁺e⁻→hadrons)/σ_pt(e⁺e⁻→μ⁺μ⁻), σ_pt = 4πα²/(3s): measured below
 * 11.09 GeV (PDG compilation), perturbative above, narrow vector resonances added as Breit–Wigners.
 */
import { ALPHA, CHARGED_PION_MASS, EmissError, interpolator } from '../../core/index.js';
import { alphaS } from './alpha-s.js';
import {
  NARROW_RESONANCES,
  OPEN_BOTTOM_THRESHOLD_GEV,
  OPEN_CHARM_THRESHOLD_GEV,
  R_RATIO_TABLE,
  TOP_PAIR_THRESHOLD_GEV,
} from './r-ratio-data.js';

/** Two-pion threshold 2m_π± [GeV]: R = 0 below it. */
export const TWO_PION_THRESHOLD_GEV = 2 * CHARGED_PION_MASS;

const N_ROWS = R_RATIO_TABLE.length / 2;
const TABLE_SQRT_S = Float64Array.from({ length: N_ROWS }, (_, i) => R_RATIO_TABLE[2 * i]);
const TABLE_R = Float64Array.from({ length: N_ROWS }, (_, i) => R_RATIO_TABLE[2 * i + 1]);
const interpolateTable = interpolator(TABLE_SQRT_S, TABLE_R);

/** Lowest √s [GeV] of the measured table (0.300 GeV). */
export const R_TABLE_MIN_GEV = TABLE_SQRT_S[0];
/** Highest √s [GeV] of the measured table (11.09 GeV); above it R is perturbative. */
export const R_TABLE_MAX_GEV = TABLE_SQRT_S[N_ROWS - 1];

/** Lowest √s [GeV] accepted by {@link perturbativeRRatio}. */
export const PERTURBATIVE_R_MIN_GEV = 2;

function pionVelocityCubed(sqrtS: number): number {
  const b2 = 1 - (TWO_PION_THRESHOLD_GEV * TWO_PION_THRESHOLD_GEV) / (sqrtS * sqrtS);
  return b2 > 0 ? b2 * Math.sqrt(b2) : 0;
}

function checkSqrtS(sqrtS: number, where: string, min = 0): void {
  if (!(sqrtS >= min) || !Number.isFinite(sqrtS)) {
    throw new EmissError('OUT_OF_DOMAIN', where, `√s = ${sqrtS} GeV is outside the domain`, `≥ ${min} GeV, finite`);
  }
}

/**
 * Photon-exchange R in perturbative QCD at O(α_s): R = N_c Σ_q Q_q² (1 + α_s(√s)/π), summing u, d, s
 * always, c above 2m(D⁰) = 3.730 GeV, b above 2m(B±) = 10.559 GeV, t above 2m_t = 345.1 GeV (open-flavour
 * steps: the resonance structure near each threshold is not modelled). Source: PDG 2024,
 * "Quantum Chromodynamics" review, Sec. 9.2.1 (R in e⁺e⁻, first coefficient c₁ = 1); α_s from {@link alphaS}.
 *
 * γ exchange only: no Z, so this is the R a dark photon of mass √s sees, not the one measured near m_Z.
 * Precision: the O(α_s²) term (+1.41(α_s/π)²) and quark-mass terms are neglected, ≈ 1% above 10 GeV.
 *
 * @param sqrtS centre-of-mass energy √s [GeV], ≥ 2 GeV.
 * @returns R (dimensionless).
 * @throws EmissError `OUT_OF_DOMAIN` below 2 GeV or for non-finite √s.
 */
export function perturbativeRRatio(sqrtS: number): number {
  checkSqrtS(sqrtS, 'perturbativeRRatio(sqrtS)', PERTURBATIVE_R_MIN_GEV);
  let sumCharge2 = 4 / 9 + 1 / 9 + 1 / 9; // u, d, s
  if (sqrtS > OPEN_CHARM_THRESHOLD_GEV) sumCharge2 += 4 / 9;
  if (sqrtS > OPEN_BOTTOM_THRESHOLD_GEV) sumCharge2 += 1 / 9;
  if (sqrtS > TOP_PAIR_THRESHOLD_GEV) sumCharge2 += 4 / 9;
  return 3 * sumCharge2 * (1 + alphaS(sqrtS) / Math.PI);
}

/**
 * Sum of the relativistic Breit–Wigner R of the narrow vector resonances J/ψ, ψ(2S), Υ(1S), Υ(2S),
 * Υ(3S), Υ(4S) ({@link NARROW_RESONANCES}):
 * R_V(s) = 9 s Γ_ee Γ_had / (α² [(s − M²)² + M²Γ²]), i.e. σ_V = 12π Γ_ee Γ_had/[(s − M²)² + M²Γ²]
 * divided by σ_pt = 4πα²/(3s), with Γ_had = Γ (1 − B_ee − B_μμ − B_ττ); peak value 9 B_ee B_had/α².
 * Source: PDG 2024, "Plots of cross sections and related quantities" (the R plot draws these peaks as
 * Breit–Wigners) and the resonance parameters of the PDG 2024 listings.
 * Conventions: constant widths, α = α(0), Γ_ee as quoted (vacuum polarization not removed, a ≈ 5%
 * effect at the J/ψ), no interference with the continuum.
 *
 * @param sqrtS centre-of-mass energy √s [GeV], ≥ 0.
 * @returns R_narrow(√s) (dimensionless).
 */
export function narrowResonanceRRatio(sqrtS: number): number {
  checkSqrtS(sqrtS, 'narrowResonanceRRatio(sqrtS)');
  const s = sqrtS * sqrtS;
  let r = 0;
  for (const v of NARROW_RESONANCES) {
    const m2 = v.massGeV * v.massGeV;
    const hadronicWidth = v.widthGeV * (1 - v.leptonicBranching);
    r += (9 * s * v.eeWidthGeV * hadronicWidth) / (ALPHA * ALPHA * ((s - m2) * (s - m2) + m2 * v.widthGeV * v.widthGeV));
  }
  return r;
}

/**
 * The hadronic R ratio R(√s) = σ(e⁺e⁻→hadrons)/σ_pt, σ_pt = 4πα²/(3s), for any √s ≥ 0. The denominator
 * is the lowest-order QED μ⁺μ⁻ cross section without muon-mass factor, as in the data compiled by the
 * PDG (e.g. KEDR, Anashin et al., PLB 753 (2016) 533, arXiv:1510.02667, Sec. 1):
 * - √s ≤ 2m_π: exactly 0 (the π⁰γ channel, R ≲ 10⁻³ off the ω, is not included);
 * - 2m_π < √s < 0.300 GeV: P-wave ππ threshold, R = R(0.300)·(β_π(s)/β_π(0.300²))³, i.e. R_ππ = β³|F_π|²/4
 *   with |F_π|² frozen at its 0.300 GeV value (it changes by < 20% there);
 * - 0.300 ≤ √s ≤ 11.09 GeV: the PDG 2020 compilation ({@link R_RATIO_TABLE}), linear interpolation;
 * - √s > 11.09 GeV: {@link perturbativeRRatio} (γ exchange, no Z);
 * and above 2m_π the narrow J/ψ, ψ(2S), Υ(1S–4S) Breit–Wigners of {@link narrowResonanceRRatio}.
 *
 * Sources: PDG 2020 R data (see `r-ratio-data.ts` for the file and the repository it was copied
 * from); PDG 2024 resonance parameters; PDG 2024 QCD review for the perturbative part.
 * Precision: below 2 GeV that of the compilation, a few % (the ρ, ω and φ are resolved on a
 * grid of ≤ 2 MeV); 2–11 GeV single measurements scattering by 3–10% from point to point (not
 * smoothed); narrow peaks ≈ 5% (Γ_ee, vacuum polarization), their position exact to the PDG mass;
 * above 11.09 GeV ≈ 1–2% (the table's last point, 3.85, meets the perturbative 3.87).
 *
 * @param sqrtS centre-of-mass energy √s [GeV], equal to the mass of a decaying vector.
 * @returns R (dimensionless, ≥ 0).
 * @throws EmissError `OUT_OF_DOMAIN` for negative or non-finite √s.
 */
export function rRatio(sqrtS: number): number {
  checkSqrtS(sqrtS, 'rRatio(sqrtS)');
  if (sqrtS <= TWO_PION_THRESHOLD_GEV) return 0;
  let continuum: number;
  if (sqrtS < R_TABLE_MIN_GEV) {
    continuum = TABLE_R[0] * (pionVelocityCubed(sqrtS) / pionVelocityCubed(R_TABLE_MIN_GEV));
  } else if (sqrtS <= R_TABLE_MAX_GEV) {
    continuum = interpolateTable(sqrtS);
  } else {
    continuum = perturbativeRRatio(sqrtS);
  }
  return continuum + narrowResonanceRRatio(sqrtS);
}
