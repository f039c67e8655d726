/**
 * Multiple Coulomb scattering through small angles, Gaussian approximation: the width θ0 of the
 * projected angle by the Highland formula as revised by Lynch & Dahl (PDG RPP 2024 §34.3,
 * eq. 34.16; G.R. Lynch, O.I. Dahl, NIM B58 (1991) 6), and the sampling of the two projected
 * angles, optionally with the lateral displacement correlated with the angle (PDG §34.3: for a
 * path x, y_plane = z₁ x θ0/√12 + z₂ x θ0/2 and θ_plane = z₂ θ0 with z₁, z₂ independent
 * standard normal numbers).
 */
import type { RandomStream } from '../../core/index.js';
import type { ParticleState } from '../particle-stack.js';
import { localToGlobal } from './direction-frame.js';

const INV_SQRT12 = 1 / Math.sqrt(12);
const v3 = new Float64Array(3);

/**
 * Width θ0 [rad] of the projected scattering angle (PDG eq. 34.16):
 * θ0 = (13.6 MeV / βcp) |z| √(x/X0) [1 + 0.038 ln(x z²/(X0 β²))],
 * p [GeV], β = v/c, |z| the charge number, x/X0 the thickness in radiation lengths. Accurate to
 * 11% for 10⁻³ < x/X0 < 100 (PDG); below 10⁻³ the bracket is kept (≥ 0.74 at 10⁻³, clamped at 0).
 */
export function highlandTheta0(momentumGeV: number, beta: number, chargeAbs: number, thicknessX0: number): number {
  if (!(thicknessX0 > 0) || chargeAbs === 0) return 0;
  const bracket = 1 + 0.038 * Math.log((thicknessX0 * chargeAbs * chargeAbs) / (beta * beta));
  if (!(bracket > 0)) return 0;
  return ((0.0136 * chargeAbs) / (beta * momentumGeV)) * Math.sqrt(thicknessX0) * bracket;
}

/** tan θ, with θ itself below 10⁻³ rad (relative error θ²/3 < 4×10⁻⁷). */
function tanSmall(theta: number): number {
  return theta < 1e-3 && theta > -1e-3 ? theta : Math.tan(theta);
}

/**
 * Turns p's direction by two independent Gaussian projected angles of width θ0 [rad]: the new
 * direction is (tan θx, tan θy, 1)/norm in p's local frame (exact for any angle). The normal
 * numbers come from the stream's 16-bit quantile table (RandomStream.normalFast: |error| < 10⁻⁴
 * within ±4σ, cut at ±4.4σ, beyond the Gaussian core the Highland width describes). No allocation.
 */
export function scatterDirection(rng: RandomStream, p: ParticleState, theta0: number): void {
  if (!(theta0 > 0)) return;
  const tx = tanSmall(theta0 * rng.normalFast());
  const ty = tanSmall(theta0 * rng.normalFast());
  const n = 1 / Math.sqrt(1 + tx * tx + ty * ty);
  localToGlobal(p.ux, p.uy, p.uz, tx * n, ty * n, n, v3);
  p.ux = v3[0];
  p.uy = v3[1];
  p.uz = v3[2];
}

/**
 * Moves p by a path `stepCm` in matter with scattering of width θ0 over that path: the end point
 * is the straight-line end point plus the correlated lateral displacement (PDG §34.3:
 * y = s θ0 (z₁/√12 + z₂/2), θ = z₂ θ0, per projection), the new direction turned by θ. The time
 * is not changed (the caller knows the speed). Normal numbers as in {@link scatterDirection}.
 * No allocation.
 */
export function scatterStep(rng: RandomStream, p: ParticleState, stepCm: number, theta0: number): void {
  const ux = p.ux;
  const uy = p.uy;
  const uz = p.uz;
  p.x += stepCm * ux;
  p.y += stepCm * uy;
  p.z += stepCm * uz;
  if (!(theta0 > 0)) return;
  const z1x = rng.normalFast();
  const z2x = rng.normalFast();
  const z1y = rng.normalFast();
  const z2y = rng.normalFast();
  const dx = stepCm * theta0 * (z1x * INV_SQRT12 + 0.5 * z2x);
  const dy = stepCm * theta0 * (z1y * INV_SQRT12 + 0.5 * z2y);
  localToGlobal(ux, uy, uz, dx, dy, 0, v3);
  p.x += v3[0];
  p.y += v3[1];
  p.z += v3[2];
  const tx = tanSmall(theta0 * z2x);
  const ty = tanSmall(theta0 * z2y);
  const n = 1 / Math.sqrt(1 + tx * tx + ty * ty);
  localToGlobal(ux, uy, uz, tx * n, ty * n, n, v3);
  p.ux = v3[0];
  p.uy = v3[1];
  p.uz = v3[2];
}
