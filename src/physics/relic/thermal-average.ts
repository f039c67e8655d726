/**
 * Thermally averaged annihilation cross section ⟨σv⟩ by the single-integral formula of
 * Gondolo & Gelmini, generalized to two different masses (coannihilation).
 */
import { EmissError, gaussLegendre, integrate } from '../../core/index.js';
import { besselK1ScaledLarge, besselKScaled } from './bessel-k.js';

/** A narrow structure of σ(s): a peak at √s = `sqrtSGeV` with full width `widthGeV`. */
export interface Resonance {
  /** Peak position √s [GeV]. */
  sqrtSGeV: number;
  /** Full width [GeV]. */
  widthGeV: number;
}

/** Options of {@link thermalAverage}. */
export interface ThermalAverageOptions {
  /** Mass of the first annihilating particle [GeV]. */
  massAGeV: number;
  /** Mass of the second annihilating particle [GeV] (= massAGeV for χχ̄). */
  massBGeV: number;
  /** Temperature of the bath [GeV]. */
  temperatureGeV: number;
  /** √s values [GeV] where σ has a kink (final-state thresholds): integration breakpoints. */
  breakpointsSqrtS?: readonly number[];
  /**
   * Narrow peaks of σ: breakpoints at the peak and at ±(1, 4, 16, 64) half-widths around it
   * (peaks beyond t = (√s − m_a − m_b)/T = 30, weighing < e⁻³⁰, are left to the adaptive rule).
   */
  resonances?: readonly Resonance[];
  /** Relative tolerance of the adaptive integration (default 1e-6). */
  relTol?: number;
}

/**
 * Kinetic-energy range integrated: t = (√s − m_a − m_b)/T from 0 to 40. The rest weighs < t³e^{−t}
 * ≈ 10⁻¹³ relative, times any resonant enhancement of σ beyond (a narrow J/ψ-like peak, ≲ 10⁴).
 */
const T_MAX = 40;

/**
 * ⟨σv⟩ at temperature T [in the units of σ, e.g. GeV⁻², times c] for σ(s) given as a function of
 * s [GeV²] (Møller velocity, Maxwell–Boltzmann statistics, both particles in kinetic equilibrium):
 *
 *   ⟨σv⟩ = [8 m_a² m_b² T K₂(m_a/T) K₂(m_b/T)]⁻¹ ∫_{(m_a+m_b)²}^∞ σ(s) λ(s, m_a², m_b²) K₁(√s/T) ds/√s,
 *
 * λ the Källén function. For m_a = m_b = m this is Gondolo & Gelmini, Nucl. Phys. B360 (1991) 145,
 * eq. 3.8 (λ/√s = √s(s − 4m²)); the unequal-mass form is that of Edsjö & Gondolo, PRD 56 (1997)
 * 1879, Sec. II (there summed over coannihilating pairs). Numerics: with √s = m_a + m_b + T·u²,
 * the exponentials of K₁ and K₂ are factored out (exponentially scaled Bessel functions), so the
 * integrand is ∝ e^{−u²} and no underflow occurs at any m/T; adaptive Gauss–Kronrod in u removes
 * the √t endpoint behaviour of s- and p-wave cross sections.
 * Domain: masses > 0, T > 0. Throws `OUT_OF_DOMAIN` otherwise, `NUMERICAL` if σ is not finite.
 *
 * @example thermalAverage(() => 1, { massAGeV: 1, massBGeV: 1, temperatureGeV: 0.05 }) // ⟨v_Møl⟩ for σ = 1
 */
export function thermalAverage(sigma: (s: number) => number, options: ThermalAverageOptions): number {
  const { massAGeV: ma, massBGeV: mb, temperatureGeV: temp } = options;
  for (const [value, where] of [[ma, 'massAGeV'], [mb, 'massBGeV'], [temp, 'temperatureGeV']] as const) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new EmissError('OUT_OF_DOMAIN', `thermalAverage.${where}`, `${value} must be a positive finite number`, '> 0');
    }
  }
  const sum = ma + mb;
  const diff2 = (mb - ma) ** 2;
  const integrand = (u: number): number => {
    const t = u * u;
    const rootS = sum + temp * t;
    const s = rootS * rootS;
    const sig = sigma(s);
    if (sig === 0) return 0;
    return 2 * u * sig * t * (rootS + sum) * (s - diff2) * besselK1ScaledLarge(rootS / temp) * Math.exp(-t);
  };
  // Breakpoints in u = √((√s − m_a − m_b)/T), kept inside (0, √T_MAX).
  const uMax = Math.sqrt(T_MAX);
  const toU = (rootS: number): number => Math.sqrt(Math.max(0, (rootS - sum) / temp));
  const cuts: number[] = [];
  for (const rootS of options.breakpointsSqrtS ?? []) cuts.push(toU(rootS));
  for (const { sqrtSGeV, widthGeV } of options.resonances ?? []) {
    if (sqrtSGeV - sum > 30 * temp) continue;
    cuts.push(toU(sqrtSGeV));
    for (const k of [1, 4, 16, 64]) {
      cuts.push(toU(sqrtSGeV - 0.5 * k * widthGeV), toU(sqrtSGeV + 0.5 * k * widthGeV));
    }
  }
  const points = [0, ...cuts.filter((u) => u > 0 && u < uMax).sort((a, b) => a - b), uMax];
  const pieces: [number, number][] = [];
  for (let i = 1; i < points.length; i++) {
    if (points[i] - points[i - 1] > 1e-12 * uMax) pieces.push([points[i - 1], points[i]]);
  }
  // Coarse estimate of the whole integral (8-point Gauss–Legendre per piece), then each piece to
  // an absolute tolerance relTol·|estimate|/pieces: tails and far pieces need no relative accuracy.
  const rule = gaussLegendre(8);
  let estimate = 0;
  for (const [a, b] of pieces) {
    const c = 0.5 * (a + b);
    const hw = 0.5 * (b - a);
    for (let k = 0; k < rule.nodes.length; k++) estimate += hw * rule.weights[k] * integrand(c + hw * rule.nodes[k]);
  }
  const relTol = options.relTol ?? 1e-6;
  const absTol = (relTol * Math.abs(estimate)) / pieces.length;
  let total = 0;
  for (const [a, b] of pieces) total += integrate(integrand, a, b, { relTol, absTol, maxIntervals: 1000 });
  const norm = temp / (4 * ma * ma * mb * mb * besselKScaled(2, ma / temp) * besselKScaled(2, mb / temp));
  const result = norm * total;
  if (!Number.isFinite(result)) {
    throw new EmissError('NUMERICAL', 'thermalAverage', `non-finite ⟨σv⟩ at T = ${temp} GeV (check σ(s))`);
  }
  return result;
}
