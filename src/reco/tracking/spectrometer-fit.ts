/**
 * Least-squares fits of straight tracks and of the kink at a spectrometer magnet, from the
 * weighted sums of the hits (so that a track is stored as six numbers and any pair of
 * upstream/downstream tracks is combined without revisiting its hits).
 *
 * Sums of a track with hits (z_i, u_i, σ_i), w_i = 1/σ_i², d_i = z_i − z_ref:
 *   S0 = Σw, Sz = Σw·d, Szz = Σw·d², Su = Σw·u, Szu = Σw·d·u, Suu = Σw·u²   (offsets 0…5).
 * Weighted linear least squares (PDG RPP 2024, "Statistics", §40.2.4, the least-squares
 * estimator θ̂ = (AᵀWA)⁻¹AᵀWy with covariance (AᵀWA)⁻¹ and χ²_min = yᵀWy − θ̂ᵀAᵀWy).
 */

/** Number of sums per track. */
export const TRACK_SUMS = 6;

/** Adds a hit at d = z − z_ref [cm], u [cm], weight w = 1/σ² [cm⁻²] to the sums at s[o …]. */
export function addHit(s: Float64Array, o: number, d: number, u: number, w: number): void {
  s[o] += w;
  s[o + 1] += w * d;
  s[o + 2] += w * d * d;
  s[o + 3] += w * u;
  s[o + 4] += w * d * u;
  s[o + 5] += w * u * u;
}

/**
 * Fits u = a + t·d from the sums at s[o …]; writes out[0] = a [cm], out[1] = t, out[2] = var(a),
 * out[3] = var(t), out[4] = cov(a, t), out[5] = χ². Returns false for a singular system (fewer
 * than two distinct z).
 */
export function fitLine(s: Float64Array, o: number, out: Float64Array): boolean {
  const S0 = s[o];
  const Sz = s[o + 1];
  const Szz = s[o + 2];
  const Su = s[o + 3];
  const Szu = s[o + 4];
  const det = S0 * Szz - Sz * Sz;
  if (!(det > 1e-12 * S0 * Szz)) return false;
  const a = (Szz * Su - Sz * Szu) / det;
  const t = (S0 * Szu - Sz * Su) / det;
  out[0] = a;
  out[1] = t;
  out[2] = Szz / det;
  out[3] = S0 / det;
  out[4] = -Sz / det;
  out[5] = Math.max(s[o + 5] - a * Su - t * Szu, 0);
  return true;
}

/**
 * Sums of a track referred to a new origin: d' = d + c (c = z_ref − z_new). Writes 6 values to
 * out[oo …].
 */
export function shiftSums(s: Float64Array, o: number, c: number, out: Float64Array, oo: number): void {
  const S0 = s[o];
  const Sz = s[o + 1];
  const Su = s[o + 3];
  out[oo] = S0;
  out[oo + 1] = Sz + c * S0;
  out[oo + 2] = s[o + 2] + 2 * c * Sz + c * c * S0;
  out[oo + 3] = Su;
  out[oo + 4] = s[o + 4] + c * Su;
  out[oo + 5] = s[o + 5];
}

const sh = new Float64Array(12);

/**
 * The kink fit of a spectrometer: one trajectory made of two straight lines that meet at the
 * bending plane z_b, u = x_b + t_up·(z − z_b) upstream and u = x_b + t_down·(z − z_b)
 * downstream (the thin-lens model of the magnets, see tracking-layout.ts), fitted to the hits of
 * an upstream and a downstream track at once (three parameters; the constraint that the lines
 * meet adds one degree of freedom and pins the upstream angle with the downstream arm's
 * extrapolation). up/down: sums at up[uo …], down[dOff …]; cu = z_ref,up − z_b, cd =
 * z_ref,down − z_b. out[0] = x_b, out[1] = t_up, out[2] = t_down, out[3] = var(t_down − t_up),
 * out[4] = χ². Returns false if singular.
 */
export function kinkFit(up: Float64Array, uo: number, cu: number, down: Float64Array, dOff: number, cd: number, out: Float64Array): boolean {
  shiftSums(up, uo, cu, sh, 0);
  shiftSums(down, dOff, cd, sh, 6);
  // Normal matrix N = [[U0 + D0, Uz, Dz], [Uz, Uzz, 0], [Dz, 0, Dzz]], right side b.
  const n00 = sh[0] + sh[6];
  const n01 = sh[1];
  const n02 = sh[7];
  const n11 = sh[2];
  const n22 = sh[8];
  const b0 = sh[3] + sh[9];
  const b1 = sh[4];
  const b2 = sh[10];
  // Inverse of the symmetric 3×3 by cofactors (n12 = 0).
  const c00 = n11 * n22;
  const c01 = -n01 * n22;
  const c02 = -n02 * n11;
  const c11 = n00 * n22 - n02 * n02;
  const c12 = n01 * n02;
  const c22 = n00 * n11 - n01 * n01;
  const det = n00 * c00 + n01 * c01 + n02 * c02;
  if (!(det > 0) || !(n11 > 0) || !(n22 > 0)) return false;
  const inv = 1 / det;
  const x = (c00 * b0 + c01 * b1 + c02 * b2) * inv;
  const tu = (c01 * b0 + c11 * b1 + c12 * b2) * inv;
  const td = (c02 * b0 + c12 * b1 + c22 * b2) * inv;
  out[0] = x;
  out[1] = tu;
  out[2] = td;
  out[3] = (c11 + c22 - 2 * c12) * inv;
  out[4] = Math.max(sh[5] + sh[11] - (x * b0 + tu * b1 + td * b2), 0);
  return true;
}

const lu = new Float64Array(6);
const ld = new Float64Array(6);

/**
 * The two-arm fit: independent straight lines upstream and downstream (each referred to its
 * own z_ref), the bending angle Δt = t_down − t_up with var(Δt) = var(t_up) + var(t_down), and
 * the χ² of both lines plus the mismatch of their extrapolations at the bending plane
 * ((u_down(z_b) − u_up(z_b))² over its variance). Same arguments and outputs as
 * {@link kinkFit} (out[0] = the mean of the two extrapolations at z_b).
 */
export function armsFit(up: Float64Array, uo: number, cu: number, down: Float64Array, dOff: number, cd: number, out: Float64Array): boolean {
  if (!fitLine(up, uo, lu) || !fitLine(down, dOff, ld)) return false;
  // Extrapolation to z_b: d = z_b − z_ref = −c.
  const xu = lu[0] - cu * lu[1];
  const xd = ld[0] - cd * ld[1];
  const vu = lu[2] - 2 * cu * lu[4] + cu * cu * lu[3];
  const vd = ld[2] - 2 * cd * ld[4] + cd * cd * ld[3];
  out[0] = 0.5 * (xu + xd);
  out[1] = lu[1];
  out[2] = ld[1];
  out[3] = lu[3] + ld[3];
  out[4] = lu[5] + ld[5] + ((xd - xu) * (xd - xu)) / (vu + vd);
  return true;
}
