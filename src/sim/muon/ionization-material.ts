/**
 * The constants of a medium that the Bethe formula and its fluctuations need, computed once per
 * element of the geometry: K⟨Z/A⟩, I, the plasma energy and the Sternheimer density-effect
 * parameters estimated from I and ħω_p by the general recipe of R.M. Sternheimer and R.F.
 * Peierls, Phys. Rev. B 3 (1971) 3681 (as in the Geant4 Physics Reference Manual, "Density
 * effect", and G4IonisParamMat):
 *   C̄ = 2 ln(I/ħω_p) + 1, k = 3, a = (C̄ − 2 ln10 · x₀)/(x₁ − x₀)³,
 *   solids and liquids: I < 100 eV: x₁ = 2, x₀ = 0.2 (C̄ ≤ 3.681) or 0.326 C̄ − 1.0;
 *                       I ≥ 100 eV: x₁ = 3, x₀ = 0.2 (C̄ ≤ 5.215) or 0.326 C̄ − 1.5;
 *   gases (ρ < 0.01 g/cm³): (x₀, x₁) = (1.6, 4) for C̄ < 10, (1.7, 4) < 10.5, (1.8, 4) < 11,
 *                       (1.9, 4) < 11.5, (2.0, 4) < 12.25, (2.0, 5) < 13.804,
 *                       else (0.326 C̄ − 2.5, 5);
 * with δ(x) (x = log₁₀ βγ) from PDG RPP 2024 §34.2.5, eq. 34.6 and the Sternheimer form:
 *   δ = 2 ln10 · x − C̄ (x ≥ x₁), 2 ln10 · x − C̄ + a(x₁ − x)^k (x₀ ≤ x < x₁), 0 (x < x₀).
 * Above x₁ this is the PDG high-energy limit δ/2 = ln(ħω_p/I) + ln βγ − ½. For iron it gives
 * C̄ = 4.291, x₀ = 0.2, x₁ = 3 where the PDG table has C̄ = 4.2911, x₀ = −0.0012, x₁ = 3.1531:
 * identical above βγ ≈ 1400 and within 0.1 in δ (< 1% of dE/dx) for βγ > 3.
 */
import type { SimElement } from '../sim-geometry.js';

/** K = 4π N_A r_e² m_e c² = 0.307075 MeV cm²/mol (PDG RPP 2024 Table 34.1), in GeV cm²/g per ⟨Z/A⟩ [mol/g]. */
export const BETHE_K = 0.307075e-3;

/** Ionization constants of one medium. */
export interface IonizationMaterial {
  /** Density [g/cm³]. */
  readonly density: number;
  /** ⟨Z/A⟩ [mol/g]. */
  readonly zOverA: number;
  /** K⟨Z/A⟩ [GeV cm²/g]. */
  readonly kZA: number;
  /** Mean excitation energy I [GeV]. */
  readonly meanExcitationGeV: number;
  /** Plasma energy ħω_p = 28.816 √(ρ⟨Z/A⟩) eV (PDG Table 34.1), [GeV]. */
  readonly plasmaEnergyGeV: number;
  /** Sternheimer parameters (see file comment). */
  readonly cBar: number;
  readonly x0: number;
  readonly x1: number;
  readonly a: number;
  /** Radiation length [cm]. */
  readonly radiationLengthCm: number;
}

/** Sternheimer–Peierls parameters from I [GeV], ħω_p [GeV] and whether the medium is a gas. */
export function sternheimerPeierls(meanExcitationGeV: number, plasmaEnergyGeV: number, gas: boolean): { cBar: number; x0: number; x1: number; a: number } {
  const cBar = 2 * Math.log(meanExcitationGeV / plasmaEnergyGeV) + 1;
  let x0: number;
  let x1: number;
  if (gas) {
    if (cBar < 10) [x0, x1] = [1.6, 4];
    else if (cBar < 10.5) [x0, x1] = [1.7, 4];
    else if (cBar < 11) [x0, x1] = [1.8, 4];
    else if (cBar < 11.5) [x0, x1] = [1.9, 4];
    else if (cBar < 12.25) [x0, x1] = [2.0, 4];
    else if (cBar < 13.804) [x0, x1] = [2.0, 5];
    else [x0, x1] = [0.326 * cBar - 2.5, 5];
  } else if (meanExcitationGeV < 100e-9) {
    x1 = 2;
    x0 = cBar <= 3.681 ? 0.2 : 0.326 * cBar - 1.0;
  } else {
    x1 = 3;
    x0 = cBar <= 5.215 ? 0.2 : 0.326 * cBar - 1.5;
  }
  const a = (cBar - 2 * Math.LN10 * x0) / Math.pow(x1 - x0, 3);
  return { cBar, x0, x1, a };
}

/** The ionization constants of a medium given by density, ⟨Z/A⟩, I and X0. */
export function ionizationMaterial(density: number, zOverA: number, meanExcitationGeV: number, radiationLengthCm: number): IonizationMaterial {
  const plasmaEnergyGeV = 28.816e-9 * Math.sqrt(density * zOverA);
  const sp = sternheimerPeierls(meanExcitationGeV, plasmaEnergyGeV, density < 0.01);
  return Object.freeze({ density, zOverA, kZA: BETHE_K * zOverA, meanExcitationGeV, plasmaEnergyGeV, ...sp, radiationLengthCm });
}

const cache = new WeakMap<SimElement, IonizationMaterial>();

/** The ionization constants of a geometry element with matter (cached per element). */
export function elementIonization(el: SimElement): IonizationMaterial {
  let m = cache.get(el);
  if (!m) {
    m = ionizationMaterial(el.density, el.zOverA, el.meanExcitationGeV, el.radiationLengthCm);
    cache.set(el, m);
  }
  return m;
}

/** Density-effect correction δ(βγ) (Sternheimer form above), βγ > 0. */
export function densityEffect(m: IonizationMaterial, betaGamma: number): number {
  const x = Math.log10(betaGamma);
  if (x < m.x0) return 0;
  const d = 2 * Math.LN10 * x - m.cBar;
  return x < m.x1 ? d + m.a * Math.pow(m.x1 - x, 3) : d;
}
