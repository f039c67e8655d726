/**
 * Bremsstrahlung of muons (or any heavy lepton) on an atom: the differential cross section of
 * S.R. Kelner, R.P. Kokoulin, A.A. Petrukhin, Phys. At. Nucl. 60 (1997) 576 (nuclear and atomic-
 * electron terms with screening and the finite nuclear size), in the form of Groom, Mokhov,
 * Striganov, ADNDT 78 (2001) 183, §4.1, and of the Geant4 Physics Reference Manual, "Muon
 * bremsstrahlung" (G4MuBremsstrahlungModel):
 *   dσ/dv = (16/3) α (r_e m_e/m)² (1/v) Z [Z Φ_n(δ) + Φ_e(δ)] (1 − v + ¾v²),
 *   δ = m² v/(2E(1 − v)),  v = k/E,
 *   Φ_n = ln{ B Z^{−1/3} (m + δ(D′_n √e − 2)) / [D′_n (m_e + δ √e B Z^{−1/3})] } ≥ 0,
 *   Φ_e = ln{ B′ Z^{−2/3} m / [(1 + δ m/(m_e² √e)) (m_e + δ √e B′ Z^{−2/3})] } ≥ 0
 *         for k < E/(1 + m²/(2 m_e E)), else 0,
 * B = 183, B′ = 1429 (hydrogen: 202.4, 446), D_n = 1.54 A^0.27, D′_n = D_n^{1 − 1/Z}.
 * The shape (4/3 − 4v/3 + v²)/v is that of the brief's "radiation-length" spectrum with the
 * muon's screening functions. Kinematic range 0 < v ≤ 1 − m/E.
 */
import { ALPHA, ELECTRON_MASS } from '../../core/index.js';

/** Classical electron radius r_e [cm] (PDG RPP 2024 Table 1.1: 2.817 940 3262 fm). */
export const ELECTRON_RADIUS_CM = 2.8179403262e-13;
const SQRT_E = Math.sqrt(Math.E);

/** Upper kinematic limit of v = k/E: 1 − m/E. */
export function bremsstrahlungMaxV(massGeV: number, energyGeV: number): number {
  return 1 - massGeV / energyGeV;
}

/**
 * dσ/dv [cm²] per atom of charge Z and atomic weight A [g/mol] for a lepton of mass m and total
 * energy E [GeV] radiating the fraction v of its energy. 0 outside (0, 1 − m/E].
 */
export function muonBremsstrahlungDsigmaDv(massGeV: number, energyGeV: number, v: number, Z: number, A: number): number {
  if (!(v > 0) || v > 1 - massGeV / energyGeV) return 0;
  const m = massGeV;
  const E = energyGeV;
  const k = v * E;
  const delta = (m * m * v) / (2 * E * (1 - v));
  const hydrogen = Z < 1.5;
  const B = hydrogen ? 202.4 : 183;
  const B1 = hydrogen ? 446 : 1429;
  const z13 = Math.pow(Z, -1 / 3);
  const dn = 1.54 * Math.pow(A, 0.27);
  const dnp = hydrogen ? dn : Math.pow(dn, 1 - 1 / Z);
  let phiN = Math.log(((B * z13) / (dnp * (ELECTRON_MASS + delta * SQRT_E * B * z13))) * (m + delta * (dnp * SQRT_E - 2)));
  if (phiN < 0) phiN = 0;
  let phiE = 0;
  if (k < E / (1 + (m * m) / (2 * ELECTRON_MASS * E))) {
    const b1z = B1 * z13 * z13;
    phiE = Math.log((b1z * m) / ((1 + (delta * m) / (ELECTRON_MASS * ELECTRON_MASS * SQRT_E)) * (ELECTRON_MASS + delta * SQRT_E * b1z)));
    if (phiE < 0) phiE = 0;
  }
  const re = (ELECTRON_RADIUS_CM * ELECTRON_MASS) / m;
  return ((16 / 3) * ALPHA * re * re * Z * (Z * phiN + phiE) * (1 - v + 0.75 * v * v)) / v;
}
