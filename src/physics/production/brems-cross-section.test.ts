import { describe, expect, it } from 'vitest';
import { bremsCrossSection, bremsDsigmaDx, bremsDsigmaDxDcos, bremsKernel } from './brems-cross-section.js';
import { MEDIATOR_KINDS } from './mediator.js';
import { EmissError, MUON_MASS, logSpace } from '../../core/index.js';

const Pb = { Z: 82, A: 207.2 };
const base = { beamEnergyGeV: 100, target: Pb } as const;

describe('bremsCrossSection(options)', () => {
  it('scales as ε² for every method', () => {
    for (const method of ['etl', 'ww', 'iww'] as const) {
      const a = bremsCrossSection({ ...base, method, massGeV: 0.05, epsilon: 1e-3 });
      const b = bremsCrossSection({ ...base, method, massGeV: 0.05, epsilon: 1e-5 });
      expect(a / b).toBeCloseTo(1e4, 6);
    }
  });
  it('converges: the fast and standard quadratures agree with the high one to 0.3% and 0.05%', () => {
    for (const massGeV of [0.002, 0.1, 1]) {
      const high = bremsCrossSection({ ...base, massGeV, precision: 'high' });
      expect(Math.abs(bremsCrossSection({ ...base, massGeV, precision: 'fast' }) / high - 1)).toBeLessThan(3e-3);
      expect(Math.abs(bremsCrossSection({ ...base, massGeV }) / high - 1)).toBeLessThan(5e-4);
    }
  });
  it('orders the approximations as the papers find: IWW ≥ WW everywhere, IWW/ETL growing with the mass', () => {
    // Liu & Miller arXiv:1705.01633 Fig. 3; Gninenko et al. arXiv:1712.05706 Fig. 2: IWW overestimates heavy A′.
    let last = 0;
    for (const massGeV of [0.01, 0.03, 0.1, 0.3, 1]) {
      const etl = bremsCrossSection({ ...base, massGeV, precision: 'fast' });
      const ww = bremsCrossSection({ ...base, massGeV, method: 'ww', precision: 'fast' });
      const iww = bremsCrossSection({ ...base, massGeV, method: 'iww', precision: 'fast' });
      expect(iww).toBeGreaterThanOrEqual(ww);
      expect(iww / etl).toBeGreaterThan(last);
      last = iww / etl;
    }
    expect(last).toBeGreaterThan(2);
  });
  it('has IWW → WW for a light boson, where χ hardly depends on x and θ', () => {
    const ww = bremsCrossSection({ ...base, massGeV: 0.001, method: 'ww' });
    const iww = bremsCrossSection({ ...base, massGeV: 0.001, method: 'iww' });
    expect(iww / ww - 1).toBeLessThan(2e-3);
  });
  it('is finite and positive over the whole domain for every mediator, method and a muon beam', () => {
    for (const mediator of MEDIATOR_KINDS)
      for (const method of ['etl', 'ww', 'iww'] as const)
        for (const massGeV of logSpace(1e-3, 3, 7)) {
          for (const leptonMassGeV of [undefined, MUON_MASS]) {
            const s = bremsCrossSection({ beamEnergyGeV: 160, target: Pb, massGeV, method, mediator, leptonMassGeV, precision: 'fast' });
            expect(Number.isFinite(s) && s > 0).toBe(true);
          }
        }
  });
  it('is smaller for a muon beam than an electron beam at small mass (∝ 1/max(m_ℓ, M)²)', () => {
    const e = bremsCrossSection({ beamEnergyGeV: 160, target: Pb, massGeV: 0.01 });
    const mu = bremsCrossSection({ beamEnergyGeV: 160, target: Pb, massGeV: 0.01, leptonMassGeV: MUON_MASS });
    expect(e / mu).toBeGreaterThan(10);
  });
  it('rejects a mass outside the domain, an unknown method and a cut above the beam energy', () => {
    expect(() => bremsCrossSection({ ...base, massGeV: 5 })).toThrow(EmissError);
    expect(() => bremsCrossSection({ ...base, massGeV: 0.01, method: 'xyz' as never })).toThrow(/method/);
    expect(() => bremsCrossSection({ ...base, massGeV: 0.01, minEnergyGeV: 120 })).toThrow(/minEnergyGeV/);
  });
});

describe('bremsDsigmaDx(options, x)', () => {
  it('integrates to the total cross section', () => {
    const o = { ...base, massGeV: 0.05, minEnergyGeV: 50 };
    const k = bremsKernel(o);
    // trapezoid in ln(1 − x) on a fine grid
    const n = 400;
    let s = 0;
    const u0 = -Math.log(0.5), u1 = -Math.log(1 - (100 - 0.51099895e-3) / 100);
    for (let i = 0; i <= n; i++) {
      const u = u0 + ((u1 - u0) * i) / n;
      const x = 1 - Math.exp(-u);
      s += (i === 0 || i === n ? 0.5 : 1) * k.dsigmaDx(x) * (1 - x);
    }
    s *= (u1 - u0) / n;
    expect(s / bremsCrossSection(o) - 1).toBeCloseTo(0, 2);
  });
  it('agrees between WW and ETL to 1% for a heavy boson away from x → 1 (Liu & Miller, Fig. 2)', () => {
    // Same (elastic) form factor in both, so that only the approximation differs.
    for (const x of [0.2, 0.5, 0.8]) {
      const e = bremsDsigmaDx({ ...base, massGeV: 1, formFactor: 'elastic' }, x);
      const w = bremsDsigmaDx({ ...base, massGeV: 1, method: 'ww', formFactor: 'elastic' }, x);
      expect(Math.abs(w / e - 1)).toBeLessThan(0.01);
    }
  });
  it('is zero outside the kinematic range', () => {
    expect(bremsDsigmaDx({ ...base, massGeV: 0.5 }, 0.004)).toBe(0);
    expect(bremsDsigmaDx({ ...base, massGeV: 0.5 }, 1)).toBe(0);
  });
});

describe('bremsDsigmaDxDcos(options, x, θ)', () => {
  it('peaks forward: the angular distribution falls by > 10× beyond θ ≈ 10 θ_c', () => {
    const o = { ...base, massGeV: 0.1 };
    const x = 0.8;
    const thc = Math.sqrt((0.01 * (1 - x)) / x + 0.51099895e-3 ** 2 * x) / (100 * Math.sqrt(x));
    const f0 = bremsDsigmaDxDcos(o, x, 0.1 * thc);
    expect(f0).toBeGreaterThan(0);
    expect(bremsDsigmaDxDcos(o, x, 10 * thc) / f0).toBeLessThan(0.1);
  });
});
