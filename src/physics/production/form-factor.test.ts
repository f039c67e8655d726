import { describe, expect, it } from 'vitest';
import {
  atomicInelasticFormFactor2,
  elasticFormFactor2,
  elasticScreening2,
  fermiMomentum,
  quasiElasticFormFactor2,
  formFactorEvaluators,
  inelasticFormFactor2,
  nuclearSizeParameter,
} from './form-factor.js';

const Pb = { Z: 82, A: 207.2 };

describe('elasticFormFactor2(T, target)', () => {
  it('vanishes as T² for T → 0: a neutral atom does not scatter at large distances', () => {
    const T = 1e-14;
    const a2 = elasticScreening2(Pb.Z);
    expect(elasticFormFactor2(T, Pb) / (Pb.Z ** 2 * (a2 * T) ** 2)).toBeCloseTo(1, 3);
  });
  it('is the point nucleus Z² between the screening and nuclear scales (1/a² ≪ T ≪ d)', () => {
    const T = Math.sqrt((1 / elasticScreening2(Pb.Z)) * nuclearSizeParameter(Pb.A));
    expect(elasticFormFactor2(T, Pb) / Pb.Z ** 2).toBeGreaterThan(0.99);
  });
  it('falls as (d/T)² above the nuclear scale d = 0.164 A^(−2/3) GeV²', () => {
    const d = nuclearSizeParameter(Pb.A);
    expect(d).toBeCloseTo(0.164 * 207.2 ** (-2 / 3), 12);
    const T = 1e3 * d;
    expect(elasticFormFactor2(T, Pb) / (Pb.Z ** 2 * (d / T) ** 2)).toBeCloseTo(1, 2);
  });
  it('uses Tsai’s screening radius a = 111 Z^(−1/3)/mₑ', () => {
    expect(Math.sqrt(elasticScreening2(1)) * 0.51099895e-3).toBeCloseTo(111, 10);
  });
});

describe('inelasticFormFactor2(T, target)', () => {
  it('is Z (incoherent atomic electrons) between its screening scale and the proton size', () => {
    expect(inelasticFormFactor2(1e-5, Pb) / Pb.Z).toBeGreaterThan(0.95);
  });
  it('is below the elastic term by about 1/Z where both are unscreened', () => {
    const T = 1e-4;
    expect(inelasticFormFactor2(T, Pb) / elasticFormFactor2(T, Pb)).toBeCloseTo(1 / Pb.Z, 2);
  });
});

describe('formFactorEvaluators(target)', () => {
  it('agree with the plain functions', () => {
    const f = formFactorEvaluators(Pb);
    for (const T of [1e-12, 1e-8, 1e-4, 1e-2, 1]) {
      expect(f.elastic(T) / elasticFormFactor2(T, Pb) - 1).toBeCloseTo(0, 13);
      expect(f.atomicInelastic(T) / atomicInelasticFormFactor2(T, Pb) - 1).toBeCloseTo(0, 13);
      for (const q of [0.01, 0.3, 1]) expect(f.quasiElastic(T, q) / quasiElasticFormFactor2(T, q, Pb) - 1).toBeCloseTo(0, 13);
    }
  });
});

describe('fermiMomentum(A)', () => {
  it('gives Moniz et al.’s 265 MeV for lead and 221 MeV for carbon', () => {
    expect(fermiMomentum(208)).toBeCloseTo(0.265, 6);
    expect(fermiMomentum(12)).toBeCloseTo(0.221, 6);
    expect(fermiMomentum(30)).toBeGreaterThan(0.235);
  });
});

describe('quasiElasticFormFactor2(T, q, target)', () => {
  it('is Pauli-blocked at small momentum transfer and Z times the proton factor above 2p_F', () => {
    const pF = fermiMomentum(Pb.A);
    expect(quasiElasticFormFactor2(1e-6, 1e-3, Pb) / Pb.Z).toBeLessThan(0.01);
    const T = 0.5;
    const dip = (1 + T / 0.71) ** -4;
    const proton = (1 + (T * (2.79284734463 ** 2 - 1)) / (4 * 0.93827208816 ** 2)) * dip;
    expect(quasiElasticFormFactor2(T, Math.sqrt(T), Pb) / (Pb.Z * proton * proton)).toBeCloseTo(1, 12);
    // continuous at |q| = 2p_F
    const q = 2 * pF;
    expect(quasiElasticFormFactor2(q * q, q * (1 - 1e-9), Pb) / quasiElasticFormFactor2(q * q, q, Pb)).toBeCloseTo(1, 6);
  });
});

describe('atomicInelasticFormFactor2(T, target)', () => {
  it('is Z at large T and equals BEST’s inelastic term without the proton factor', () => {
    expect(atomicInelasticFormFactor2(1, Pb) / Pb.Z).toBeCloseTo(1, 6);
    expect(atomicInelasticFormFactor2(1e-6, Pb) / inelasticFormFactor2(1e-6, Pb)).toBeCloseTo(1, 4);
  });
});
