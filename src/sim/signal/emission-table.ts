/**
 * Tables for emitting the new boson X along lepton tracks in one element: the emission rate
 * r(E) = Σ_j n_j σ_j(E; E_X > E_thr) [1/cm at ε = 1] at a grid of lepton energies, and, per grid
 * energy, the cumulative distributions of the energy fraction x (in u = −ln(1 − x)) and of the
 * emission angle (in w, θ² = θ_c² w/(1 − w), at 8 values of x) from the physics core's
 * exact-tree-level cross sections (src/physics/production). Built once per run and element.
 */
import { ELECTRON_MASS } from '../../core/index.js';
import { atomDensities, bremsKernel } from '../../physics/index.js';
import type { BremsMethod, MediatorKind } from '../../physics/index.js';
import type { SimElement } from '../sim-geometry.js';

/** How the boson is produced. */
export interface EmissionSpec {
  massGeV: number;
  mediator: MediatorKind;
  method: BremsMethod;
  /** Lower bound on the boson energy [GeV]. */
  minEnergyGeV: number;
  /** Highest lepton energy to tabulate [GeV] (beam energy with margin). */
  maxLeptonEnergyGeV: number;
  leptonMassGeV: number;
}

const NE = 20;
const NU = 48;
const NX_ANG = 8;
const NW = 24;

/** The tables of one element. */
export interface EmissionTable {
  /** ln E grid [GeV] and rate [1/cm] (ε = 1). */
  lnE: Float64Array;
  rate: Float64Array;
  /** Per energy node: u grid (NU) and normalized CDF (NU). */
  u: Float64Array;
  cdfU: Float64Array;
  /** Per energy node: the NX_ANG x values for angles, θ_c², and CDF over w (NW) at each. */
  xAng: Float64Array;
  thc2: Float64Array;
  wGrid: Float64Array;
  cdfW: Float64Array;
  eMin: number;
  eMax: number;
}

/** Builds the emission tables of element el (its material's elements weighted by atom density). */
export function buildEmissionTable(el: SimElement, spec: EmissionSpec): EmissionTable {
  if (!el.material) throw new Error(`emission table: element ${el.name} has no matter`);
  const atoms = atomDensities(el.material);
  const eMin = (spec.minEnergyGeV + spec.massGeV + spec.leptonMassGeV) * 1.001;
  const eMax = spec.maxLeptonEnergyGeV;
  const lnE = new Float64Array(NE);
  const rate = new Float64Array(NE);
  const u = new Float64Array(NE * NU);
  const cdfU = new Float64Array(NE * NU);
  const xAng = new Float64Array(NE * NX_ANG);
  const thc2 = new Float64Array(NE * NX_ANG);
  const wGrid = new Float64Array(NW);
  const cdfW = new Float64Array(NE * NX_ANG * NW);
  for (let k = 0; k < NW; k++) wGrid[k] = (k + 0.5) / NW;
  const M = spec.massGeV;
  const m = spec.leptonMassGeV;
  for (let i = 0; i < NE; i++) {
    const E = eMin * Math.pow(eMax / eMin, i / (NE - 1));
    lnE[i] = Math.log(E);
    const kernels = atoms.map((a) =>
      bremsKernel({
        method: spec.method,
        beamEnergyGeV: E,
        massGeV: M,
        target: a.element,
        mediator: spec.mediator,
        leptonMassGeV: m,
        minEnergyGeV: Math.min(spec.minEnergyGeV, E - m - 1e-9),
        precision: 'fast',
      }),
    );
    let r = 0;
    kernels.forEach((kern, j) => (r += atoms[j].atomsPerCm3 * kern.total() * 1e-36));
    rate[i] = r;
    // x distribution in u = −ln(1 − x), from x_thr to the kinematic limit.
    const u0 = -Math.log1p(-Math.max(spec.minEnergyGeV, M) / E);
    const u1 = -Math.log(m / E);
    let cum = 0;
    let prev = 0;
    for (let k = 0; k < NU; k++) {
      const uu = u0 + ((u1 - u0) * k) / (NU - 1);
      const x = 1 - Math.exp(-uu);
      let f = 0;
      kernels.forEach((kern, j) => (f += atoms[j].atomsPerCm3 * kern.dsigmaDx(x)));
      f *= 1 - x;
      if (k > 0) cum += 0.5 * (f + prev) * ((u1 - u0) / (NU - 1));
      prev = f;
      u[i * NU + k] = uu;
      cdfU[i * NU + k] = cum;
    }
    for (let k = 0; k < NU; k++) cdfU[i * NU + k] = cum > 0 ? cdfU[i * NU + k] / cum : k / (NU - 1);
    // Angles at NX_ANG values of x spread over the x distribution's quantiles.
    for (let a = 0; a < NX_ANG; a++) {
      const q = (a + 0.5) / NX_ANG;
      const x = 1 - Math.exp(-invertCdf(u, i * NU, cdfU, i * NU, NU, q));
      xAng[i * NX_ANG + a] = x;
      const tc2 = ((M * M * (1 - x)) / x + m * m * x) / (E * E * x);
      thc2[i * NX_ANG + a] = tc2;
      let c = 0;
      let pv = 0;
      for (let k = 0; k < NW; k++) {
        const w = wGrid[k];
        const th = Math.sqrt((tc2 * w) / (1 - w));
        let f = 0;
        kernels.forEach((kern, j) => (f += atoms[j].atomsPerCm3 * kern.dsigmaDxDcos(x, th)));
        // dcosθ = (sinθ/θ) dθ²/2, dθ² = θ_c² dw/(1 − w)².
        f *= ((th > 0 ? Math.sin(th) / th : 1) * 0.5 * tc2) / ((1 - w) * (1 - w));
        c += k === 0 ? f * wGrid[0] : 0.5 * (f + pv) * (wGrid[k] - wGrid[k - 1]);
        pv = f;
        cdfW[(i * NX_ANG + a) * NW + k] = c;
      }
      for (let k = 0; k < NW; k++) cdfW[(i * NX_ANG + a) * NW + k] = c > 0 ? cdfW[(i * NX_ANG + a) * NW + k] / c : (k + 1) / NW;
    }
  }
  return { lnE, rate, u, cdfU, xAng, thc2, wGrid, cdfW, eMin, eMax };
}

/** Inverse of a tabulated, increasing CDF: grid g[go..go+n), CDF cdf[co..co+n), at q, linear. */
function invertCdf(g: Float64Array, go: number, cdf: Float64Array, co: number, n: number, q: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (cdf[co + mid] < q) lo = mid;
    else hi = mid;
  }
  const c0 = cdf[co + lo];
  const c1 = cdf[co + hi];
  if (lo === 0 && q <= c0) return c0 > 0 ? g[go] * (q / c0) : g[go];
  const f = c1 > c0 ? (q - c0) / (c1 - c0) : 0;
  return g[go + lo] + f * (g[go + hi] - g[go + lo]);
}

/** Emission rate [1/cm] at lepton energy E (linear in ln E; 0 below the table). */
export function emissionRate(t: EmissionTable, E: number): number {
  if (!(E > t.eMin)) return 0;
  const f = ((Math.log(E) - t.lnE[0]) / (t.lnE[NE - 1] - t.lnE[0])) * (NE - 1);
  if (f >= NE - 1) return t.rate[NE - 1];
  const i = Math.floor(f);
  return t.rate[i] + (f - i) * (t.rate[i + 1] - t.rate[i]);
}

/** Samples x = E_X/E and θ [rad] at lepton energy E from the nearest tabulated energy. */
export function sampleEmission(t: EmissionTable, E: number, uniform: () => number, out: { x: number; theta: number }): void {
  let i = Math.round(((Math.log(E) - t.lnE[0]) / (t.lnE[NE - 1] - t.lnE[0])) * (NE - 1));
  if (i < 0) i = 0;
  else if (i > NE - 1) i = NE - 1;
  const uu = invertCdf(t.u, i * NU, t.cdfU, i * NU, NU, uniform());
  const x = 1 - Math.exp(-uu);
  // Angle from the table at the nearest of the NX_ANG x values.
  let a = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < NX_ANG; k++) {
    const d = Math.abs(t.xAng[i * NX_ANG + k] - x);
    if (d < best) {
      best = d;
      a = k;
    }
  }
  const w = invertCdf(t.wGrid, 0, t.cdfW, (i * NX_ANG + a) * NW, NW, uniform());
  const tc2 = t.thc2[i * NX_ANG + a];
  out.x = x;
  out.theta = Math.sqrt((tc2 * w) / (1 - w));
}

/** The electron mass, for callers that build specs for electron beams. */
export const ELECTRON = ELECTRON_MASS;
