/**
 * The ECAL shower centre and its lateral-shape χ²: the impact point inside the most energetic
 * cell is the one whose expected 3 × 3 energy fractions (Grindhammer–Peters lateral profile,
 * ecal-lateral-table.ts) best match the measured cells,
 *
 *   χ²(u, v) = Σ_{3×3 cells in the matrix} (E_ij − f_ij(u, v)·E)² / σ_ij²,
 *   σ_ij² = (a² + q)·f_ij·E + σ_noise² + (c·f_ij·E)²,
 *
 * E the total ECAL energy, a the setup's sampling term (per-cell sampling fluctuations,
 * Fabjan & Gianotti, Rev. Mod. Phys. 75 (2003) 1243), q [GeV] the lateral-fluctuation
 * quantum (the energy of the independent "spots" a shower's lateral spread fluctuates with,
 * GP §3; a calibration constant measured on electron events: docs/reco.md), σ_noise the noise
 * of one cell in GeV and c = 0.05 a constant term for the parametrization (estimate). The minimum is
 * found on the table's grid: a scan in u at the centroid's v, a scan in v at the best u, then
 * the 5 × 5 neighbourhood. χ²/ndf with ndf = cells − 2. An electron gives χ²/ndf ~ 1; a hadron
 * or two showers give large values.
 */
import type { EcalLateralTable } from './ecal-lateral-table.js';

/** Relative constant term of the cell variance (profile parametrization; an estimate). */
export const ECAL_SHAPE_CONSTANT_TERM = 0.05;

/** Fits the shower centre of an ECAL matrix (results in the fields; no allocation per call). */
export class EcalShowerFit {
  /** Shower centre in the setup's frame [cm]. */
  xCm = 0;
  yCm = 0;
  /** Lateral χ²/ndf. */
  chi2ndf = 0;
  /** Index iy·nx + ix of the most energetic cell. */
  maxCell = -1;
  private readonly n: number;
  private readonly e = new Float64Array(9);
  private readonly valid = new Uint8Array(9);

  /**
   * @param nx, ny cells; pitchX, pitchY [cm]; x0, y0 the matrix centre [cm]; table the expected fractions;
   * stochastic a [GeV^½]; noiseGeV the noise of one cell [GeV]; lateralQuantumGeV q [GeV].
   */
  constructor(
    private readonly nx: number,
    private readonly ny: number,
    private readonly pitchX: number,
    private readonly pitchY: number,
    private readonly x0: number,
    private readonly y0: number,
    private readonly table: EcalLateralTable,
    private readonly stochastic: number,
    private readonly noiseGeV: number,
    private readonly lateralQuantumGeV: number,
  ) {
    this.n = table.n;
  }

  /** Fits the cell energies cellE[iy·nx + ix] [GeV]; false (fields 0) when the matrix holds no positive energy. */
  fit(cellE: Float64Array): boolean {
    const nx = this.nx;
    const ny = this.ny;
    let total = 0;
    let best = -1;
    let eMax = 0;
    for (let k = 0; k < nx * ny; k++) {
      total += cellE[k];
      if (cellE[k] > eMax) {
        eMax = cellE[k];
        best = k;
      }
    }
    if (best < 0 || !(total > 0)) {
      this.xCm = 0;
      this.yCm = 0;
      this.chi2ndf = 0;
      this.maxCell = -1;
      return false;
    }
    const ix = best % nx;
    const iy = (best - ix) / nx;
    let sx = 0;
    let sy = 0;
    let s = 0;
    let nValid = 0;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const k = (dy + 1) * 3 + dx + 1;
        const x = ix + dx;
        const y = iy + dy;
        const ok = x >= 0 && x < nx && y >= 0 && y < ny;
        this.valid[k] = ok ? 1 : 0;
        const v = ok ? cellE[y * nx + x] : 0;
        this.e[k] = v;
        if (ok) nValid++;
        if (v > 0) {
          sx += v * dx;
          sy += v * dy;
          s += v;
        }
      }
    }
    const n = this.n;
    let bu = gridIndex(sx / s, n);
    let bv = gridIndex(sy / s, n);
    let bestChi2 = Infinity;
    for (let iu = 0; iu < n; iu++) {
      const c = this.chi2(iu, bv, total);
      if (c < bestChi2) {
        bestChi2 = c;
        bu = iu;
      }
    }
    for (let iv = 0; iv < n; iv++) {
      const c = this.chi2(bu, iv, total);
      if (c < bestChi2) {
        bestChi2 = c;
        bv = iv;
      }
    }
    const cu = bu;
    const cv = bv;
    for (let iu = Math.max(0, cu - 2); iu <= Math.min(n - 1, cu + 2); iu++) {
      for (let iv = Math.max(0, cv - 2); iv <= Math.min(n - 1, cv + 2); iv++) {
        const c = this.chi2(iu, iv, total);
        if (c < bestChi2) {
          bestChi2 = c;
          bu = iu;
          bv = iv;
        }
      }
    }
    this.maxCell = best;
    this.xCm = this.x0 - 0.5 * nx * this.pitchX + (ix + 0.5) * this.pitchX + (bu * this.table.stepX - 0.5 * this.pitchX);
    this.yCm = this.y0 - 0.5 * ny * this.pitchY + (iy + 0.5) * this.pitchY + (bv * this.table.stepY - 0.5 * this.pitchY);
    this.chi2ndf = bestChi2 / Math.max(1, nValid - 2);
    return true;
  }

  private chi2(iu: number, iv: number, total: number): number {
    const f = this.table.fractions;
    const o = (iu * this.n + iv) * 9;
    const a2 = this.stochastic * this.stochastic + this.lateralQuantumGeV;
    const s2n = this.noiseGeV * this.noiseGeV;
    let c = 0;
    for (let k = 0; k < 9; k++) {
      if (!this.valid[k]) continue;
      const m = f[o + k] * total;
      const mp = m > 0 ? m : 0;
      const cm = ECAL_SHAPE_CONSTANT_TERM * mp;
      const r = this.e[k] - m;
      c += (r * r) / (a2 * mp + s2n + cm * cm);
    }
    return c;
  }
}

/** Grid index of an offset given in cell pitches (−½ … ½), clamped. */
function gridIndex(frac: number, n: number): number {
  const i = Math.round((frac + 0.5) * (n - 1));
  return i < 0 ? 0 : i > n - 1 ? n - 1 : i;
}
