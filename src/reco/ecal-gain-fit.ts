/**
 * ECAL cell calibration from electron events (the "matrix inversion" method: minimize
 * Σ_events (Σ_i k_i·x_i − E_ref)² over the correction factors k_i of the ECAL channels, with x_i
 * the cell energies under the input gains and E_ref the energy the ECAL should hold; e.g.
 * CMS ECAL, JINST 8 (2013) P09009 §4, and the NA64 ECAL calibration with electrons, D.
 * Banerjee et al., Phys. Rev. D 97 (2018) 072002 §II). The normal equations are accumulated
 * event by event (constant memory) and solved by Cholesky; a weak prior k_i = 1 (weight
 * `priorWeight` in GeV²) keeps channels without signal at their input gain. Statistical errors
 * from the covariance σ²(XᵀX)⁻¹, σ² the residual variance per event.
 */

/** Result of {@link EcalGainFit.solve}. */
export interface EcalGainSolution {
  /** Correction factors k_i (new gain = old gain / k_i). */
  k: Float64Array;
  /** Statistical errors of k_i. */
  kErr: Float64Array;
  /** Events used, RMS of the residuals [GeV]. */
  events: number;
  residualRmsGeV: number;
}

/** Accumulates the normal equations of the ECAL calibration for n channels. */
export class EcalGainFit {
  private readonly xtx: Float64Array;
  private readonly xty: Float64Array;
  private yy = 0;
  private events = 0;

  constructor(
    readonly n: number,
    private readonly priorWeight = 1e-3,
  ) {
    this.xtx = new Float64Array(n * n);
    this.xty = new Float64Array(n);
  }

  /** Adds an event: cell energies x (length n, GeV under the input gains) and the reference energy [GeV]. */
  add(x: Float64Array, eRef: number): void {
    const n = this.n;
    for (let i = 0; i < n; i++) {
      const xi = x[i];
      if (xi === 0) continue;
      this.xty[i] += xi * eRef;
      const row = i * n;
      for (let j = 0; j < n; j++) this.xtx[row + j] += xi * x[j];
    }
    this.yy += eRef * eRef;
    this.events++;
  }

  /** Solves for k with the prior; throws RangeError if the system is singular. */
  solve(): EcalGainSolution {
    const n = this.n;
    const a = Float64Array.from(this.xtx);
    const b = Float64Array.from(this.xty);
    for (let i = 0; i < n; i++) {
      a[i * n + i] += this.priorWeight;
      b[i] += this.priorWeight;
    }
    const L = cholesky(a, n);
    const k = cholSolve(L, n, b);
    // Residual sum of squares: yᵀy − 2kᵀXᵀy + kᵀXᵀXk.
    let rss = this.yy;
    for (let i = 0; i < n; i++) {
      rss -= 2 * k[i] * this.xty[i];
      let s = 0;
      for (let j = 0; j < n; j++) s += this.xtx[i * n + j] * k[j];
      rss += k[i] * s;
    }
    const dof = Math.max(1, this.events - n);
    const s2 = Math.max(0, rss) / dof;
    const kErr = new Float64Array(n);
    const e = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      e.fill(0);
      e[i] = 1;
      kErr[i] = Math.sqrt(s2 * cholSolve(L, n, e)[i]);
    }
    return { k, kErr, events: this.events, residualRmsGeV: Math.sqrt(s2) };
  }
}

/** Cholesky factor L (row-major, lower) of a symmetric positive-definite n × n matrix. */
function cholesky(a: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(s > 0)) throw new RangeError(`EcalGainFit: the normal matrix is not positive definite at channel ${i}`);
        L[i * n + i] = Math.sqrt(s);
      } else L[i * n + j] = s / L[j * n + j];
    }
  }
  return L;
}

/** Solves L Lᵀ x = b. */
function cholSolve(L: Float64Array, n: number, b: Float64Array): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * y[k];
    y[i] = s / L[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * x[k];
    x[i] = s / L[i * n + i];
  }
  return x;
}
