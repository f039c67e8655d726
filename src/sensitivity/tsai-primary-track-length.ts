/**
 * Track length of the primary electron (or positron) as it degrades in a thick target.
 *
 * The Bethe–Heitler energy-loss law (H. Bethe, W. Heitler, Proc. R. Soc. A 146 (1934) 83) in
 * the form of Y.-S. Tsai & V. Whitis, Phys. Rev. 149 (1966) 1248, used by BEST
 * (arXiv:0906.0580, Sec. III, their function I_e): after t radiation lengths the primary of
 * energy E0 has energy E with density
 *   I_e(E0, E, t) = (1/E0) [ln(E0/E)]^{bt − 1}/Γ(bt),  b = 4/3,
 * i.e. y = ln(E0/E) is Gamma(bt, 1) distributed (the Bethe–Heitler energy-loss law). The path
 * length spent above energy E in a target of thickness T is therefore
 *   G(E) = X0 ∫₀^T dt P(bt, ln(E0/E)),
 * with P the regularized lower incomplete gamma function (stdlib gammainc).
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import { EmissError, integrate } from '../core/index.js';

/** Tsai's b = 4/3 (radiation-length definition of the mean energy loss). */
export const TSAI_B = 4 / 3;

/**
 * Path length [X0] the primary spends above energy E in a target of `thicknessX0` X0:
 * ∫₀^T P(bt, ln(E0/E)) dt. Equal to T for E ≤ 0 and to 0 for E ≥ E0.
 */
export function tsaiPrimaryLengthAbove(beamEnergyGeV: number, energyGeV: number, thicknessX0: number): number {
  if (!(thicknessX0 > 0)) throw new EmissError('BAD_OPTION', 'thicknessX0', `${thicknessX0} must be > 0`, '> 0');
  if (energyGeV >= beamEnergyGeV) return 0;
  const y = Math.log(beamEnergyGeV / energyGeV);
  // P(bt, y) ≈ 0 once bt ≫ y: stop the integral where the Gamma(bt) mean exceeds y by 40 σ.
  const tStop = Math.min(thicknessX0, (y + 40 * Math.sqrt(y + 1) + 40) / TSAI_B);
  return integrate((t) => (t > 0 ? gammainc(y, TSAI_B * t) : 1), 0, tStop, { relTol: 1e-9, absTol: 1e-12 });
}
