/**
 * Relic abundance Ω h² of light dark matter that annihilates through a kinetically mixed dark
 * photon, from the freeze-out equation with thermally averaged cross sections.
 */
import {
  CRITICAL_DENSITY_H2,
  ENTROPY_DENSITY_TODAY,
  EmissError,
  GEV2_TO_PB,
  MUON_MASS,
  SPEED_OF_LIGHT,
  TAU_MASS,
} from '../../core/index.js';
import {
  NARROW_RESONANCES,
  R_TABLE_MIN_GEV,
  TWO_PION_THRESHOLD_GEV,
  darkMatterWidth,
  yFromEpsilon,
  type DarkMatterType,
} from '../decays/index.js';
import { crossSectionKernel } from './annihilation-cross-section.js';
import { besselKScaled } from './bessel-k.js';
import { darkMatterProperties } from './dark-matter-properties.js';
import { freezeOutSolver, type FreezeOutNumerics, type RelicSpecies } from './freeze-out.js';
import { thermalAverage, type Resonance } from './thermal-average.js';

/** ⟨σv⟩ conversion: 1 GeV⁻² × c = (ħc)²·c = 1.1673·10⁻¹⁷ cm³/s. */
export const CM3_PER_S_PER_INV_GEV2 = GEV2_TO_PB * 1e-36 * SPEED_OF_LIGHT * 1e9;

/** Lightest and heaviest dark-matter mass [GeV] of the relic calculation. */
export const RELIC_MASS_RANGE_GEV: readonly [number, number] = [1e-3, 1];

/**
 * ρ–ω and φ peaks of R(√s), as integration hints (PDG 2024 listings: ω(782) 782.66 MeV,
 * Γ = 8.68 MeV; φ(1020) 1019.461 MeV, Γ = 4.249 MeV); the narrow J/ψ, ψ(2S), Υ come from physics/decays.
 */
const HADRONIC_PEAKS: readonly Resonance[] = [
  { sqrtSGeV: 0.78266, widthGeV: 0.00868 },
  { sqrtSGeV: 1.019461, widthGeV: 0.004249 },
  ...NARROW_RESONANCES.map((r) => ({ sqrtSGeV: r.massGeV, widthGeV: r.widthGeV })),
];

/** Numerical settings (defaults in parentheses reproduce the figures of docs/relic.md). */
export interface RelicNumerics extends FreezeOutNumerics {
  /**
   * Relative tolerance of each thermal-average integral (1e-3) for x ≥ 5; for x < 5, where the
   * abundance sits at equilibrium (Y/Y_eq − 1 ≲ 10⁻⁶ whatever ⟨σv⟩), max(relTol, 1e-2).
   * The integrator's error estimate is conservative: the actual ⟨σv⟩ error is ~10× smaller.
   */
  relTol?: number;
}

/** The model of a relic calculation: dark matter, dark photon and dark coupling. */
export interface RelicModel {
  /** Dark-matter benchmark. */
  dm: DarkMatterType;
  /** Dark-matter mass m_χ (m₁ for pseudo-Dirac) [GeV], 1 MeV ≤ m_χ ≤ 1 GeV. */
  dmMassGeV: number;
  /** m_A′/m_χ (default 3); 2 < ratio ≤ 10 (the A′ decays invisibly). */
  ratio?: number;
  /** Dark coupling α_D (default 0.5), 0 < α_D ≤ 1. */
  alphaD?: number;
  /**
   * Pseudo-Dirac splitting δ = (m₂ − m₁)/m₁, 0 ≤ δ ≤ 0.5; ignored otherwise. Default
   * {@link RELIC_DEFAULT_SPLITTING} = 0: the small-splitting limit δ ≪ 1/x_f of the published
   * pseudo-Dirac targets (NA64, LDMX; arXiv:1807.01730), where χ₂ is as abundant as χ₁ at
   * freeze-out. A finite δ suppresses the χ₂ population by e^{−δx} and raises the target
   * (×3–6 at δ = 0.1).
   */
  splitting?: number;
  /** R(√s) for hadrons [√s in GeV] (default: the measured `rRatio` of physics/decays). */
  hadronicR?: (sqrtSGeV: number) => number;
  /** Numerical settings. */
  numerics?: RelicNumerics;
}

/** Relic abundance at one kinetic mixing. */
export interface RelicAbundance {
  /** Ω h² of the dark matter (particles plus antiparticles where distinct). */
  omegaH2: number;
  /** Kinetic mixing ε. */
  epsilon: number;
  /** y = ε²·α_D·(m_χ/m_A′)⁴. */
  y: number;
  /** Y∞ = n/s today of the species counted in the Boltzmann equation (see `darkMatterProperties`). */
  yInfinity: number;
  /** x_f = m_χ/T_f, where Y = 2·Y_eq. */
  xFreezeOut: number;
  /** (Y(x_end) − Y∞)/Y∞: the annihilation left after x_end = 1000 (a freeze-out check). */
  tailFraction: number;
  /** Thermally averaged ⟨σ_eff v⟩ [cm³/s] at freeze-out and at x_end = 1000 (late times). */
  sigmaV: { freezeOutCm3PerS: number; lateCm3PerS: number };
}

/** Default pseudo-Dirac splitting of the relic targets: the small-splitting limit (see RelicModel.splitting). */
export const RELIC_DEFAULT_SPLITTING = 0;

function checkModel(model: RelicModel, where: string): Required<Pick<RelicModel, 'ratio' | 'alphaD' | 'splitting'>> {
  darkMatterProperties(model.dm, `${where}.dm`);
  const range = (value: number, lo: number, hi: number, key: string, loOpen = false): number => {
    if (!(loOpen ? value > lo : value >= lo) || !(value <= hi)) {
      throw new EmissError('OUT_OF_DOMAIN', `${where}.${key}`, `${value} is outside the domain of the relic calculation`, `${lo} ${loOpen ? '<' : '≤'} ${key} ≤ ${hi}`);
    }
    return value;
  };
  range(model.dmMassGeV, RELIC_MASS_RANGE_GEV[0], RELIC_MASS_RANGE_GEV[1], 'dmMassGeV');
  return {
    ratio: range(model.ratio ?? 3, 2, 10, 'ratio', true),
    alphaD: range(model.alphaD ?? 0.5, 0, 1, 'alphaD', true),
    splitting: range(model.splitting ?? RELIC_DEFAULT_SPLITTING, 0, 0.5, 'splitting'),
  };
}

/**
 * A prepared relic calculation: the thermal averages of the model are computed once (⟨σv⟩ ∝ ε²),
 * then `(epsilon) => RelicAbundance` solves the freeze-out equation for any kinetic mixing in
 * ~0.1 ms. Same physics, domain and errors as {@link relicAbundance}.
 */
export function relicSolver(model: RelicModel, where = 'relicAbundance'): (epsilon: number) => RelicAbundance {
  const { ratio, alphaD, splitting } = checkModel(model, where);
  const { dm, dmMassGeV: m } = model;
  const props = darkMatterProperties(dm);
  const mA = ratio * m;
  const m2 = dm === 'pseudo-dirac' ? m * (1 + splitting) : m;
  const kernel = crossSectionKernel({ dm, dmMassGeV: m, mediatorMassGeV: mA, alphaD, splitting, hadronicR: model.hadronicR });
  const poleWidth = darkMatterWidth(mA, { dm, dmMassGeV: m, alphaD, splitting });
  const resonances: Resonance[] = [...HADRONIC_PEAKS];
  if (poleWidth > 0) resonances.push({ sqrtSGeV: mA, widthGeV: poleWidth });
  const breakpointsSqrtS = [2 * MUON_MASS, 2 * TAU_MASS, TWO_PION_THRESHOLD_GEV, R_TABLE_MIN_GEV];
  const relTol = model.numerics?.relTol ?? 1e-3;
  // ⟨σ_eff v⟩/ε² [GeV⁻²]. Pseudo-Dirac: σ_eff of Griest & Seckel, PRD 43 (1991) 3191, Sec. II,
  // with the relativistic equilibrium weights of Edsjö & Gondolo (1997):
  // ⟨σ_eff v⟩ = 2⟨σ₁₂v⟩·n₁n₂/(n₁+n₂)², n_i ∝ m_i²K₂(m_i/T) (only χ₁χ₂ annihilates).
  const sigmaVPerEps2 = (x: number): number => {
    const temp = m / x;
    const tol = x < 5 ? Math.max(relTol, 1e-2) : relTol;
    const avg = thermalAverage(kernel, { massAGeV: m, massBGeV: m2, temperatureGeV: temp, breakpointsSqrtS, resonances, relTol: tol });
    if (dm !== 'pseudo-dirac') return avg;
    const x2 = m2 / temp;
    const q = ((m2 / m) ** 2 * besselKScaled(2, x2) * Math.exp(-(x2 - x))) / besselKScaled(2, x);
    return (2 * q * avg) / ((1 + q) * (1 + q));
  };
  const species: RelicSpecies[] = dm === 'pseudo-dirac'
    ? [{ massGeV: m, dof: props.internalDof }, { massGeV: m2, dof: props.internalDof }]
    : [{ massGeV: m, dof: props.internalDof }];
  const solve = freezeOutSolver({ massGeV: m, species, sigmaV: sigmaVPerEps2, numerics: model.numerics });
  const masses = { dmMassGeV: m, mediatorMassGeV: mA };
  return (epsilon: number): RelicAbundance => {
    if (!(epsilon > 0 && epsilon <= 1)) {
      throw new EmissError('OUT_OF_DOMAIN', `${where}.epsilon`, `${epsilon} is not a kinetic mixing`, '0 < ε ≤ 1');
    }
    const r = solve(epsilon * epsilon);
    const h = Math.log(r.x[1] / r.x[0]);
    const at = (x: number): number => r.sigmaV[Math.min(r.x.length - 1, Math.max(0, Math.round(Math.log(x / r.x[0]) / h)))];
    return {
      omegaH2: (props.omegaFactor * m * r.yInfinity * ENTROPY_DENSITY_TODAY) / CRITICAL_DENSITY_H2,
      epsilon,
      y: yFromEpsilon(epsilon, alphaD, masses),
      yInfinity: r.yInfinity,
      xFreezeOut: r.xFreezeOut,
      tailFraction: r.tailFraction,
      sigmaV: { freezeOutCm3PerS: at(r.xFreezeOut) * CM3_PER_S_PER_INV_GEV2, lateCm3PerS: r.sigmaV[r.x.length - 1] * CM3_PER_S_PER_INV_GEV2 },
    };
  };
}

/**
 * Ω h² of dark matter χ of mass m_χ that annihilates through a dark photon of mass m_A′ = ratio·m_χ
 * with kinetic mixing ε and dark coupling α_D, from the freeze-out equation (see `freezeOut`)
 * with ⟨σv⟩ of Gondolo & Gelmini (`thermalAverage`) over the full annihilation cross sections
 * into e, μ, τ and hadrons (via R(√s)) with the Breit–Wigner A′ propagator (`crossSectionKernel`)
 * and the degrees of freedom of Drees, Hajkarim & Schmitz (`effectiveDof`).
 *
 * Ω h² = F·m_χ·Y∞·s₀/(ρ_c/h²), s₀ = 2891.2 cm⁻³, ρ_c/h² = 1.0537·10⁻⁵ GeV cm⁻³ (PDG 2024), with
 * F = 2 for complex scalar and Dirac (Y counts particles; antiparticles are as many) and F = 1 for
 * Majorana and pseudo-Dirac (Y counts χ₁ + χ₂; χ₂ decays to χ₁ after freeze-out, so Ω is that of χ₁).
 * Pseudo-Dirac: χ₁ and χ₂ in chemical equilibrium through χ₂ ↔ χ₁ conversions (Griest & Seckel,
 * PRD 43 (1991) 3191), σ_eff = 2σ₁₂·n₁n₂/(n₁+n₂)².
 * Assumptions: kinetic equilibrium, Maxwell–Boltzmann statistics, no dark-sector temperature.
 * Domain: 1 MeV ≤ m_χ ≤ 1 GeV (below ~10 MeV, BBN and N_eff constrain these relics), 2 < ratio ≤ 10,
 * 0 < α_D ≤ 1, 0 ≤ δ ≤ 0.5, 0 < ε ≤ 1. Throws `OUT_OF_DOMAIN` outside, `UNKNOWN_NAME` for an unknown `dm`.
 *
 * @example relicAbundance({ dm: 'complex-scalar', dmMassGeV: 0.1, epsilon: 1e-4 }).omegaH2
 */
export function relicAbundance(options: RelicModel & { epsilon: number }): RelicAbundance {
  return relicSolver(options)(options.epsilon);
}
