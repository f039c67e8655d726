/**
 * Freeze-out: the Boltzmann equation for the comoving abundance Y = n/s of a thermal relic,
 * solved with an implicit (stiff) second-order method.
 */
import { EmissError, PLANCK_MASS } from '../../core/index.js';
import { besselKScaled } from './bessel-k.js';
import { effectiveDof } from './effective-dof.js';

/** A state that is in chemical equilibrium with the dark matter and counted in Y. */
export interface RelicSpecies {
  /** Mass [GeV]. */
  massGeV: number;
  /** Internal degrees of freedom g. */
  dof: number;
}

/** Numerical settings of the freeze-out solution (defaults reproduce docs/relic.md). */
export interface FreezeOutNumerics {
  /** First x = m/T (default 1; Y starts at Y_eq there). */
  xStart?: number;
  /** Last x of the implicit integration (default 1000); beyond it the Y_eq-free equation is integrated in closed form. */
  xEnd?: number;
  /**
   * Number of equal steps in ln x of the implicit integration between xStart and xEnd (default 1500).
   * When even, Y(x_end) is Richardson-extrapolated from this grid and the every-other-point one.
   */
  steps?: number;
  /**
   * Number of points, equally spaced in ln x, where ⟨σv⟩ is evaluated (default 64); in between,
   * ln⟨σv⟩ is interpolated by 4-point Lagrange polynomials in ln x. ⟨σv⟩(x) is smooth (a thermal
   * average), so the costly thermal averages need far fewer points than the stiff equation.
   */
  sigmaVPoints?: number;
}

/** Options of {@link freezeOut}. */
export interface FreezeOutOptions {
  /** Mass m [GeV] that defines x = m/T (the dark-matter mass, the lightest state). */
  massGeV: number;
  /** States summed in Y and Y_eq (one for χ, or χ₁ and χ₂ for coannihilation). */
  species: readonly RelicSpecies[];
  /** ⟨σ_eff v⟩ [GeV⁻²] as a function of x = m/T (for the rate −⟨σ_eff v⟩(n² − n_eq²)). */
  sigmaV: (x: number) => number;
  /** Numerical settings. */
  numerics?: FreezeOutNumerics;
}

/** Solution of the freeze-out equation. */
export interface FreezeOutResult {
  /** Y = n/s today (x → ∞), including the closed-form tail beyond xEnd. */
  yInfinity: number;
  /** x_f = m/T_f where Y − Y_eq = Y_eq (Y = 2·Y_eq), interpolated between grid points. */
  xFreezeOut: number;
  /** Relative change of Y from xEnd to x → ∞, (Y(xEnd) − Y∞)/Y∞: a freeze-out check (small ⇒ frozen). */
  tailFraction: number;
  /** Grid x = m/T. */
  x: Float64Array;
  /** Y on the grid (the solution on the full grid, before the Richardson step). */
  y: Float64Array;
  /** Y_eq on the grid. */
  yEq: Float64Array;
  /** ⟨σ_eff v⟩ on the grid [GeV⁻²] (times the `scale` of the solve). */
  sigmaV: Float64Array;
}

const SQRT_PI_OVER_45 = Math.sqrt(Math.PI / 45);

/**
 * Y_eq(x) = Σ_i n_eq,i/s = Σ_i 45 g_i/(4π⁴ g*s(T)) · (m_i/T)² K₂(m_i/T) (Maxwell–Boltzmann),
 * with T = m/x [GeV], m [GeV] (Kolb & Turner, The Early Universe, ch. 3 and 5).
 * Evaluated with e^{x}K₂ so that it underflows to 0 (not NaN) at large x.
 */
export function equilibriumYield(species: readonly RelicSpecies[], temperatureGeV: number): number {
  const h = effectiveDof(temperatureGeV).gStarS;
  let sum = 0;
  for (const { massGeV, dof } of species) {
    const xi = massGeV / temperatureGeV;
    sum += dof * xi * xi * besselKScaled(2, xi) * Math.exp(-xi);
  }
  return (45 / (4 * Math.PI ** 4 * h)) * sum;
}

/**
 * ⟨σv⟩ sampled at `points` values of u = ln(x/xStart) equally spaced on [0, ln(xEnd/xStart)], returned as
 * a function of u interpolating ln⟨σv⟩ with 4-point Lagrange polynomials (linear in ⟨σv⟩ if a
 * sample is 0). Throws `NUMERICAL` if a sample is negative or not finite.
 */
function sampledInLogX(sigmaV: (x: number) => number, xStart: number, xEnd: number, points: number): (u: number) => number {
  const du = Math.log(xEnd / xStart) / (points - 1);
  const values = new Float64Array(points);
  let positive = true;
  for (let k = 0; k < points; k++) {
    const xk = xStart * Math.exp(du * k);
    const v = sigmaV(xk);
    if (!(v >= 0) || !Number.isFinite(v)) {
      throw new EmissError('NUMERICAL', 'freezeOut.sigmaV', `⟨σv⟩ = ${v} at x = ${xk} is not a finite non-negative number`);
    }
    values[k] = v;
    if (!(v > 0)) positive = false;
  }
  const f = positive ? values.map(Math.log) : values;
  return (u: number): number => {
    const t = u / du;
    const k = Math.min(points - 3, Math.max(1, Math.floor(t)));
    const p = t - k; // position relative to node k, nodes k−1, k, k+1, k+2
    const v = -p * (p - 1) * (p - 2) / 6 * f[k - 1] + (p + 1) * (p - 1) * (p - 2) / 2 * f[k]
      - (p + 1) * p * (p - 2) / 2 * f[k + 1] + (p + 1) * p * (p - 1) / 6 * f[k + 2];
    return positive ? Math.exp(v) : Math.max(0, v);
  };
}

/**
 * A freeze-out problem with ⟨σv⟩ tabulated once, solved for any overall scale of ⟨σv⟩:
 * `solve(scale)` integrates with ⟨σ_eff v⟩ → scale·⟨σ_eff v⟩ (for a dark photon the rate is ∝ ε²,
 * so the root find in ε re-uses the thermal averages). See {@link freezeOut} for the equation.
 */
export function freezeOutSolver(options: FreezeOutOptions): (scale: number) => FreezeOutResult {
  const { massGeV: m, species } = options;
  if (!(m > 0) || !Number.isFinite(m)) throw new EmissError('OUT_OF_DOMAIN', 'freezeOut.massGeV', `${m} must be a positive mass`, '> 0 GeV');
  if (species.length === 0) throw new EmissError('BAD_OPTION', 'freezeOut.species', 'needs at least one species', '≥ 1 species');
  const xStart = options.numerics?.xStart ?? 1;
  const xEnd = options.numerics?.xEnd ?? 1000;
  const steps = options.numerics?.steps ?? 1500;
  const points = options.numerics?.sigmaVPoints ?? 64;
  if (!(xStart > 0 && xEnd > 2 * xStart) || !Number.isFinite(xEnd)) {
    throw new EmissError('BAD_OPTION', 'freezeOut.numerics', `xStart = ${xStart}, xEnd = ${xEnd}`, '0 < xStart, 2·xStart < xEnd < ∞');
  }
  if (!Number.isInteger(steps) || steps < 10 || steps > 1000000) {
    throw new EmissError('BAD_OPTION', 'freezeOut.numerics.steps', `${steps}`, 'an integer in 10..1000000');
  }
  if (!Number.isInteger(points) || points < 4 || points > 100000) {
    throw new EmissError('BAD_OPTION', 'freezeOut.numerics.sigmaVPoints', `${points}`, 'an integer in 4..100000');
  }
  const sigmaVAt = sampledInLogX(options.sigmaV, xStart, xEnd, points);
  const h = Math.log(xEnd / xStart) / steps;
  const n = steps + 1;
  const x = new Float64Array(n);
  const yEq = new Float64Array(n);
  const sigmaV = new Float64Array(n);
  // rate[i] = Λ(u) in dY/du = −Λ (Y² − Y_eq²), u = ln x: Λ = √(π/45)·M_Pl·m·g*^{1/2}(T)·⟨σv⟩/x.
  const rate = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = xStart * Math.exp(h * i);
    const temp = m / x[i];
    yEq[i] = equilibriumYield(species, temp);
    sigmaV[i] = sigmaVAt(h * i);
    rate[i] = (SQRT_PI_OVER_45 * PLANCK_MASS * m * effectiveDof(temp).gStarHalf * sigmaV[i]) / x[i];
  }
  // Tail beyond xEnd: Y_eq ≈ 0, so d(1/Y)/du = Λ(u) and 1/Y∞ = 1/Y(xEnd) + ∫Λ du, with ⟨σv⟩ ∝ x^{−p}
  // continued from the last step (p = 0 s-wave, 1 p-wave) and g*^{1/2}(T) from the table.
  const uEnd = Math.log(xEnd / xStart);
  const sEnd = sigmaVAt(uEnd);
  const sBefore = sigmaVAt(uEnd - 0.1);
  const pRaw = sEnd > 0 && sBefore > 0 ? -Math.log(sEnd / sBefore) / 0.1 : 0;
  const p = Math.min(3, Math.max(0, pRaw));
  const g0 = effectiveDof(m / xEnd).gStarHalf;
  let tailIntegral = 0; // ∫_{u_end}^{∞} Λ du / Λ_end, trapezoid in u over 14 e-folds
  const tailSteps = 280;
  const du = 14 / tailSteps;
  for (let k = 0; k <= tailSteps; k++) {
    const xk = xEnd * Math.exp(du * k);
    const f = (effectiveDof(m / xk).gStarHalf / g0) * Math.exp(-(1 + p) * du * k);
    tailIntegral += (k === 0 || k === tailSteps ? 0.5 : 1) * f * du;
  }
  // Implicit steps on the grid with stride `stride`: backward Euler for the first, BDF2 after (both
  // L-stable, so the stiff equilibrium-tracking phase x ≪ x_f is stable at any step). Each step is a
  // quadratic in Y solved in closed form, Y = 2C/(1 + √(1 + 4aC)) (no cancellation).
  const integrate = (scale: number, stride: number, y: Float64Array): number => {
    const hs = h * stride;
    y[0] = yEq[0];
    let prev2 = 0;
    let prev = yEq[0];
    for (let i = stride, k = 1; i < n; i += stride, k++) {
      let a: number;
      let c: number;
      if (k === 1) {
        a = hs * scale * rate[i];
        c = prev + a * yEq[i] * yEq[i];
      } else {
        a = (2 / 3) * hs * scale * rate[i];
        c = (4 * prev - prev2) / 3 + a * yEq[i] * yEq[i];
        if (!(c > 0)) {
          a = hs * scale * rate[i];
          c = prev + a * yEq[i] * yEq[i];
        }
      }
      prev2 = prev;
      prev = (2 * c) / (1 + Math.sqrt(1 + 4 * a * c));
      y[i] = prev;
    }
    return prev;
  };
  const half = new Float64Array(n);
  return (scale: number): FreezeOutResult => {
    if (!(scale >= 0) || !Number.isFinite(scale)) throw new EmissError('BAD_OPTION', 'freezeOut.scale', `${scale}`, '≥ 0, finite');
    const y = new Float64Array(n);
    const yFine = integrate(scale, 1, y);
    // Richardson extrapolation of the second-order scheme with the every-other-point grid
    // (steps is even): Y = Y_h + (Y_h − Y_2h)/3 removes the h² error term at x_end.
    const yEnd = steps % 2 === 0 ? yFine + (yFine - integrate(scale, 2, half)) / 3 : yFine;
    const yInfinity = 1 / (1 / yEnd + scale * rate[n - 1] * tailIntegral);
    // x_f: first crossing of Y = 2·Y_eq, interpolated linearly in u on ln(Y/Y_eq).
    let xFreezeOut = x[n - 1];
    for (let i = 1; i < n; i++) {
      if (y[i] >= 2 * yEq[i]) {
        const r0 = Math.log(y[i - 1] / yEq[i - 1]);
        const r1 = yEq[i] > 0 ? Math.log(y[i] / yEq[i]) : Infinity;
        const f = Number.isFinite(r1) && r1 > r0 ? (Math.LN2 - r0) / (r1 - r0) : 1;
        xFreezeOut = x[i - 1] * Math.exp(h * Math.min(1, Math.max(0, f)));
        break;
      }
    }
    const scaled = sigmaV.map((v) => v * scale);
    if (!Number.isFinite(yInfinity) || !(yInfinity > 0)) {
      throw new EmissError('NUMERICAL', 'freezeOut', `Y∞ = ${yInfinity} (scale ${scale}): check ⟨σv⟩ and the numerics`);
    }
    return { yInfinity, xFreezeOut, tailFraction: yEnd / yInfinity - 1, x, y, yEq, sigmaV: scaled };
  };
}

/**
 * Comoving abundance of a thermal relic from the Boltzmann equation in x = m/T,
 *
 *   dY/dx = −√(π/45)·M_Pl·m·g*^{1/2}(T)/x² · ⟨σ_eff v⟩ · (Y² − Y_eq²),
 *
 * g*^{1/2} = (g*s/√g*)(1 + (1/3) d ln g*s/d ln T) carrying the entropy-derivative term
 * (Gondolo & Gelmini, Nucl. Phys. B360 (1991) 145, Sec. 3; Kolb & Turner, The Early
 * Universe, ch. 5; Edsjö & Gondolo, PRD 56 (1997) 1879, with coannihilations:
 * Y = Σ_i n_i/s, Y_eq = Σ_i n_eq,i/s). Solved in u = ln x from `xStart` (Y = Y_eq) to `xEnd` with
 * backward Euler then BDF2 at fixed step (Richardson-extrapolated with the double step); ⟨σv⟩ is
 * sampled at `sigmaVPoints` values of x and interpolated; from `xEnd` to ∞, where Y_eq ≈ 0, 1/Y grows by
 * ∫√(π/45)M_Pl m g*^{1/2}⟨σv⟩ dx/x² (⟨σv⟩ continued as a power of x, g*^{1/2} from the table).
 * Assumes kinetic equilibrium with the plasma throughout and Maxwell–Boltzmann statistics.
 * Throws `OUT_OF_DOMAIN`/`BAD_OPTION` on bad input, `NUMERICAL` if ⟨σv⟩ is not finite.
 */
export function freezeOut(options: FreezeOutOptions): FreezeOutResult {
  return freezeOutSolver(options)(1);
}
