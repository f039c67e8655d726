import { describe, expect, it } from 'vitest';
import { ALPHA, CHARGED_PION_MASS, EmissError, integrate } from '../../core/index.js';
import { alphaS } from './alpha-s.js';
import { NARROW_RESONANCES, R_RATIO_TABLE } from './r-ratio-data.js';
import { narrowResonanceRRatio, perturbativeRRatio, R_TABLE_MAX_GEV, R_TABLE_MIN_GEV, rRatio, TWO_PION_THRESHOLD_GEV } from './r-ratio.js';

const rows = Array.from({ length: R_RATIO_TABLE.length / 2 }, (_, i) => [R_RATIO_TABLE[2 * i], R_RATIO_TABLE[2 * i + 1]] as const);
const rowsIn = (lo: number, hi: number) => rows.filter(([s]) => s >= lo && s <= hi);
const maxIn = (lo: number, hi: number, n = 4000) => {
  let best = { at: lo, r: 0 };
  for (let i = 0; i <= n; i++) {
    const s = lo + ((hi - lo) * i) / n;
    const r = rRatio(s);
    if (r > best.r) best = { at: s, r };
  }
  return best;
};

describe('R_RATIO_TABLE', () => {
  it('holds 1153 rows from 0.300 to 11.09 GeV, √s strictly increasing and R > 0', () => {
    expect(rows.length).toBe(1153);
    expect(rows[0]).toEqual([0.3, 0.01996]);
    expect(rows[rows.length - 1]).toEqual([11.09, 3.85]);
    for (let i = 1; i < rows.length; i++) expect(rows[i][0]).toBeGreaterThan(rows[i - 1][0]);
    for (const [, r] of rows) expect(r).toBeGreaterThan(0);
  });

  it('keeps the rows of the PDG file it was transcribed from (spot checks)', () => {
    const lookup = new Map(rows);
    expect(lookup.get(0.775)).toBe(11.99639);
    expect(lookup.get(1.0195)).toBe(50.21603);
    expect(lookup.get(1.5)).toBe(2.09644);
    expect(lookup.get(3.0481)).toBe(2.278);
    expect(lookup.get(4.03)).toBe(4.58);
    expect(lookup.get(10.52)).toBe(3.56);
  });
});

describe('rRatio(sqrtS)', () => {
  it('is exactly 0 at and below the two-pion threshold', () => {
    for (const s of [0, 0.001, 0.1, 0.2, 0.279, TWO_PION_THRESHOLD_GEV]) expect(rRatio(s)).toBe(0);
    expect(rRatio(TWO_PION_THRESHOLD_GEV * 1.001)).toBeGreaterThan(0);
  });

  it('rises like the P-wave β_π³ above 2m_π and joins the table continuously at 0.300 GeV', () => {
    const beta3 = (s: number) => (1 - (4 * CHARGED_PION_MASS ** 2) / (s * s)) ** 1.5;
    const subtract = (s: number) => rRatio(s) - narrowResonanceRRatio(s);
    expect(subtract(0.29) / subtract(0.285)).toBeCloseTo(beta3(0.29) / beta3(0.285), 10);
    expect(rRatio(R_TABLE_MIN_GEV * (1 - 1e-9)) / rRatio(R_TABLE_MIN_GEV)).toBeCloseTo(1, 6);
  });

  it('returns the tabulated R at tabulated √s (narrow-resonance tails aside) and interpolates linearly', () => {
    for (const [s, r] of rowsIn(0.3, 3)) expect(rRatio(s) - narrowResonanceRRatio(s)).toBeCloseTo(r, 10);
    const a = rows[500];
    const b = rows[501];
    const mid = 0.5 * (a[0] + b[0]);
    expect(rRatio(mid) - narrowResonanceRRatio(mid)).toBeCloseTo(0.5 * (a[1] + b[1]), 10);
  });

  it('is ≈ N_c Σ Q_q² (1 + α_s/π) = 2(1 + α_s/π) for u, d, s in the 2–3 GeV continuum, within 15%', () => {
    let sum = 0;
    const points = rowsIn(2, 3);
    for (const [s] of points) {
      const qcd = 2 * (1 + alphaS(s) / Math.PI);
      expect(Math.abs(rRatio(s) / qcd - 1)).toBeLessThan(0.15);
      sum += rRatio(s) / qcd;
    }
    expect(Math.abs(sum / points.length - 1)).toBeLessThan(0.08);
  });

  it('is ≈ (10/3)(1 + α_s/π) between open charm and the Υ (5–9.3 GeV), within 15%', () => {
    let sum = 0;
    const points = rowsIn(5, 9.3);
    for (const [s] of points) {
      const qcd = (10 / 3) * (1 + alphaS(s) / Math.PI);
      expect(Math.abs(rRatio(s) / qcd - 1)).toBeLessThan(0.15);
      sum += rRatio(s) / qcd;
    }
    expect(Math.abs(sum / points.length - 1)).toBeLessThan(0.06);
  });

  it('shows the ρ at 0.775 GeV (R ≈ 12) and the ρ–ω interference maximum at the ω (0.782 GeV, R ≈ 19)', () => {
    // R ~ 30–50 is the φ, not the ρ: the ρ peak is σ_ππ ≈ 1.3 μb against σ_pt ≈ 145 nb.
    expect(rRatio(0.775)).toBeGreaterThan(10);
    expect(rRatio(0.775)).toBeLessThan(14);
    const peak = maxIn(0.7, 0.85);
    expect(peak.at).toBeGreaterThan(0.778);
    expect(peak.at).toBeLessThan(0.786);
    expect(peak.r).toBeGreaterThan(17);
    expect(peak.r).toBeLessThan(22);
  });

  it('peaks at the φ(1020) with R ≈ 50', () => {
    const peak = maxIn(1.0, 1.04);
    expect(Math.abs(peak.at - 1.019461)).toBeLessThan(0.001);
    expect(peak.r).toBeGreaterThan(45);
    expect(peak.r).toBeLessThan(55);
  });

  it('resolves the J/ψ, ψ(2S) and Υ peaks at their PDG masses, 9 B_ee B_had/α² above the continuum', () => {
    for (const v of NARROW_RESONANCES) {
      const bee = v.eeWidthGeV / v.widthGeV;
      const expected = (9 * bee * (1 - v.leptonicBranching)) / (ALPHA * ALPHA);
      expect(narrowResonanceRRatio(v.massGeV) / expected).toBeCloseTo(1, 3);
      expect(rRatio(v.massGeV)).toBeGreaterThan(expected);
      expect(narrowResonanceRRatio(v.massGeV + 10 * v.widthGeV)).toBeLessThan(narrowResonanceRRatio(v.massGeV) / 300);
    }
    expect(rRatio(3.0969)).toBeGreaterThan(8000);
  });

  it('gives each narrow resonance the narrow-width area ∫R d√s = 9π Γ_ee B_had/(2α²)', () => {
    for (const v of NARROW_RESONANCES.slice(0, 3)) {
      const { massGeV: m, widthGeV: g } = v;
      const k = 500; // ±500 Γ stays clear of the neighbouring resonances
      const area =
        integrate(narrowResonanceRRatio, m - k * g, m - g, { relTol: 1e-9 }) +
        integrate(narrowResonanceRRatio, m - g, m + g, { relTol: 1e-9 }) +
        integrate(narrowResonanceRRatio, m + g, m + k * g, { relTol: 1e-9 });
      const expected = (9 * Math.PI * v.eeWidthGeV * (1 - v.leptonicBranching)) / (2 * ALPHA * ALPHA);
      // A Lorentzian holds the fraction (2/π) arctan(2k) of its area within ±kΓ.
      expect(area / expected / ((2 / Math.PI) * Math.atan(2 * k))).toBeCloseTo(1, 4);
    }
  });

  it('switches to the γ-exchange perturbative R above 11.09 GeV, meeting the last measured point within 2%', () => {
    for (const s of [11.1, 15, 25]) expect(rRatio(s) - narrowResonanceRRatio(s)).toBeCloseTo(perturbativeRRatio(s), 12);
    expect(Math.abs(rRatio(R_TABLE_MAX_GEV * (1 + 1e-9)) / rRatio(R_TABLE_MAX_GEV) - 1)).toBeLessThan(0.02);
  });

  it('never returns NaN or Infinity and stays ≥ 0 from 0 to 200 GeV', () => {
    for (let s = 0; s <= 200; s += 0.0137) {
      const r = rRatio(s);
      expect(Number.isFinite(r) && r >= 0).toBe(true);
    }
  });

  it('throws OUT_OF_DOMAIN for negative or non-finite √s', () => {
    for (const s of [-0.1, Number.NaN, Infinity]) {
      expect(() => rRatio(s)).toThrow(EmissError);
    }
    expect(() => rRatio(-1)).toThrow(/rRatio/);
  });
});

describe('perturbativeRRatio(sqrtS)', () => {
  it('counts N_c Σ Q_q²: 2, 10/3, 11/3, 5 below charm, above charm, above bottom, above top', () => {
    const bare = (s: number) => perturbativeRRatio(s) / (1 + alphaS(s) / Math.PI);
    expect(bare(3)).toBeCloseTo(2, 12);
    expect(bare(3.8)).toBeCloseTo(10 / 3, 12);
    expect(bare(10.6)).toBeCloseTo(11 / 3, 12);
    expect(bare(400)).toBeCloseTo(5, 12);
  });

  it('throws OUT_OF_DOMAIN below 2 GeV', () => {
    expect(() => perturbativeRRatio(1.5)).toThrow(EmissError);
  });
});

describe('narrowResonanceRRatio(sqrtS)', () => {
  it('is negligible (< 1e-3) far from the resonances, e.g. at 1 GeV and 6 GeV', () => {
    expect(narrowResonanceRRatio(1)).toBeLessThan(1e-3);
    expect(narrowResonanceRRatio(6)).toBeLessThan(1e-3);
  });
});
