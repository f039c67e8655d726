/**
 * Momentum from the bending angle in a dipole spectrometer, and the multiple-scattering term
 * of its error.
 */
import { highlandTheta0 } from '../../sim/passive/multiple-scattering.js';
import type { Spectrometer, TrackingLayout } from './tracking-layout.js';

/** p [GeV] = 0.299792458 · B [T] · ρ [m] for unit charge (PDG RPP 2024, "Kinematics"/"Passage of particles through matter", the Lorentz force). */
export const GEV_PER_TESLA_METRE = 0.299792458;

/**
 * Momentum [GeV] of a particle of charge `charge` (±1) that enters a dipole field region with
 * the slope tUp = dx/dz and leaves it with tDown, for ∫B·dl = fieldIntegralTm [T·m] with B along
 * +y (the convention of the setup schema: ∫B·dl > 0 bends negative charges towards +x).
 *
 * In a field B ŷ the Lorentz force changes p_x by −q·0.2998·∫B dz exactly (dp_x/dz = −q·0.2998·B
 * for p in GeV, B in T, z in m), so with sin θ = t/√(1 + t²) the direction's x-component,
 *
 *   p = −q · 0.2998 · ∫B·dl / (sin θ_down − sin θ_up)
 *
 * — for small angles the textbook p = 0.3·∫B·dl/Δθ (PDG RPP 2024, "Passage of particles through
 * matter"; the NA64 tagging spectrometer: D. Banerjee et al., Phys. Rev. D 97 (2018) 072002,
 * arXiv:1710.00971, §II). The y-slope is neglected (it enters as 1 − O(t_y²), ~10⁻⁸ in NA64).
 * A particle of the opposite charge gets a negative momentum.
 */
export function momentumFromSlopes(tUp: number, tDown: number, fieldIntegralTm: number, charge: number): number {
  const d = tDown / Math.sqrt(1 + tDown * tDown) - tUp / Math.sqrt(1 + tUp * tUp);
  return (-charge * GEV_PER_TESLA_METRE * fieldIntegralTm) / d;
}

/** How the bending angle is measured: 'kink' (one three-parameter fit, default) or 'arms' (two independent lines). */
export type MomentumMethod = 'kink' | 'arms';

/**
 * Multiple-scattering term of the bending-angle error of a spectrometer: K [GeV·rad] such that
 * σ_Δθ(MS) = K/p for a singly charged particle with β ≈ 1.
 *
 * Every scatterer s (tracker planes, counters, …) between the first upstream and the last
 * downstream plane of the x view deflects the track by an angle of r.m.s. θ0_s (Highland, PDG
 * RPP 2024 eq. 34.16), which moves every later hit i by δ·(z_i − z_s). The fitted Δθ is linear in
 * the hits, Δθ̂ = Σ L_i u_i, so the deflection shifts it by δ·Σ_i L_i (z_i − z_s)⁺ while the
 * magnetic bend is unchanged; the variances of independent scatterers add:
 *
 *   K² = Σ_s [θ0_s(1 GeV) · Σ_i L_i (z_i − z_s)⁺]².
 *
 * L is computed with a hit in every x plane (weights 1/resolutionCm²). This is the exact linear
 * propagation for the geometry at hand (the analogue, for a spectrometer whose arms are outside
 * the field, of the multiple-scattering term of Gluckstern's formula: R.L. Gluckstern, Nucl.
 * Instrum. Meth. 24 (1963) 381).
 */
export function scatteringTerm(L: TrackingLayout, spec: Spectrometer, method: MomentumMethod): number {
  const z: number[] = [];
  const w: number[] = [];
  const isDown: number[] = [];
  for (const a of [spec.upArm, spec.downArm]) {
    for (let p = L.armPlaneStart[a]; p < L.armPlaneStart[a + 1]; p++) {
      if (L.planeView[p] !== 0) continue;
      z.push(L.planeZ[p]);
      w.push(1 / (L.planeResolution[p] * L.planeResolution[p]));
      isDown.push(a === spec.downArm ? 1 : 0);
    }
  }
  const n = z.length;
  const coef = new Float64Array(n);
  const zb = spec.zBendCm;
  if (method === 'kink') {
    let n00 = 0;
    let n01 = 0;
    let n02 = 0;
    let n11 = 0;
    let n22 = 0;
    for (let i = 0; i < n; i++) {
      const d = z[i] - zb;
      n00 += w[i];
      if (isDown[i]) {
        n02 += w[i] * d;
        n22 += w[i] * d * d;
      } else {
        n01 += w[i] * d;
        n11 += w[i] * d * d;
      }
    }
    const c00 = n11 * n22;
    const c01 = -n01 * n22;
    const c02 = -n02 * n11;
    const c11 = n00 * n22 - n02 * n02;
    const c12 = n01 * n02;
    const c22 = n00 * n11 - n01 * n01;
    const det = n00 * c00 + n01 * c01 + n02 * c02;
    // Row of (N⁻¹) for Δ = t_down − t_up times the design row of hit i, times w_i.
    const r0 = (c02 - c01) / det;
    const r1 = (c12 - c11) / det;
    const r2 = (c22 - c12) / det;
    for (let i = 0; i < n; i++) {
      const d = z[i] - zb;
      coef[i] = w[i] * (r0 + (isDown[i] ? r2 * d : r1 * d));
    }
  } else {
    for (const down of [0, 1]) {
      let s0 = 0;
      let sz = 0;
      for (let i = 0; i < n; i++) {
        if (isDown[i] !== down) continue;
        s0 += w[i];
        sz += w[i] * z[i];
      }
      const zm = sz / s0;
      let szz = 0;
      for (let i = 0; i < n; i++) if (isDown[i] === down) szz += w[i] * (z[i] - zm) * (z[i] - zm);
      for (let i = 0; i < n; i++) if (isDown[i] === down) coef[i] = ((down ? 1 : -1) * w[i] * (z[i] - zm)) / szz;
    }
  }
  const zFirst = Math.min(...z);
  const zLast = Math.max(...z);
  let k2 = 0;
  for (let s = 0; s < L.scatterZ.length; s++) {
    const zs = L.scatterZ[s];
    if (zs < zFirst || zs >= zLast) continue;
    let r = 0;
    for (let i = 0; i < n; i++) if (z[i] > zs) r += coef[i] * (z[i] - zs);
    const t0 = highlandTheta0(1, 1, 1, L.scatterX0[s]);
    k2 += t0 * t0 * r * r;
  }
  return Math.sqrt(k2);
}
