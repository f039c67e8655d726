import { describe, expect, it } from 'vitest';
import { gaussLegendreOn } from '../../core/index.js';
import { thermalAverage } from './thermal-average.js';

/**
 * Reference ⟨σ v_Møl⟩ from its definition, ∫d³p_a d³p_b f_a f_b σ v_Møl / ∫d³p_a f_a ∫d³p_b f_b,
 * f = e^{−E/T}, v_Møl = √((p_a·p_b)² − m_a²m_b²)/(E_a E_b) (Gondolo & Gelmini 1991, eq. 2.3),
 * by a three-dimensional Gauss–Legendre product rule in (√K_a, √K_b, cos θ).
 */
function bruteForce(sigma: (s: number) => number, ma: number, mb: number, temp: number): number {
  const n = 48;
  const wMax = Math.sqrt(45);
  const rw = gaussLegendreOn(n, 0, wMax);
  const rc = gaussLegendreOn(n, -1, 1);
  const kin = (m: number, w: number): [number, number, number] => {
    const k = temp * w * w;
    const e = m + k;
    const p = Math.sqrt(k * k + 2 * m * k);
    // d³p f = 4π p² dp e^{−E/T}, dp = (E/p) dK, dK = 2Tw dw; the common e^{−m/T} cancels in the ratio
    return [e, p, p * e * 2 * temp * w * Math.exp(-k / temp)];
  };
  let num = 0;
  let denA = 0;
  let denB = 0;
  for (let i = 0; i < n; i++) {
    const [ea, pa, wa] = kin(ma, rw.nodes[i]);
    denA += rw.weights[i] * wa;
    const [, , wb0] = kin(mb, rw.nodes[i]);
    denB += rw.weights[i] * wb0;
    for (let j = 0; j < n; j++) {
      const [eb, pb, wb] = kin(mb, rw.nodes[j]);
      for (let k = 0; k < n; k++) {
        const c = rc.nodes[k];
        const dot = ea * eb - pa * pb * c;
        const s = ma * ma + mb * mb + 2 * dot;
        const vMol = Math.sqrt(Math.max(0, dot * dot - ma * ma * mb * mb)) / (ea * eb);
        num += rw.weights[i] * rw.weights[j] * rc.weights[k] * wa * wb * sigma(s) * vMol;
      }
    }
  }
  // d³p_a d³p_b = 8π² p_a² p_b² dp_a dp_b dcosθ over (4π)² for the two normalizations
  return (0.5 * num) / (denA * denB);
}

describe('thermalAverage(sigma, options)', () => {
  it('equals the six-dimensional definition of ⟨σ v_Møl⟩ (Gondolo–Gelmini eq. 3.8) for equal masses, x = 2 and 15', () => {
    const sigma = (s: number): number => 1 / s + 0.3 / (s * s); // smooth, energy dependent
    for (const x of [2, 15]) {
      const ref = bruteForce(sigma, 1, 1, 1 / x);
      const got = thermalAverage(sigma, { massAGeV: 1, massBGeV: 1, temperatureGeV: 1 / x, relTol: 1e-9 });
      expect(Math.abs(got / ref - 1), `x = ${x}`).toBeLessThan(1e-5);
    }
  });
  it('equals the definition for unequal masses (m_b = 1.3 m_a), as needed for χ₁χ₂ coannihilation', () => {
    const sigma = (s: number): number => Math.sqrt(s) / (s - 1);
    const ref = bruteForce(sigma, 1, 1.3, 0.2);
    const got = thermalAverage(sigma, { massAGeV: 1, massBGeV: 1.3, temperatureGeV: 0.2, relTol: 1e-9 });
    expect(Math.abs(got / ref - 1)).toBeLessThan(1e-5);
  });
  it('tends to a for s-wave σ·v_rel = a and to 6b/x for p-wave σ·v_rel = b·v_rel² at large x', () => {
    const m = 0.1;
    const vRel = (s: number): number => 2 * Math.sqrt(1 - (4 * m * m) / s); // CM relative velocity (NR)
    const x = 1e4;
    const sWave = thermalAverage((s) => 1 / vRel(s), { massAGeV: m, massBGeV: m, temperatureGeV: m / x });
    expect(Math.abs(sWave - 1)).toBeLessThan(1e-3);
    const pWave = thermalAverage((s) => vRel(s), { massAGeV: m, massBGeV: m, temperatureGeV: m / x });
    expect(Math.abs((pWave * x) / 6 - 1)).toBeLessThan(1e-3);
  });
  it('stays finite where K₂(m/T)² underflows (m/T = 5000)', () => {
    const v = thermalAverage(() => 1, { massAGeV: 1, massBGeV: 1, temperatureGeV: 2e-4 });
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThan(0);
  });
  it('integrates a narrow resonance when told where it is', () => {
    // Breit–Wigner of width 1e-4 GeV at √s = 2.3 GeV for m = 1 GeV, T = 0.1 GeV: the peak
    // dominates; compare with the narrow-width limit ∫ds σ ≈ (π/(MΓ))·(rest at the pole).
    const mPole = 2.3;
    const width = 1e-4;
    const sigma = (s: number): number => 1 / ((s - mPole * mPole) ** 2 + (mPole * width) ** 2);
    const temp = 0.1;
    const withHint = thermalAverage(sigma, { massAGeV: 1, massBGeV: 1, temperatureGeV: temp, resonances: [{ sqrtSGeV: mPole, widthGeV: width }] });
    // narrow-width approximation of eq. 3.8: σ → (π/(M Γ)) δ(s − M²)
    const s0 = mPole * mPole;
    const k1 = (z: number): number => Math.sqrt(Math.PI / (2 * z)) * Math.exp(-z) * (1 + 3 / (8 * z) - 15 / (128 * z * z));
    const k2 = (z: number): number => Math.sqrt(Math.PI / (2 * z)) * Math.exp(-z) * (1 + 15 / (8 * z) + 105 / (128 * z * z));
    const nwa = (Math.PI / (mPole * width)) * (s0 - 4) * mPole * k1(mPole / temp) / (8 * temp * k2(1 / temp) ** 2);
    expect(Math.abs(withHint / nwa - 1)).toBeLessThan(2e-3);
  });
  it('rejects non-positive masses or temperature with OUT_OF_DOMAIN', () => {
    expect(() => thermalAverage(() => 1, { massAGeV: 0, massBGeV: 1, temperatureGeV: 1 })).toThrow(/massAGeV/);
    expect(() => thermalAverage(() => 1, { massAGeV: 1, massBGeV: 1, temperatureGeV: -1 })).toThrow(/temperatureGeV/);
  });
});
