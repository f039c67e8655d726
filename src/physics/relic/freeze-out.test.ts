import { describe, expect, it } from 'vitest';
import { CRITICAL_DENSITY_H2, ENTROPY_DENSITY_TODAY, GEV2_TO_PB, SPEED_OF_LIGHT, findRoot } from '../../core/index.js';
import { effectiveDof } from './effective-dof.js';
import { freezeOutApproximation } from './freeze-out-approximation.js';
import { equilibriumYield, freezeOut, freezeOutSolver } from './freeze-out.js';

/** cm³/s per GeV⁻²: (ħc)²·c. */
const CM3_PER_S = GEV2_TO_PB * 1e-36 * SPEED_OF_LIGHT * 1e9;
const omega = (m: number, y: number): number => (m * y * ENTROPY_DENSITY_TODAY) / CRITICAL_DENSITY_H2;

describe('freezeOut(options)', () => {
  it('tracks equilibrium early (|Y/Y_eq − 1| < 1e-3 at x ≈ 5) and freezes out (tail < 3%)', () => {
    const r = freezeOut({ massGeV: 0.1, species: [{ massGeV: 0.1, dof: 2 }], sigmaV: () => 3e-26 / CM3_PER_S });
    const i = r.x.findIndex((x) => x >= 5);
    expect(Math.abs(r.y[i] / r.yEq[i] - 1)).toBeLessThan(1e-3);
    expect(r.xFreezeOut).toBeGreaterThan(12);
    expect(r.xFreezeOut).toBeLessThan(25);
    expect(r.tailFraction).toBeGreaterThan(0);
    expect(r.tailFraction).toBeLessThan(0.03);
  });
  it('agrees with Kolb & Turner eq. 5.45 to 10% for s-wave (n = 0) and p-wave (n = 1)', () => {
    for (const [n, sigma0] of [[0, 2e-9], [1, 4e-8]] as const) {
      for (const m of [0.01, 0.1, 1]) {
        const r = freezeOut({ massGeV: m, species: [{ massGeV: m, dof: 2 }], sigmaV: (x) => sigma0 * x ** -n });
        const kt = freezeOutApproximation({ massGeV: m, dof: 2, sigma0, n });
        expect(Math.abs(r.yInfinity / kt.yInfinity - 1), `n=${n} m=${m}`).toBeLessThan(0.1);
        expect(Math.abs(r.xFreezeOut / kt.xFreezeOut - 1), `n=${n} m=${m}`).toBeLessThan(0.15);
      }
    }
  });
  it('needs ⟨σv⟩ ≈ 4.8e-26 cm³/s for Ω h² = 0.12 of a self-conjugate s-wave relic at 0.3 GeV (Steigman, Dasgupta, Beacom 2012)', () => {
    // arXiv:1204.3622: maximum 5.2e-26 cm³/s at m ≈ 0.3 GeV for Ω h² = 0.11, i.e. 4.8e-26 for 0.12
    // (Ω ∝ 1/⟨σv⟩); 15% allows for their different g*(T) table near the QCD crossover.
    const m = 0.3;
    const solve = freezeOutSolver({ massGeV: m, species: [{ massGeV: m, dof: 2 }], sigmaV: () => 1e-26 / CM3_PER_S });
    const scale = Math.exp(findRoot((q) => Math.log(omega(m, solve(Math.exp(q)).yInfinity) / 0.12), 0, 3));
    expect(scale * 1e-26).toBeGreaterThan(4.8e-26 * 0.85);
    expect(scale * 1e-26).toBeLessThan(4.8e-26 * 1.15);
  });
  it('converges in the step size: the default 1500 steps and 6000 steps agree on Y∞ to 1e-3', () => {
    // measured (docs/relic.md): error ≈ 2.5e-4 at 1500 steps, falling as h² (second order)
    for (const sigmaV of [(x: number): number => 3e-8 / x, (): number => 2e-9]) {
      const opts = { massGeV: 0.05, species: [{ massGeV: 0.05, dof: 2 }], sigmaV };
      const coarse = freezeOut(opts);
      const fine = freezeOut({ ...opts, numerics: { steps: 6000 } });
      expect(Math.abs(coarse.yInfinity / fine.yInfinity - 1)).toBeLessThan(1e-3);
      expect(Math.abs(coarse.yInfinity / fine.yInfinity - 1)).toBeGreaterThan(0); // a real comparison
    }
  });
  it('rejects bad numerics and a non-finite ⟨σv⟩', () => {
    expect(() => freezeOut({ massGeV: 0.1, species: [{ massGeV: 0.1, dof: 2 }], sigmaV: () => 1e-9, numerics: { steps: 3 } })).toThrow(/steps/);
    expect(() => freezeOut({ massGeV: 0.1, species: [{ massGeV: 0.1, dof: 2 }], sigmaV: () => NaN })).toThrow(/sigmaV/);
  });
});

describe('equilibriumYield(species, temperatureGeV)', () => {
  it('tends to 45g/(2π⁴ g*s) for m ≪ T (Maxwell–Boltzmann: x²K₂(x) → 2)', () => {
    const expected = (45 * 2) / (2 * Math.PI ** 4 * effectiveDof(1).gStarS);
    expect(equilibriumYield([{ massGeV: 1e-6, dof: 2 }], 1) / expected).toBeCloseTo(1, 8);
  });
  it('follows the non-relativistic 45g/(4π⁴g*s)·√(π/2)·x^{3/2}e^{−x} at x = 30 (K₂ asymptotics, A&S 9.7.2)', () => {
    const x = 30;
    const t = 0.1 / x;
    const nr = (45 * 2) / (4 * Math.PI ** 4 * effectiveDof(t).gStarS) * Math.sqrt(Math.PI / 2) * x ** 1.5 * Math.exp(-x);
    // K₂(x) ≈ √(π/2x)e^{−x}(1 + 15/8x): 6% above the leading term at x = 30
    expect(equilibriumYield([{ massGeV: 0.1, dof: 2 }], t) / nr).toBeCloseTo(1 + 15 / (8 * x) + 105 / (128 * x * x), 4);
  });
  it('adds the heavier state with its Boltzmann suppression (coannihilation bookkeeping)', () => {
    const one = equilibriumYield([{ massGeV: 0.1, dof: 2 }], 0.005);
    const two = equilibriumYield([{ massGeV: 0.1, dof: 2 }, { massGeV: 0.11, dof: 2 }], 0.005);
    // ratio n₂/n₁ = (m₂/m₁)²K₂(m₂/T)/K₂(m₁/T) ≈ (1.1)^{3/2}·e^{−2} at x = 20, δ = 0.1
    expect(two / one - 1).toBeGreaterThan(Math.exp(-2) * 1.1 ** 1.5 * 0.99);
    expect(two / one - 1).toBeLessThan(Math.exp(-2) * 1.1 ** 1.5 * 1.01);
  });
});
