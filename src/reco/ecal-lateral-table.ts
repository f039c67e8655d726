/**
 * The expected energy fractions of an electromagnetic shower in the 3 × 3 cells around the
 * cell it hits, as a function of the impact point inside that cell, from the
 * Grindhammer–Peters lateral profile (arXiv:hep-ex/0001020 eqs. 2.11–2.13, implemented in
 * src/sim/em/gp-parameters.ts) averaged over the mean longitudinal profile (eq. 2.3):
 *
 *   f(r) = p·f_C(r) + (1 − p)·f_T(r),  f_i(r) = 2r R_i²/(r² + R_i²)²  (r, R_i in Molière radii),
 *
 * i.e. the 2-D density R²/(π(r² + R²)²) per component. The energy in a rectangle is integrated
 * in y in closed form, ∫dy/(y² + c²)² = y/(2c²(y² + c²)) + atan(y/c)/(2c³), c² = x² + R², and
 * in x by 16-point Gauss–Legendre after x = R·tan φ (smooth integrand). Built once per
 * reconstructor (~0.1 s).
 */
import { gaussLegendre } from '../core/index.js';
import { lateralParameters, meanAlpha, meanShowerMaximum } from '../sim/em/gp-parameters.js';

/** A table of 3 × 3 fractions on a grid of impact points. */
export interface EcalLateralTable {
  /** Grid points per axis (odd); the impact offset u = −pitch/2 + i·step, i = 0 … n − 1. */
  n: number;
  /** Grid step [cm] in x and y. */
  stepX: number;
  stepY: number;
  /** fractions[((iu·n + iv)·9 + (dy + 1)·3 + (dx + 1)] for neighbour (dx, dy) ∈ {−1, 0, 1}². */
  fractions: Float64Array;
}

/** Parameters of {@link ecalLateralTable}. */
export interface EcalLateralOptions {
  pitchXCm: number;
  pitchYCm: number;
  /** Molière radius [cm], critical energy [GeV], effective Z and depth [X0] of the calorimeter. */
  moliereRadiusCm: number;
  criticalEnergyGeV: number;
  zEff: number;
  depthX0: number;
  /** Reference shower energy [GeV] (the beam energy; the shape depends on ln E only weakly). */
  energyGeV: number;
  /** Grid points per axis (17: a step of 0.24 cm for the NA64 ECAL). */
  n?: number;
}

const GL = gaussLegendre(16);

/**
 * Fraction of the 2-D density R²/(π(r² + R²)²) (unit integral over the plane) in
 * [x0, x1] × [y0, y1] [same length unit as R]. Example: the whole plane → 1; a half-plane → ½.
 */
export function lorentzRectangleFraction(R: number, x0: number, x1: number, y0: number, y1: number): number {
  const p0 = Math.atan(x0 / R);
  const p1 = Math.atan(x1 / R);
  const half = 0.5 * (p1 - p0);
  const mid = 0.5 * (p1 + p0);
  const nodes = GL.nodes;
  const weights = GL.weights;
  let s = 0;
  for (let k = 0; k < nodes.length; k++) {
    const phi = mid + half * nodes[k];
    const cos = Math.cos(phi);
    s += weights[k] * stripIntegral(R, R * Math.tan(phi), y0, y1) * (R / (cos * cos));
  }
  return s * half;
}

/** ∫_{y0}^{y1} R²/(π(x² + y² + R²)²) dy in closed form (y0, y1 may be ±Infinity). */
function stripIntegral(R: number, x: number, y0: number, y1: number): number {
  const c2 = x * x + R * R;
  const c = Math.sqrt(c2);
  return ((R * R) / Math.PI) * (primitive(y1, c2, c) - primitive(y0, c2, c));
}

/** y/(2c²(y² + c²)) + atan(y/c)/(2c³), its limit ±π/(4c³) at ±∞. */
function primitive(y: number, c2: number, c: number): number {
  if (!Number.isFinite(y)) return (Math.sign(y) * Math.PI) / (4 * c2 * c);
  return y / (2 * c2 * (y * y + c2)) + Math.atan(y / c) / (2 * c2 * c);
}

/** Builds the fraction table (a few ms). */
export function ecalLateralTable(o: EcalLateralOptions): EcalLateralTable {
  const n = o.n ?? 17;
  const E = o.energyGeV;
  const Tmax = Math.max(0.5, meanShowerMaximum(E, o.criticalEnergyGeV));
  const alpha = Math.max(1.1, meanAlpha(E, o.criticalEnergyGeV, o.zEff));
  const b = (alpha - 1) / Tmax;
  // Depth weights of the mean Gamma profile b^α t^{α−1} e^{−bt}/Γ(α) (GP eq. 2.1), midpoint rule in 2-X0 steps.
  const stepX0 = 2;
  const nt = Math.max(1, Math.ceil(o.depthX0 / stepX0));
  const comps: { R: number; w: number }[] = [];
  const lat = { rc: 0, rt: 0, p: 0 };
  let wsum = 0;
  for (let i = 0; i < nt; i++) {
    const t = (i + 0.5) * stepX0;
    const w = Math.pow(t, alpha - 1) * Math.exp(-b * t);
    lateralParameters(t / Tmax, E, o.zEff, lat);
    comps.push({ R: lat.rc * o.moliereRadiusCm, w: w * lat.p }, { R: lat.rt * o.moliereRadiusCm, w: w * (1 - lat.p) });
    wsum += w;
  }
  const fractions = new Float64Array(n * n * 9);
  const sx = o.pitchXCm / (n - 1);
  const sy = o.pitchYCm / (n - 1);
  for (let iu = 0; iu < n; iu++) {
    const u = -0.5 * o.pitchXCm + iu * sx;
    for (let iv = 0; iv < n; iv++) {
      const v = -0.5 * o.pitchYCm + iv * sy;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          // Cell (dx, dy) spans [(dx − ½)p, (dx + ½)p] around the hit cell's centre; relative to the impact point:
          const x0 = (dx - 0.5) * o.pitchXCm - u;
          const y0 = (dy - 0.5) * o.pitchYCm - v;
          let f = 0;
          for (const c of comps) if (c.w > 0) f += c.w * lorentzRectangleFraction(c.R, x0, x0 + o.pitchXCm, y0, y0 + o.pitchYCm);
          fractions[(iu * n + iv) * 9 + (dy + 1) * 3 + (dx + 1)] = f / wsum;
        }
      }
    }
  }
  return { n, stepX: sx, stepY: sy, fractions };
}
