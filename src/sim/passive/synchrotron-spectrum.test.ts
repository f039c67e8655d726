import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { SR_MEAN_X, SR_NUMBER_INTEGRAL, SR_SMALL_X_COEFF, sampleSynchrotronX, synchrotronF, synchrotronTableIntegral } from './synchrotron-spectrum.js';

describe('synchrotronF(x) = ∫ₓ^∞ K_{5/3}', () => {
  it('gives x·F(x) = 0.6514 at x = 1 and a peak of 0.918 at x ≈ 0.29 (the universal SR function, e.g. Jackson §14.6, Wiedemann)', () => {
    expect(synchrotronF(1)).toBeCloseTo(0.6514, 4);
    let best = 0;
    let at = 0;
    for (let x = 0.2; x < 0.4; x += 0.001) {
      const v = x * synchrotronF(x);
      if (v > best) [best, at] = [v, x];
    }
    expect(best).toBeCloseTo(0.918, 3);
    expect(at).toBeCloseTo(0.286, 2);
  });

  it('approaches (3/2)·2^{2/3}·Γ(5/3)·x^{−2/3} for x → 0 (A&S 9.6.9)', () => {
    expect(synchrotronF(1e-7) * Math.pow(1e-7, 2 / 3)).toBeCloseTo(SR_SMALL_X_COEFF, 3);
  });

  it('integrates to 5π/3 over x (Gradshteyn–Ryzhik 6.561.16), checking the quadrature behind the sampler', () => {
    expect(synchrotronTableIntegral()).toBeCloseTo(SR_NUMBER_INTEGRAL, 8);
  });
});

describe('sampleSynchrotronX(u)', () => {
  it('has the mean 8/(15√3) = 0.3079 and the second moment 4Γ(7/6)Γ(17/6)/(5π) = 0.4074 of the photon spectrum', () => {
    const rng = new RandomStream(7, 1);
    const n = 400_000;
    let s = 0;
    let s2 = 0;
    let s4 = 0;
    for (let i = 0; i < n; i++) {
      const x = sampleSynchrotronX(rng.uniform());
      s += x;
      s2 += x * x;
      s4 += x * x * x * x;
    }
    const mean = s / n;
    const m2 = s2 / n;
    expect(SR_MEAN_X).toBeCloseTo(0.30792, 5);
    expect(Math.abs(mean - SR_MEAN_X)).toBeLessThan(4 * Math.sqrt((m2 - mean * mean) / n));
    expect(Math.abs(m2 - 0.4074)).toBeLessThan(4 * Math.sqrt((s4 / n - m2 * m2) / n));
  });

  it('puts 50% of the photons below the median x = 0.0784 of F(x)/(5π/3) (found here by a direct quadrature of F)', () => {
    // Median from a direct quadrature of F: find m with ∫₀^m F = (5π/6).
    const h = 1e-5;
    let c = 3 * SR_SMALL_X_COEFF * Math.cbrt(1e-4); // ∫₀^{1e-4} a x^{−2/3} dx, the small-x limit
    let x = 1e-4;
    while (c < SR_NUMBER_INTEGRAL / 2) {
      c += synchrotronF(x + h / 2) * h;
      x += h;
    }
    const rng = new RandomStream(7, 2);
    let below = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) if (sampleSynchrotronX(rng.uniform()) < x) below++;
    expect(x).toBeCloseTo(0.0784, 3);
    expect(below / n).toBeCloseTo(0.5, 2);
  });
});
