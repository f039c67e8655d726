import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../test/support/error-code.js';
import { ALPHA, ELECTRON_MASS } from '../../core/index.js';
import {
  electronCrossSection,
  electronCrossSectionFromY,
  epsilonFromElectronCrossSection,
  epsilonFromY,
  yFromElectronCrossSection,
  yFromEpsilon,
} from './couplings.js';

const points = [
  { dmMassGeV: 1e-3, mediatorMassGeV: 3e-3 },
  { dmMassGeV: 0.01, mediatorMassGeV: 0.03 },
  { dmMassGeV: 0.1, mediatorMassGeV: 0.25 },
  { dmMassGeV: 1, mediatorMassGeV: 3 },
  { dmMassGeV: 0.05, mediatorMassGeV: 1e-7 }, // light mediator, m_A′ ≪ α m_e
];
const epsilons = [1e-6, 3.3e-5, 1e-3, 0.1];

describe('yFromEpsilon(epsilon, alphaD, masses)', () => {
  it('is ε² α_D (m_χ/m_A′)⁴', () => {
    expect(yFromEpsilon(1e-4, 0.5, { dmMassGeV: 0.01, mediatorMassGeV: 0.03 })).toBeCloseTo(1e-8 * 0.5 * (1 / 3) ** 4, 22);
  });
});

describe('epsilonFromY(y, alphaD, masses)', () => {
  it('inverts yFromEpsilon: ε → y → ε to 1e-12', () => {
    for (const masses of points) {
      for (const eps of epsilons) expect(epsilonFromY(yFromEpsilon(eps, 0.5, masses), 0.5, masses) / eps).toBeCloseTo(1, 12);
    }
  });
});

describe('electronCrossSection(epsilon, alphaD, masses)', () => {
  it('is 16π α α_D ε² μ_χe²/(m_A′² + α² m_e²)², converted from GeV⁻² to cm²', () => {
    const mchi = 0.01;
    const ma = 0.03;
    const mu = (mchi * ELECTRON_MASS) / (mchi + ELECTRON_MASS);
    const gev2 = (16 * Math.PI * ALPHA * 0.5 * 1e-8 * mu * mu) / (ma * ma + ALPHA * ALPHA * ELECTRON_MASS * ELECTRON_MASS) ** 2;
    const cm2 = gev2 * 0.3893793721e-27; // (ħc)² = 0.389 379 3721 GeV² mb, 1 mb = 1e-27 cm²
    expect(electronCrossSection(1e-4, 0.5, { dmMassGeV: mchi, mediatorMassGeV: ma }) / cm2).toBeCloseTo(1, 12);
  });

  it('tends to 16π α μ² y/m_χ⁴ for a heavy mediator, independent of m_A′ at fixed y', () => {
    const mchi = 0.05;
    const mu = (mchi * ELECTRON_MASS) / (mchi + ELECTRON_MASS);
    const y = 1e-10;
    const heavy = ((16 * Math.PI * ALPHA * mu * mu * y) / mchi ** 4) * 0.3893793721e-27;
    expect(electronCrossSectionFromY(y, { dmMassGeV: mchi, mediatorMassGeV: 0.15 }) / heavy).toBeCloseTo(1, 6);
    expect(electronCrossSectionFromY(y, { dmMassGeV: mchi, mediatorMassGeV: 1.5 }) / heavy).toBeCloseTo(1, 9);
  });

  it('saturates at 16π α α_D ε² μ²/(α m_e)⁴ for a light mediator (m_A′ ≪ α m_e)', () => {
    const mchi = 0.05;
    const mu = (mchi * ELECTRON_MASS) / (mchi + ELECTRON_MASS);
    const light = ((16 * Math.PI * ALPHA * 0.5 * 1e-16 * mu * mu) / (ALPHA * ELECTRON_MASS) ** 4) * 0.3893793721e-27;
    expect(electronCrossSection(1e-8, 0.5, { dmMassGeV: mchi, mediatorMassGeV: 1e-9 }) / light).toBeCloseTo(1, 6);
  });

  it('agrees with electronCrossSectionFromY at the same model point', () => {
    for (const masses of points) {
      const y = yFromEpsilon(1e-4, 0.3, masses);
      expect(electronCrossSection(1e-4, 0.3, masses) / electronCrossSectionFromY(y, masses)).toBeCloseTo(1, 12);
    }
  });
});

describe('epsilonFromElectronCrossSection(crossSectionCm2, alphaD, masses)', () => {
  it('inverts electronCrossSection: ε → σ̄_e → ε to 1e-12', () => {
    for (const masses of points) {
      for (const eps of epsilons) {
        expect(epsilonFromElectronCrossSection(electronCrossSection(eps, 0.5, masses), 0.5, masses) / eps).toBeCloseTo(1, 12);
      }
    }
  });
});

describe('yFromElectronCrossSection(crossSectionCm2, masses)', () => {
  it('inverts electronCrossSectionFromY: y → σ̄_e → y to 1e-12', () => {
    for (const masses of points) {
      for (const y of [1e-16, 1e-12, 1e-8]) expect(yFromElectronCrossSection(electronCrossSectionFromY(y, masses), masses) / y).toBeCloseTo(1, 12);
    }
  });
});

describe('coupling conversions', () => {
  it('throw BAD_OPTION for negative couplings or cross sections and OUT_OF_DOMAIN for non-positive masses', () => {
    const code = errorCode;
    const ok = { dmMassGeV: 0.01, mediatorMassGeV: 0.03 };
    expect(code(() => yFromEpsilon(-1e-4, 0.5, ok))).toBe('BAD_OPTION');
    expect(code(() => epsilonFromY(1e-10, 0, ok))).toBe('BAD_OPTION');
    expect(code(() => electronCrossSection(1e-4, -0.5, ok))).toBe('BAD_OPTION');
    expect(code(() => yFromElectronCrossSection(-1e-40, ok))).toBe('BAD_OPTION');
    expect(code(() => yFromEpsilon(1e-4, 0.5, { dmMassGeV: 0, mediatorMassGeV: 0.03 }))).toBe('OUT_OF_DOMAIN');
    expect(code(() => electronCrossSectionFromY(1e-10, { dmMassGeV: 0.01, mediatorMassGeV: Number.NaN }))).toBe('OUT_OF_DOMAIN');
  });
});
