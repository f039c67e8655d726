import { describe, expect, it } from 'vitest';
import { OMEGA_CDM_H2 } from '../../core/index.js';
import { CM3_PER_S_PER_INV_GEV2 } from './relic-abundance.js';
import { freezeOutApproximation } from './freeze-out-approximation.js';
import { relicTarget } from './relic-target.js';

describe('relicTarget(options)', () => {
  it('finds the ε with Ω h² = 0.120 to 1e-7 and reports y = ε²α_D(m_χ/m_A′)⁴', () => {
    const t = relicTarget({ dm: 'complex-scalar', dmMassGeV: 0.1 });
    expect(Math.abs(t.omegaH2 / OMEGA_CDM_H2 - 1)).toBeLessThan(1e-7);
    expect(t.y).toBeCloseTo((t.epsilon ** 2 * 0.5) / 3 ** 4, 20);
    expect(t.mediatorMassGeV).toBeCloseTo(0.3, 12);
    expect(t.iterations).toBeLessThan(8);
  });
  it('puts the scalar target at 100 MeV near y ≈ 1.5e-9 (the well-known level, within a factor 2)', () => {
    const y = relicTarget({ dm: 'complex-scalar', dmMassGeV: 0.1 }).y;
    expect(y).toBeGreaterThan(0.75e-9);
    expect(y).toBeLessThan(3e-9);
  });
  it('lies within the Kolb & Turner eq. 5.44–5.45 band for the s-wave Dirac target (σ₀ between ⟨σv⟩ at x_f and late)', () => {
    // The Dirac σv is s-wave with O(v²) corrections (the propagator grows towards m_A′): ⟨σv⟩ falls
    // by ~20% from x_f to late times, so K&T with the two values must bracket Ω h² = 0.12, each
    // within 15% (K&T itself is good to ~5–10% at constant σv, freeze-out.test.ts).
    for (const m of [0.003, 0.03, 0.3]) {
      const t = relicTarget({ dm: 'dirac', dmMassGeV: m });
      const omegaKT = (sigmaCm3PerS: number): number =>
        2 * freezeOutApproximation({ massGeV: m, dof: 2, sigma0: sigmaCm3PerS / CM3_PER_S_PER_INV_GEV2 }).omegaH2; // χ and χ̄
      const low = omegaKT(t.sigmaV.freezeOutCm3PerS);
      const high = omegaKT(t.sigmaV.lateCm3PerS);
      expect(low, `m = ${m}`).toBeLessThan(OMEGA_CDM_H2);
      expect(high, `m = ${m}`).toBeGreaterThan(OMEGA_CDM_H2);
      expect(low / OMEGA_CDM_H2, `m = ${m}`).toBeGreaterThan(0.85);
      expect(high / OMEGA_CDM_H2, `m = ${m}`).toBeLessThan(1.15);
    }
  });
  it('needs ⟨σv⟩ ≈ 2 × (4–5)·10⁻²⁶ cm³/s for Dirac dark matter (Steigman, Dasgupta, Beacom 2012: 4.5–5.2e-26 for Ω h² = 0.11, self-conjugate)', () => {
    const late = relicTarget({ dm: 'dirac', dmMassGeV: 0.3 }).sigmaV.lateCm3PerS;
    expect(late / 2).toBeGreaterThan(3.8e-26);
    expect(late / 2).toBeLessThan(5.6e-26);
  });
  it('does not depend on α_D away from the A′ pole (y at fixed m_A′/m_χ = 3), but does near it (ratio 2.1)', () => {
    const a = relicTarget({ dm: 'majorana', dmMassGeV: 0.05, alphaD: 0.1 }).y;
    const b = relicTarget({ dm: 'majorana', dmMassGeV: 0.05, alphaD: 1 }).y;
    expect(Math.abs(a / b - 1)).toBeLessThan(0.01);
    const c = relicTarget({ dm: 'majorana', dmMassGeV: 0.05, alphaD: 0.1, ratio: 2.1 }).y;
    const d = relicTarget({ dm: 'majorana', dmMassGeV: 0.05, alphaD: 1, ratio: 2.1 }).y;
    expect(d / c).toBeGreaterThan(3);
    expect(c).toBeLessThan(a / 100); // resonant enhancement (Feng & Smolinsky, arXiv:1707.03835)
  });
  it('scales y roughly as 1/Ω h² when asked for another density', () => {
    const base = relicTarget({ dm: 'dirac', dmMassGeV: 0.01 }).y;
    const half = relicTarget({ dm: 'dirac', dmMassGeV: 0.01, omegaH2: 0.06 }).y;
    // Ω ∝ x_f/⟨σv⟩ and x_f grows with ⟨σv⟩: a bit more than a factor 2 (measured 2.11)
    expect(half / base).toBeGreaterThan(2);
    expect(half / base).toBeLessThan(2.2);
  });
  it('rejects an invalid density and masses outside 1 MeV–1 GeV with OUT_OF_DOMAIN', () => {
    expect(() => relicTarget({ dm: 'dirac', dmMassGeV: 0.01, omegaH2: 0 })).toThrow(/relicTarget\.omegaH2/);
    expect(() => relicTarget({ dm: 'dirac', dmMassGeV: 1.2 })).toThrow(/relicTarget\.dmMassGeV/);
  });
});
