import { describe, expect, it } from 'vitest';
import { DHS_DOF_TABLE } from './dof-table-dhs.js';
import { DOF_TABLE_RANGE_GEV, effectiveDof } from './effective-dof.js';

describe('DHS_DOF_TABLE', () => {
  it('covers 20 keV–12.6 GeV in strictly increasing T with 20 points per decade (gaps allowed)', () => {
    const t = DHS_DOF_TABLE.temperatureGeV;
    expect(t[0]).toBeCloseTo(1.99526e-5, 10);
    expect(t[t.length - 1]).toBeCloseTo(12.5892, 4);
    for (let i = 1; i < t.length; i++) {
      const step = Math.log10(t[i] / t[i - 1]);
      expect(step).toBeGreaterThan(0.02);
      expect(step).toBeLessThan(0.101);
    }
  });
  it('has a g*^{1/2} column consistent with (g*s/√g*)(1 + d ln g*s / 3 d ln T) from the other two columns', () => {
    // Gondolo & Gelmini 1991 (Sec. 3), derivative by central differences on the table. The check
    // catches transcription errors; agreement is limited by the 6-digit table and the finite
    // differences (worst, 0.6%, near the QCD crossover, where g*s changes by 10% per table step).
    const { temperatureGeV: t, gStarS: h, gStar: g, gStarHalf } = DHS_DOF_TABLE;
    let worst = 0;
    for (let i = 1; i < t.length - 1; i++) {
      const dlnh = Math.log(h[i + 1] / h[i - 1]) / Math.log(t[i + 1] / t[i - 1]);
      const expected = (h[i] / Math.sqrt(g[i])) * (1 + dlnh / 3);
      worst = Math.max(worst, Math.abs(gStarHalf[i] / expected - 1));
    }
    expect(worst).toBeLessThan(0.01); // measured: 0.6% at T ≈ 110–160 MeV
  });
});

describe('effectiveDof(temperatureGeV)', () => {
  it('gives the standard limits: g*s → 3.94 and g* → 3.38 today, ≈ 10.75 between 1 and 10 MeV', () => {
    const low = effectiveDof(1e-6);
    expect(low.gStarS).toBeCloseTo(3.939, 2);
    expect(low.gStar).toBeCloseTo(3.384, 2);
    const mev = effectiveDof(5e-3);
    expect(mev.gStarS).toBeCloseTo(10.83, 1);
    expect(mev.gStar).toBeCloseTo(10.83, 1);
  });
  it('drops across the QCD crossover (≈ 150 MeV): g*s(1 GeV) > 70 and g*s(100 MeV) < 18', () => {
    expect(effectiveDof(1).gStarS).toBeGreaterThan(70);
    expect(effectiveDof(0.1).gStarS).toBeLessThan(18);
  });
  it('interpolates linearly in ln T between table rows', () => {
    const { temperatureGeV: t, gStar } = DHS_DOF_TABLE;
    const i = 40;
    const mid = Math.sqrt(t[i] * t[i + 1]);
    expect(effectiveDof(mid).gStar).toBeCloseTo(0.5 * (gStar[i] + gStar[i + 1]), 10);
  });
  it('holds the end values outside the table and rejects T ≤ 0', () => {
    expect(effectiveDof(DOF_TABLE_RANGE_GEV[0] / 100).gStarS).toBe(effectiveDof(DOF_TABLE_RANGE_GEV[0]).gStarS);
    expect(() => effectiveDof(0)).toThrow(/temperatureGeV/);
  });
});
