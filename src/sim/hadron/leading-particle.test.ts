import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { Species } from '../species.js';
import { LEADING_TABLES, LOCAL, leadingProbability, meanLeadingFraction, sampleLeading, sampleLeadingFraction } from './leading-particle.js';

describe('LEADING_TABLES', () => {
  it('every table is a probability distribution', () => {
    for (const [, t] of LEADING_TABLES) {
      expect(t.probabilities.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      for (const p of t.probabilities) expect(p).toBeGreaterThan(0);
    }
  });

  it('gives the documented leading-neutral probabilities: π⁻ 3.7% (K⁰_L 2.7%, n 1%), K⁻ 10.0% (K⁰_L 9.0%), p → n 29.1%', () => {
    const neutral = (s: number) => leadingProbability(s, Species.K0L) + leadingProbability(s, Species.Neutron);
    expect(neutral(Species.PiMinus)).toBeCloseTo(0.0371, 4);
    expect(leadingProbability(Species.PiMinus, Species.K0L)).toBeCloseTo(0.0271, 4);
    expect(neutral(Species.KMinus)).toBeCloseTo(0.1002, 4);
    expect(leadingProbability(Species.Proton, Species.Neutron)).toBeCloseTo(0.2907, 4);
    // K⁻ (s ū) gives K⁰_L three times more often than π⁻ (strangeness of the valence quark).
    expect(leadingProbability(Species.KMinus, Species.K0L) / leadingProbability(Species.PiMinus, Species.K0L)).toBeCloseTo(1 / 0.3, 6);
  });

  it('gives charge exchange π⁻ → π⁰ with 36.1% and keeps the π⁻ with 51.1%; isospin mirrors agree', () => {
    expect(leadingProbability(Species.PiMinus, Species.Pi0)).toBeCloseTo(0.3609, 4);
    expect(leadingProbability(Species.PiMinus, Species.PiMinus)).toBeCloseTo(0.5109, 4);
    expect(leadingProbability(Species.PiPlus, Species.PiPlus)).toBe(leadingProbability(Species.PiMinus, Species.PiMinus));
    expect(leadingProbability(Species.Neutron, Species.Proton)).toBe(leadingProbability(Species.Proton, Species.Neutron));
    expect(leadingProbability(Species.Photon, Species.PiPlus)).toBe(leadingProbability(Species.Photon, Species.PiMinus));
  });
});

describe('sampleLeading()', () => {
  it('sampleLeading() draws the outcomes with the table probabilities', () => {
    const t = LEADING_TABLES.get(Species.KMinus)!;
    const rng = new RandomStream(5, 1);
    const counts = new Map<number, number>();
    const N = 200000;
    for (let i = 0; i < N; i++) {
      const o = sampleLeading(t, rng.uniform());
      counts.set(o, (counts.get(o) ?? 0) + 1);
    }
    t.outcomes.forEach((o, i) => {
      const p = t.probabilities[i];
      expect(Math.abs((counts.get(o) ?? 0) / N - p), `outcome ${o}`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N));
    });
    expect(counts.has(LOCAL)).toBe(true);
  });
});

describe('sampleLeadingFraction()', () => {
  it('sampleLeadingFraction() is uniform on a nucleon and softer on heavy nuclei (⟨x⟩ 0.50, 0.40 Fe, 0.37 Pb)', () => {
    const rng = new RandomStream(5, 2);
    for (const [A, mean] of [[1, 0.5], [55.845, 0.402], [207.2, 0.372]] as const) {
      let s = 0;
      let outside = 0;
      const N = 100000;
      for (let i = 0; i < N; i++) {
        const x = sampleLeadingFraction(A, rng.uniform());
        if (!(x > 0 && x < 1)) outside++;
        s += x;
      }
      expect(outside).toBe(0);
      expect(meanLeadingFraction(A)).toBeCloseTo(mean, 3);
      expect(Math.abs(s / N - meanLeadingFraction(A))).toBeLessThan(4 * (0.29 / Math.sqrt(N)));
    }
  });
});
