/**
 * Atomic and nuclear form factors of a target atom for photon exchange with momentum
 * transfer squared T = −t > 0 [GeV²]: G₂(T) = G₂,el(T) + G₂,inel(T), the squared form factor
 * (including Z²) that multiplies the point-charge Coulomb cross section.
 *
 * Source: Y.-S. Tsai, Rev. Mod. Phys. 46 (1974) 815; in the form of J.D. Bjorken, R. Essig,
 * P. Schuster, N. Toro, PRD 80 (2009) 075018, arXiv:0906.0580, App. A, eqs. (A18)–(A19):
 *   G₂,el   = Z² [a²T/(1 + a²T)]² [1/(1 + T/d)]²,        a = 111 Z^(−1/3)/mₑ, d = 0.164 A^(−2/3) GeV²
 *   G₂,inel = Z  [a′²T/(1 + a′²T)]² [(1 + T(μₚ² − 1)/(4mₚ²))/(1 + T/0.71 GeV²)⁴]²,  a′ = 773 Z^(−2/3)/mₑ
 * The first factor of each is atomic screening (Thomas–Fermi, elastic; Tsai's inelastic atomic
 * term), the second the nuclear size (elastic) or the proton's dipole form factor (inelastic).
 */
import { ELECTRON_MASS, PROTON_MAGNETIC_MOMENT, PROTON_MASS } from '../../core/index.js';

/** A target nucleus: atomic number Z and atomic mass A [g/mol] (≈ nucleon number). */
export interface NuclearTarget {
  readonly Z: number;
  readonly A: number;
}

/** Which terms of the form factor to include. */
export type FormFactorModel = 'elastic' | 'elastic+inelastic';

/** All form-factor model names, for validation and help texts. */
export const FORM_FACTOR_MODELS: readonly FormFactorModel[] = ['elastic', 'elastic+inelastic'];

/** Screening parameter a² [GeV⁻²] of the elastic atomic form factor, a = 111 Z^(−1/3)/mₑ (BEST eq. A18). */
export function elasticScreening2(Z: number): number {
  const a = (111 * Math.cbrt(1 / Z)) / ELECTRON_MASS;
  return a * a;
}

/** Nuclear-size parameter d = 0.164 A^(−2/3) GeV² of the elastic form factor (BEST eq. A18). */
export function nuclearSizeParameter(A: number): number {
  return 0.164 * Math.pow(A, -2 / 3);
}

/** Screening parameter a′² [GeV⁻²] of the inelastic atomic form factor, a′ = 773 Z^(−2/3)/mₑ (BEST eq. A19). */
export function inelasticScreening2(Z: number): number {
  const a = (773 * Math.pow(Z, -2 / 3)) / ELECTRON_MASS;
  return a * a;
}

/** Elastic G₂,el(T) (screened atom × nuclear size), dimensionless; T = −t [GeV²] ≥ 0. BEST eq. (A18). */
export function elasticFormFactor2(T: number, target: NuclearTarget): number {
  const a2T = elasticScreening2(target.Z) * T;
  const screen = a2T / (1 + a2T);
  const nucleus = 1 / (1 + T / nuclearSizeParameter(target.A));
  return target.Z * target.Z * screen * screen * nucleus * nucleus;
}

// (μₚ² − 1)/(4 mₚ²) [GeV⁻²] of the proton's Sachs-type factor in BEST eq. (A19).
const PROTON_FACTOR = (PROTON_MAGNETIC_MOMENT * PROTON_MAGNETIC_MOMENT - 1) / (4 * PROTON_MASS * PROTON_MASS);

/** Inelastic G₂,inel(T) (scattering off the Z atomic electrons / quasi-free protons), dimensionless. BEST eq. (A19). */
export function inelasticFormFactor2(T: number, target: NuclearTarget): number {
  const a2T = inelasticScreening2(target.Z) * T;
  const screen = a2T / (1 + a2T);
  const dipole = 1 / (1 + T / 0.71);
  const d2 = dipole * dipole;
  const proton = (1 + T * PROTON_FACTOR) * d2 * d2;
  return target.Z * screen * screen * proton * proton;
}

/**
 * Inelastic scattering off the Z atomic electrons alone (Tsai's inelastic atomic form factor,
 * RMP 46 (1974) 815, §III.B): Z [a′²T/(1 + a′²T)]². The target is an electron (recoil mass mₑ).
 */
export function atomicInelasticFormFactor2(T: number, target: NuclearTarget): number {
  const a2T = inelasticScreening2(target.Z) * T;
  const screen = a2T / (1 + a2T);
  return target.Z * screen * screen;
}

/**
 * Fermi momentum p_F [GeV] of the nucleons in a nucleus of mass number A, from quasi-elastic
 * electron scattering (E.J. Moniz et al., PRL 26 (1971) 445, Table I: ⁶Li 169, ¹²C 221,
 * ²⁴Mg 235, ⁴⁰Ca 251, ⁵⁸Ni 260, ⁸⁹Y 254, ¹¹⁹Sn 260, ¹⁸¹Ta 265, ²⁰⁸Pb 265 MeV/c), interpolated in A.
 */
export function fermiMomentum(A: number): number {
  const table: [number, number][] = [[6, 0.169], [12, 0.221], [24, 0.235], [40, 0.251], [58, 0.26], [89, 0.254], [119, 0.26], [181, 0.265], [208, 0.265]];
  if (A <= table[0][0]) return table[0][1];
  for (let i = 1; i < table.length; i++) {
    if (A <= table[i][0]) {
      const [a0, p0] = table[i - 1];
      const [a1, p1] = table[i];
      return p0 + ((p1 - p0) * (A - a0)) / (a1 - a0);
    }
  }
  return table[table.length - 1][1];
}

/**
 * Quasi-elastic scattering off the Z protons of the nucleus, one at a time (the target is a
 * proton, recoil mass mₚ): Z G_p(T)² times the Pauli suppression of a Fermi gas,
 *   S(|q|) = (3|q|/4p_F)(1 − |q|²/12p_F²) for |q| < 2p_F, else 1
 * (Tsai, RMP 46 (1974) 815, §III.B; the proton's dipole factor as in BEST eq. (A19)).
 * |q| [GeV] is the three-momentum transfer in the target rest frame.
 */
export function quasiElasticFormFactor2(T: number, q: number, target: NuclearTarget): number {
  const dipole = 1 / (1 + T / 0.71);
  const d2 = dipole * dipole;
  const proton = (1 + T * PROTON_FACTOR) * d2 * d2;
  const pF = fermiMomentum(target.A);
  const pauli = q >= 2 * pF ? 1 : ((3 * q) / (4 * pF)) * (1 - (q * q) / (12 * pF * pF));
  return target.Z * proton * proton * pauli;
}

/** G₂(T) for the chosen model (default elastic + inelastic), dimensionless. */
export function formFactor2(T: number, target: NuclearTarget, model: FormFactorModel = 'elastic+inelastic'): number {
  const el = elasticFormFactor2(T, target);
  return model === 'elastic' ? el : el + inelasticFormFactor2(T, target);
}

/**
 * Fast evaluators of the three scattering terms for one target, with their parameters
 * precomputed (the hot loops of the exact-tree-level cross section call them millions of
 * times): `elastic(T)`, `atomicInelastic(T)` and `quasiElastic(T, |q|)`, as the functions above.
 */
export function formFactorEvaluators(target: NuclearTarget): {
  elastic: (T: number) => number;
  atomicInelastic: (T: number) => number;
  quasiElastic: (T: number, q: number) => number;
} {
  const Z = target.Z;
  const Z2 = Z * Z;
  const a2 = elasticScreening2(Z);
  const invD = 1 / nuclearSizeParameter(target.A);
  const ai2 = inelasticScreening2(Z);
  const pF = fermiMomentum(target.A);
  const twoPF = 2 * pF;
  return {
    elastic: (T) => {
      const x = a2 * T;
      const s = x / (1 + x);
      const n = 1 / (1 + T * invD);
      return Z2 * s * s * n * n;
    },
    atomicInelastic: (T) => {
      const y = ai2 * T;
      const s = y / (1 + y);
      return Z * s * s;
    },
    quasiElastic: (T, q) => {
      const dp = 1 / (1 + T / 0.71);
      const d2 = dp * dp;
      const pr = (1 + T * PROTON_FACTOR) * d2 * d2;
      const pauli = q >= twoPF ? 1 : ((3 * q) / (4 * pF)) * (1 - (q * q) / (12 * pF * pF));
      return Z * pr * pr * pauli;
    },
  };
}
