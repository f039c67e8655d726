/**
 * Per-material tables of the radiative processes of muons — bremsstrahlung, direct e⁺e⁻ pair
 * production, photonuclear interaction (muon-bremsstrahlung.ts, muon-pair-production.ts,
 * muon-photonuclear.ts) — split at the fraction v_cut of the muon energy (Groom, Mokhov,
 * Striganov, ADNDT 78 (2001) 183, §5; the v_cut method of Geant4 and MUM/MMC):
 *  - v < v_cut: a continuous mean loss b_soft(E)·E per g/cm² (fluctuations of the soft part
 *    neglected), b_soft = (N_A/A) Σ ∫₀^{v_cut} v dσ/dv dv;
 *  - v ≥ v_cut: discrete interactions with σ_hard = (N_A/A) ∫_{v_cut}^{v_max} dσ/dv dv per
 *    g/cm², for each process and element of the material (mass fractions w_j: N_A w_j/A_j atoms
 *    per gram).
 * Tabulated on a log grid of muon energy, 1 GeV–100 TeV, 8 points per decade, interpolated
 * linearly in ln E (below 1 GeV radiative losses, < 10⁻³ of ionization, are neglected). The
 * integrals use 8-point Gauss–Legendre panels of unit width in ln v. Built once per material
 * (~10 ms). The full b(E) = b_soft + b_hard per process is kept for checks against the PDG tables.
 */
import { AVOGADRO, ELECTRON_MASS, MUON_MASS, gaussLegendre } from '../../core/index.js';
import type { RandomStream } from '../../core/index.js';
import type { Material } from '../../physics/index.js';
import { bremsstrahlungMaxV, muonBremsstrahlungDsigmaDv } from './muon-bremsstrahlung.js';
import { muonPairDsigmaDv, pairProductionMaxV } from './muon-pair-production.js';
import { PHOTONUCLEAR_MIN_TRANSFER_GEV, muonPhotonuclearDsigmaDv, photonuclearMaxV } from './muon-photonuclear.js';

/** Radiative process codes. */
export const MuonProcess = { Bremsstrahlung: 0, PairProduction: 1, Photonuclear: 2 } as const;
/** Number of radiative processes. */
export const N_MUON_PROCESSES = 3;

const LN_E_MIN = Math.log(1);
const LN_E_MAX = Math.log(1e5);
const PER_DECADE = 8;
const N_E = Math.round(((LN_E_MAX - LN_E_MIN) / Math.LN10) * PER_DECADE) + 1;
const D_LN_E = (LN_E_MAX - LN_E_MIN) / (N_E - 1);
const GL = gaussLegendre(8);

/** dσ/dv [cm²] per atom of process `proc` (see MuonProcess). */
export function muonDsigmaDv(proc: number, energyGeV: number, v: number, Z: number, A: number): number {
  if (proc === MuonProcess.Bremsstrahlung) return muonBremsstrahlungDsigmaDv(MUON_MASS, energyGeV, v, Z, A);
  if (proc === MuonProcess.PairProduction) return muonPairDsigmaDv(MUON_MASS, energyGeV, v, Z);
  return muonPhotonuclearDsigmaDv(MUON_MASS, energyGeV, v, A);
}

/** Lower kinematic limit of v of process `proc` for a muon of energy E (bremsstrahlung: 10⁻⁹, its contribution below is negligible). */
export function muonVMin(proc: number, energyGeV: number): number {
  if (proc === MuonProcess.Bremsstrahlung) return 1e-9;
  if (proc === MuonProcess.PairProduction) return (4 * ELECTRON_MASS) / energyGeV;
  return PHOTONUCLEAR_MIN_TRANSFER_GEV / energyGeV;
}

/** Upper kinematic limit of v of process `proc` for a muon of energy E on charge Z. */
export function muonVMax(proc: number, energyGeV: number, Z: number): number {
  if (proc === MuonProcess.Bremsstrahlung) return bremsstrahlungMaxV(MUON_MASS, energyGeV);
  if (proc === MuonProcess.PairProduction) return pairProductionMaxV(MUON_MASS, energyGeV, Z);
  return photonuclearMaxV(energyGeV);
}

/** ∫ v^k dσ/dv dv over [a, b] (k = 0 or 1) in ln v, Gauss–Legendre panels of width ≤ 1. */
function integrate(proc: number, E: number, Z: number, A: number, a: number, b: number, k: number): number {
  if (!(b > a)) return 0;
  const la = Math.log(a);
  const lb = Math.log(b);
  const n = Math.max(1, Math.ceil(lb - la));
  const h = (lb - la) / n;
  let s = 0;
  for (let p = 0; p < n; p++) {
    for (let i = 0; i < GL.nodes.length; i++) {
      const v = Math.exp(la + h * (p + 0.5 * (GL.nodes[i] + 1)));
      const f = muonDsigmaDv(proc, E, v, Z, A);
      s += 0.5 * h * GL.weights[i] * (k === 1 ? v * v * f : v * f);
    }
  }
  return s;
}

/** Tables of one material at one v_cut. */
export interface MuonRadiativeTables {
  readonly vcut: number;
  /** Elements: Z, A [g/mol], atoms per gram. */
  readonly Z: Float64Array;
  readonly A: Float64Array;
  readonly atomsPerGram: Float64Array;
  /** σ_hard per gram [cm²/g] by (process, element, energy node): index (proc·nEl + el)·N_E + j. */
  readonly sigmaHard: Float64Array;
  /**
   * Bound on the sampling density over [v_cut, v_max] at the node, same index: of v² dσ/dv for
   * pair production (drawn with a 1/v² proposal), of v dσ/dv for the others (1/v proposal).
   */
  readonly densityMax: Float64Array;
  /** Total σ_hard per gram at each node. */
  readonly sigmaHardTotal: Float64Array;
  /** b_soft [cm²/g] at each node (continuous loss b_soft·E per g/cm²). */
  readonly bSoft: Float64Array;
  /** Full b(E) [cm²/g] by (process, node): index proc·N_E + j. */
  readonly bFull: Float64Array;
}

/** Builds the tables of material m for v_cut (0 < v_cut < 1). */
export function buildMuonRadiativeTables(m: Material, vcut: number): MuonRadiativeTables {
  const nEl = m.components.length;
  const Z = Float64Array.from(m.components, (c) => c.element.Z);
  const A = Float64Array.from(m.components, (c) => c.element.A);
  const atomsPerGram = Float64Array.from(m.components, (c) => (AVOGADRO * c.massFraction) / c.element.A);
  const sigmaHard = new Float64Array(N_MUON_PROCESSES * nEl * N_E);
  const densityMax = new Float64Array(N_MUON_PROCESSES * nEl * N_E);
  const sigmaHardTotal = new Float64Array(N_E);
  const bSoft = new Float64Array(N_E);
  const bFull = new Float64Array(N_MUON_PROCESSES * N_E);
  for (let j = 0; j < N_E; j++) {
    const E = Math.exp(LN_E_MIN + j * D_LN_E);
    for (let proc = 0; proc < N_MUON_PROCESSES; proc++) {
      for (let i = 0; i < nEl; i++) {
        const lo = muonVMin(proc, E);
        const hi = muonVMax(proc, E, Z[i]);
        const n = atomsPerGram[i];
        const soft = integrate(proc, E, Z[i], A[i], lo, Math.min(vcut, hi), 1);
        const hardLoss = integrate(proc, E, Z[i], A[i], Math.max(vcut, lo), hi, 1);
        const hard = integrate(proc, E, Z[i], A[i], Math.max(vcut, lo), hi, 0);
        const idx = (proc * nEl + i) * N_E + j;
        sigmaHard[idx] = n * hard;
        sigmaHardTotal[j] += n * hard;
        bSoft[j] += n * soft;
        bFull[proc * N_E + j] += n * (soft + hardLoss);
        // Bound of the density against the proposal by a scan with a 25% margin.
        let mx = 0;
        const a = Math.max(vcut, lo);
        const k2 = proc === MuonProcess.PairProduction ? 2 : 1;
        if (hi > a) {
          for (let k = 0; k <= 32; k++) {
            const v = a * Math.pow(hi / a, k / 32);
            mx = Math.max(mx, Math.pow(v, k2) * muonDsigmaDv(proc, E, v, Z[i], A[i]));
          }
        }
        densityMax[idx] = 1.25 * mx;
      }
    }
  }
  return { vcut, Z, A, atomsPerGram, sigmaHard, densityMax, sigmaHardTotal, bSoft, bFull };
}

/** Position in the energy grid: index j and fraction f (E clamped to the grid); j = −1 below 1 GeV. */
export function energyNode(energyGeV: number): number {
  const r = (Math.log(energyGeV) - LN_E_MIN) / D_LN_E;
  if (r < 0) return -1;
  return r >= N_E - 1 ? N_E - 1.000001 : r;
}

/** Linear interpolation of a per-node array (offset o) at grid position r ≥ 0. */
export function atNode(a: Float64Array, o: number, r: number): number {
  const j = Math.floor(r);
  const f = r - j;
  return a[o + j] + f * (a[o + j + 1] - a[o + j]);
}

/** Number of energy nodes (for offsets into the tables). */
export const MUON_TABLE_NODES = N_E;

/** Full b(E) [cm²/g] of process `proc` at energy E (0 below 1 GeV). */
export function muonB(t: MuonRadiativeTables, proc: number, energyGeV: number): number {
  const r = energyNode(energyGeV);
  return r < 0 ? 0 : atNode(t.bFull, proc * N_E, r);
}

/**
 * Draws v ∈ [v_cut, v_max] of process `proc` on element i from dσ/dv at energy E by rejection:
 * proposal ∝ 1/v² (uniform in 1/v) for pair production, whose spectrum falls about so above
 * v_cut, ∝ 1/v (uniform in ln v) for bremsstrahlung and photonuclear; accepted with the ratio to
 * the bound of the two neighbouring nodes. No allocation.
 */
export function sampleMuonV(t: MuonRadiativeTables, proc: number, i: number, energyGeV: number, rng: RandomStream): number {
  const lo = muonVMin(proc, energyGeV);
  const hi = muonVMax(proc, energyGeV, t.Z[i]);
  const a = Math.max(t.vcut, lo);
  if (!(hi > a)) return a;
  const r = energyNode(energyGeV);
  const o = (proc * t.Z.length + i) * N_E;
  const j = Math.max(0, Math.floor(r));
  const bound = Math.max(t.densityMax[o + j], t.densityMax[o + Math.min(j + 1, N_E - 1)]);
  if (proc === MuonProcess.PairProduction) {
    const ia = 1 / a;
    const span = 1 / hi - ia;
    for (let tries = 0; tries < 10000; tries++) {
      const v = 1 / (ia + span * rng.uniform());
      if (rng.uniform() * bound <= v * v * muonDsigmaDv(proc, energyGeV, v, t.Z[i], t.A[i])) return v;
    }
    return a;
  }
  const la = Math.log(a);
  const span = Math.log(hi) - la;
  for (let tries = 0; tries < 10000; tries++) {
    const v = Math.exp(la + span * rng.uniform());
    if (rng.uniform() * bound <= v * muonDsigmaDv(proc, energyGeV, v, t.Z[i], t.A[i])) return v;
  }
  return a;
}
