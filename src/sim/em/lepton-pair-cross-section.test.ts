import { describe, expect, it } from 'vitest';
import { leptonPairCrossSection, leptonPairDsigmaDx, sampleLeptonPairFraction } from './lepton-pair-cross-section.js';
import { ELECTRON_MASS, MUON_MASS, AVOGADRO, RandomStream } from '../../core/index.js';

const Pb = { Z: 82, A: 207.2 };

describe('leptonPairCrossSection(E, m, target)', () => {
  it('equals Bethe–Heitler without screening, 4αr²Z²[1 − 4x(1−x)/3](ln(2Ex(1−x)/m) − ½), for a light nucleus-free regime', () => {
    // e+e− at 5 MeV in lead: t_min ≫ 1/a² (no screening) and ≪ d (point nucleus).
    const E = 0.005;
    const x = 0.5;
    const re2 = (1 / 137.035999084 / ELECTRON_MASS) ** 2 * 0.3893793721e9; // pb
    const bh = 4 * (1 / 137.035999084) * re2 * 82 * 82 * (1 - (4 / 3) * x * (1 - x)) * (Math.log((2 * E * x * (1 - x)) / ELECTRON_MASS) - 0.5);
    expect(leptonPairDsigmaDx(E, x, ELECTRON_MASS, Pb) / bh).toBeCloseTo(1, 2);
  });
  it('is 21% below the complete-screening e+e− cross section 7/(9 n X0) of lead (the documented missing unit of logarithm)', () => {
    const sigmaPb = leptonPairCrossSection(1000, ELECTRON_MASS, Pb) * 1e-36; // cm²
    const expected = (7 / 9) * (207.2 / (AVOGADRO * 6.37)); // X0 = 6.37 g/cm²
    expect(sigmaPb / expected).toBeCloseTo(0.79, 1);
  });
  it('makes μ+μ− pairs about (mₑ/m_μ)² as often as e+e−, growing logarithmically with energy', () => {
    const ratio = leptonPairCrossSection(100, MUON_MASS, Pb) / leptonPairCrossSection(100, ELECTRON_MASS, Pb);
    expect(ratio).toBeGreaterThan(0.5 * (ELECTRON_MASS / MUON_MASS) ** 2);
    expect(ratio).toBeLessThan(3 * (ELECTRON_MASS / MUON_MASS) ** 2);
    expect(leptonPairCrossSection(100, MUON_MASS, Pb)).toBeGreaterThan(leptonPairCrossSection(10, MUON_MASS, Pb));
    expect(leptonPairCrossSection(0.2, MUON_MASS, Pb)).toBe(0);
  });
  it('samples x symmetric about ½ with the mean ½', () => {
    const r = new RandomStream(1, 1);
    let s = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) s += sampleLeptonPairFraction(50, MUON_MASS, Pb, () => r.uniform());
    expect(s / n).toBeCloseTo(0.5, 2);
  });
});
