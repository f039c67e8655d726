/**
 * Modified Bessel functions of the second kind K₀, K₁, K₂ and their exponentially scaled
 * versions eˣ·Kₙ(x), for the thermal averages of the relic calculation.
 *
 * stdlib has no modified Bessel K, so these are hand-written from the polynomial
 * approximations of Abramowitz & Stegun, Handbook of Mathematical Functions (1964):
 * eq. 9.8.1 (I₀, x ≤ 3.75), 9.8.3 (I₁, x ≤ 3.75), 9.8.5 (K₀, x ≤ 2), 9.8.6 (K₀, x ≥ 2),
 * 9.8.7 (K₁, x ≤ 2), 9.8.8 (K₁, x ≥ 2) — the same coefficients as Numerical Recipes
 * `bessk0`/`bessk1` — and K₂ from the recurrence K₂ = K₀ + (2/x)·K₁ (A&S 9.6.26).
 * Stated accuracy: relative error below 2.2·10⁻⁷ for x ≥ 2 and below ~10⁻⁸ for x ≤ 2 (absolute
 * error of the small-x series); the tests check 10⁻⁶ against the integral representation.
 *
 * The scaled versions avoid underflow: K₁(√s/T) and K₂(m/T)² underflow to 0 in double
 * precision for m/T ≳ 350, while their ratio, which is what the thermal average needs, is finite.
 */
import { EmissError } from '../../core/index.js';

/** Which K: order 0, 1 or 2. */
export type BesselKOrder = 0 | 1 | 2;

function besselI0Small(x: number): number {
  // A&S 9.8.1, |x| ≤ 3.75, |ε| < 1.6e-7.
  const t = (x / 3.75) ** 2;
  return 1 + t * (3.5156229 + t * (3.0899424 + t * (1.2067492 + t * (0.2659732 + t * (0.0360768 + t * 0.0045813)))));
}

function besselI1Small(x: number): number {
  // A&S 9.8.3, |x| ≤ 3.75, |ε| < 8e-9 (on I₁/x).
  const t = (x / 3.75) ** 2;
  return x * (0.5 + t * (0.87890594 + t * (0.51498869 + t * (0.15084934 + t * (0.02658733 + t * (0.00301532 + t * 0.00032411))))));
}

function k0Small(x: number): number {
  // A&S 9.8.5, 0 < x ≤ 2, |ε| < 1e-8.
  const y = (x * x) / 4;
  return (-Math.log(x / 2) * besselI0Small(x))
    + (-0.57721566 + y * (0.4227842 + y * (0.23069756 + y * (0.0348859 + y * (0.00262698 + y * (0.0001075 + y * 0.0000074))))));
}

function k1Small(x: number): number {
  // A&S 9.8.7, 0 < x ≤ 2, |ε| < 8e-9 (on x·K₁).
  const y = (x * x) / 4;
  return (x * Math.log(x / 2) * besselI1Small(x)
    + (1 + y * (0.15443144 + y * (-0.67278579 + y * (-0.18156897 + y * (-0.01919402 + y * (-0.00110404 + y * -0.00004686))))))) / x;
}

function k0ScaledLarge(x: number): number {
  // A&S 9.8.6, x ≥ 2: √x·eˣ·K₀(x), |ε| < 1.9e-7.
  const y = 2 / x;
  return (1.25331414 + y * (-0.07832358 + y * (0.02189568 + y * (-0.01062446 + y * (0.00587872 + y * (-0.0025154 + y * 0.00053208)))))) / Math.sqrt(x);
}

function k1ScaledLarge(x: number): number {
  // A&S 9.8.8, x ≥ 2: √x·eˣ·K₁(x), |ε| < 2.2e-7.
  const y = 2 / x;
  return (1.25331414 + y * (0.23498619 + y * (-0.0365562 + y * (0.01504268 + y * (-0.00780353 + y * (0.00325614 + y * -0.00068245)))))) / Math.sqrt(x);
}

function checkArgument(x: number, where: string): void {
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new EmissError('OUT_OF_DOMAIN', where, `x = ${x} must be a positive finite number`, 'x > 0');
  }
}

/** eˣ·K₀(x), eˣ·K₁(x) for x > 0 (internal; no argument check). */
function scaled01(x: number): [number, number] {
  if (x <= 2) {
    const e = Math.exp(x);
    return [k0Small(x) * e, k1Small(x) * e];
  }
  return [k0ScaledLarge(x), k1ScaledLarge(x)];
}

/**
 * Exponentially scaled modified Bessel function eˣ·Kₙ(x), n = 0, 1, 2, for x > 0 (dimensionless).
 * Finite for every positive x (behaves as √(π/2x) for large x; K₂ ∝ 2/x² for small x).
 * Source: Abramowitz & Stegun 9.8.5–9.8.8 and 9.6.26; relative accuracy ~2·10⁻⁷.
 * Throws `OUT_OF_DOMAIN` for x ≤ 0 or non-finite x, `BAD_OPTION` for another order.
 *
 * @example besselKScaled(1, 10) // ≈ 0.410767 (= e¹⁰·K₁(10))
 */
export function besselKScaled(order: BesselKOrder, x: number): number {
  checkArgument(x, 'besselKScaled.x');
  const [k0, k1] = scaled01(x);
  if (order === 0) return k0;
  if (order === 1) return k1;
  if (order === 2) return k0 + (2 / x) * k1;
  throw new EmissError('BAD_OPTION', 'besselKScaled.order', `order ${String(order)} is not supported`, '0, 1 or 2');
}

/**
 * Modified Bessel function of the second kind Kₙ(x), n = 0, 1, 2, for x > 0 (dimensionless).
 * Underflows to 0 for x ≳ 700; use {@link besselKScaled} in ratios.
 * Source: Abramowitz & Stegun 9.8.5–9.8.8 and 9.6.26; relative accuracy ~2·10⁻⁷.
 *
 * @example besselK(1, 1) // ≈ 0.6019072
 */
export function besselK(order: BesselKOrder, x: number): number {
  checkArgument(x, 'besselK.x');
  if (x <= 2) {
    const k0 = k0Small(x);
    const k1 = k1Small(x);
    if (order === 0) return k0;
    if (order === 1) return k1;
    if (order === 2) return k0 + (2 / x) * k1;
  }
  return besselKScaled(order, x) * Math.exp(-x);
}

/**
 * e^z·K₁(z) for z ≥ 2 without argument checks: the hot path of the thermal average, where
 * z = √s/T ≥ 2·m/T ≥ 2 always (internal).
 */
export function besselK1ScaledLarge(z: number): number {
  return z >= 2 ? k1ScaledLarge(z) : scaled01(z)[1];
}
