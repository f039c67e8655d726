/**
 * Inelastic (photonuclear) interaction of muons with nuclei through a virtual photon, μA → μX:
 * the differential cross section in the energy transfer ε = vE of L.B. Bezrukov and E.V. Bugaev
 * in the approximation of V.V. Borog and A.A. Petrukhin (Proc. 14th ICCR, Munich, 6 (1975) 1949)
 * as coded by R.P. Kokoulin (Geant4 Physics Reference Manual, "Muon photonuclear interaction";
 * G4KokoulinMuonNuclearXS), the model behind the photonuclear column of the PDG muon tables up
 * to Groom et al.'s refinements (ADNDT 78 (2001) 183, §4.3):
 *   dσ/dε = (α/π) (A_eff σ_γN(ε)/ε) { −(1 − v) + [1 − v + ½v²(1 + 2m²/Λ²)] ln[ U / D ] },
 *   U = (E²(1 − v)/m²)(1 + m²v²/(Λ²(1 − v))),  D = 1 + (ε/Λ)(1 + Λ/(2M_p) + ε/Λ),
 *   σ_γN(ε) = 49.2 + 11.1 ln(ε/GeV) + 151.8/√(ε/GeV) µb,  A_eff = 0.22 A + 0.78 A^0.89,
 * Λ² = 0.4 GeV², M_p the proton mass; valid for 0.2 GeV < ε < E − M_p/2.
 */
import { ALPHA, PROTON_MASS } from '../../core/index.js';

const LAMBDA2 = 0.4;
const LAMBDA = Math.sqrt(LAMBDA2);
/** Lowest energy transfer of the model [GeV]. */
export const PHOTONUCLEAR_MIN_TRANSFER_GEV = 0.2;

/** Upper kinematic limit of v: 1 − M_p/(2E). */
export function photonuclearMaxV(energyGeV: number): number {
  return 1 - (0.5 * PROTON_MASS) / energyGeV;
}

/**
 * dσ/dv [cm²] per nucleus of atomic weight A [g/mol] (≈ mass number) for a lepton of mass m and
 * total energy E [GeV] transferring the fraction v. 0 outside 0.2 GeV < vE < E − M_p/2.
 */
export function muonPhotonuclearDsigmaDv(massGeV: number, energyGeV: number, v: number, A: number): number {
  const E = energyGeV;
  const eps = v * E;
  if (!(eps > PHOTONUCLEAR_MIN_TRANSFER_GEV) || eps >= E - 0.5 * PROTON_MASS) return 0;
  const aEff = 0.22 * A + 0.78 * Math.pow(A, 0.89);
  const sigmaGammaN = (49.2 + 11.1 * Math.log(eps) + 151.8 / Math.sqrt(eps)) * 1e-30; // µb → cm²
  const m2 = massGeV * massGeV;
  const v1 = 1 - v;
  const up = ((E * E * v1) / m2) * (1 + (m2 * v * v) / (LAMBDA2 * v1));
  const down = 1 + (eps / LAMBDA) * (1 + LAMBDA / (2 * PROTON_MASS) + eps / LAMBDA);
  const d = (ALPHA / Math.PI) * aEff * sigmaGammaN * (-v1 + (v1 + 0.5 * v * v * (1 + (2 * m2) / LAMBDA2)) * Math.log(up / down));
  // dσ/dε · E = dσ/dv; the 1/ε of dσ/dε times E is 1/v.
  return d > 0 ? d / v : 0;
}
