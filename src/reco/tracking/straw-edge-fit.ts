/**
 * Fit of a sharp edge of a drift-time spectrum smeared by the time resolution: the leading edge
 * of a tube (t0) and, mirrored, the trailing edge (t0 + T).
 *
 * Model near the edge, τ = t − t_edge: the hit density (a₁ + a₂τ)·θ(τ) (linear in τ: exact for
 * the quadratic r(t), where dN/dt ∝ dr/dt) folded with a Gaussian of σ = the time resolution,
 *   μ(t) = b + a₁·Φ(τ/σ) + a₂·[τ·Φ(τ/σ) + σ·φ(τ/σ)],
 * b the flat background per bin (cf. the Fermi-function edge fits of the ATLAS MDT calibration,
 * ATL-MUON-PUB-2008-004). a₁, a₂ by iteratively re-weighted least squares with weights 1/μ (at
 * convergence the Poisson maximum likelihood for a model linear in them: the score equations
 * Σ(n − μ)/μ·∂μ/∂a = 0); t_edge by a scan of the profile deviance D = 2Σ[μ − n + n ln(n/μ)]
 * in steps of 0.05 ns with a parabola through the minimum; its error from the curvature,
 * D(t) = D_min + (t − t̂)²/σ² (PDG RPP 2024, "Statistics", §40.2.2, Δ(−2 ln L) = 1).
 */

const SQRT1_2PI = 1 / Math.sqrt(2 * Math.PI);

function phi(z: number): number {
  return SQRT1_2PI * Math.exp(-0.5 * z * z);
}

/** Φ(z) by erfc (Numerical Recipes in C, 2nd ed., §6.2, erfcc: fractional error < 1.2e-7). */
function Phi(x: number): number {
  const v = -x * Math.SQRT1_2;
  const z = Math.abs(v);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return 0.5 * (v >= 0 ? r : 2 - r);
}

const MAX_FIT_BINS = 512;
const fitT = new Float64Array(MAX_FIT_BINS);
const fitN = new Float64Array(MAX_FIT_BINS);
const fitF1 = new Float64Array(MAX_FIT_BINS);
const fitF2 = new Float64Array(MAX_FIT_BINS);
const gridD = new Float64Array(512);

/**
 * Poisson deviance of the leading-edge model for a trial t0, with a₁, a₂ profiled by IRLS.
 * Bins fitT/fitN[0 … m), width h, background b per bin, resolution s.
 */
function edgeDeviance(m: number, t0: number, s: number, b: number): number {
  for (let i = 0; i < m; i++) {
    const tau = fitT[i] - t0;
    const z = tau / s;
    const P = Phi(z);
    fitF1[i] = P;
    fitF2[i] = tau * P + s * phi(z);
  }
  let a1 = 0;
  let a2 = 0;
  for (let it = 0; it < 5; it++) {
    let A11 = 0;
    let A12 = 0;
    let A22 = 0;
    let r1 = 0;
    let r2 = 0;
    for (let i = 0; i < m; i++) {
      const mu = it === 0 ? Math.max(fitN[i], 1) : Math.max(b + a1 * fitF1[i] + a2 * fitF2[i], 1e-3);
      const w = 1 / mu;
      const y = fitN[i] - b;
      A11 += w * fitF1[i] * fitF1[i];
      A12 += w * fitF1[i] * fitF2[i];
      A22 += w * fitF2[i] * fitF2[i];
      r1 += w * fitF1[i] * y;
      r2 += w * fitF2[i] * y;
    }
    const det = A11 * A22 - A12 * A12;
    if (!(det > 0)) return Infinity;
    a1 = (A22 * r1 - A12 * r2) / det;
    a2 = (A11 * r2 - A12 * r1) / det;
  }
  let D = 0;
  for (let i = 0; i < m; i++) {
    const mu = Math.max(b + a1 * fitF1[i] + a2 * fitF2[i], 1e-9);
    const n = fitN[i];
    D += 2 * (mu - n + (n > 0 ? n * Math.log(n / mu) : 0));
  }
  return D;
}

/**
 * Leading-edge fit of one tube's histogram counts[0 … nBins) (bin width binNs from minNs):
 * [t0, σ(t0)] or null. tGuess [ns]: the edge to within a few ns; s: time resolution [ns]; b:
 * background per bin.
 */
export function fitEdge(counts: Float64Array, nBins: number, minNs: number, binNs: number, tGuess: number, s: number, b: number): [number, number] | null {
  const range = 4;
  const lo = tGuess - range - 5 * s;
  const hi = tGuess + range + 12;
  let m = 0;
  for (let k = 0; k < nBins && m < MAX_FIT_BINS; k++) {
    const t = minNs + (k + 0.5) * binNs;
    if (t < lo || t > hi) continue;
    fitT[m] = t;
    fitN[m] = counts[k];
    m++;
  }
  if (m < 8) return null;
  const step = 0.05;
  const nGrid = Math.round((2 * range) / step) + 1;
  let best = -1;
  for (let g = 0; g < nGrid; g++) {
    gridD[g] = edgeDeviance(m, tGuess - range + g * step, s, b);
    if (best < 0 || gridD[g] < gridD[best]) best = g;
  }
  if (best <= 0 || best >= nGrid - 1) return null;
  // Parabola through the minimum and its neighbours: D = D_min + (t − t̂)²/σ², curvature 2/σ².
  const d0 = gridD[best - 1];
  const d1 = gridD[best];
  const d2 = gridD[best + 1];
  const curv = (d0 - 2 * d1 + d2) / (step * step);
  if (!(curv > 0)) return null;
  const shift = ((d0 - d2) / (2 * (d0 - 2 * d1 + d2))) * step;
  return [tGuess - range + best * step + shift, Math.sqrt(2 / curv)];
}
