/**
 * The pulse shape of a calorimeter or counter channel as the sampling ADC sees it: a CR–(RC)^n
 * semi-Gaussian, normalized to a unit peak,
 *
 *   f(t) = (t/τ)^n · exp(n·(1 − t/τ))  for t > 0,   f(t) = 0 for t ≤ 0,
 *
 * the impulse response of one differentiator and n integrators of equal time constant τ₀,
 * which peaks at τ = n·τ₀ (G.F. Knoll, Radiation Detection and Measurement, 4th ed., Wiley 2010, the
 * chapter on pulse shaping; H. Spieler, Semiconductor Detector Systems, OUP 2005, ch. 4). Its area is
 * ∫f dt = τ·eⁿ·n!/n^{n+1}.
 *
 * Parameters (estimates, see docs/sim-response.md): n = 2, τ = 30 ns, i.e. a 10–90% rise of
 * 17 ns and a FWHM of 51 ns — a PMT signal of a WLS-fibre read-out (Y11 decay ≈ 10 ns) after
 * cables and the anti-aliasing filter, sampled every 12.5 ns (80 MHz) by NA64's MSADC: 4
 * samples above half maximum, enough for a fit of amplitude and time.
 */

/** Parameters of the pulse shape f(t) = (t/τ)^n e^{n(1−t/τ)}. */
export interface PulseShapeParameters {
  /** Number of integrators n (the order of the shaper), ≥ 1. */
  order: number;
  /** Peaking time τ [ns]: f(τ) = 1 is the maximum. */
  peakingTimeNs: number;
}

/** The pulse shape used by the digitization (n = 2, τ = 30 ns; estimates, docs/sim-response.md). */
export const PULSE_SHAPE: Readonly<PulseShapeParameters> = Object.freeze({ order: 2, peakingTimeNs: 30 });

/**
 * The unit-peak pulse shape f(t) at a time tNs [ns] after the pulse onset: 0 for t ≤ 0, 1 at
 * t = τ. Example: `pulseShape(30)` = 1, `pulseShape(15)` = 0.25·e = 0.6796 (n = 2, τ = 30 ns).
 */
export function pulseShape(tNs: number, shape: PulseShapeParameters = PULSE_SHAPE): number {
  if (!(tNs > 0)) return 0;
  const x = tNs / shape.peakingTimeNs;
  return Math.exp(shape.order * (Math.log(x) + 1 - x));
}

/** Area of the unit-peak pulse ∫₀^∞ f(t) dt = τ eⁿ n!/n^{n+1} [ns] (amplitude → integral). */
export function pulseShapeAreaNs(shape: PulseShapeParameters = PULSE_SHAPE): number {
  const n = shape.order;
  let factorial = 1;
  for (let k = 2; k <= n; k++) factorial *= k;
  return (shape.peakingTimeNs * Math.exp(n) * factorial) / Math.pow(n, n + 1);
}

/** The pulse shape tabulated on a fine grid for the event loop (linear interpolation). */
export interface PulseShapeTable {
  /** Grid step [ns]. */
  stepNs: number;
  /** f at t = i·stepNs, i = 0 … values.length − 1 (the last value is ≈ 0). */
  values: Float64Array;
  /** Duration after which f < 1e-6 and is taken as 0 [ns]. */
  lengthNs: number;
}

/**
 * Tabulates f with a step of stepNs [ns] (default 1/32 ns: linear-interpolation error
 * h²·max|f''|/8 < 1e-5 of the peak for τ = 30 ns) up to where it falls below 1e-6.
 */
export function tabulatePulseShape(shape: PulseShapeParameters = PULSE_SHAPE, stepNs = 1 / 32): PulseShapeTable {
  let lengthNs = shape.peakingTimeNs;
  while (pulseShape(lengthNs, shape) >= 1e-6) lengthNs += shape.peakingTimeNs / 4;
  const n = Math.ceil(lengthNs / stepNs) + 2;
  const values = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) values[i] = pulseShape(i * stepNs, shape);
  values[n - 1] = 0;
  return { stepNs, values, lengthNs: (n - 2) * stepNs };
}
