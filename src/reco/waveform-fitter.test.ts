import { describe, expect, it } from 'vitest';
import { RandomStream } from '../core/index.js';
import { pulseShape } from '../sim/response/pulse-shape.js';
import { PulseFlag, WaveformFitter } from './waveform-fitter.js';

const S = 32;
const DT = 12.5;

/** A digitized pulse as in docs/sim-response.md: round(ped + A f(t_k − T) + noise·n), clipped to 0…4095. */
function pulse(out: Uint16Array, ped: number, A: number, T: number, noise: number, rng: RandomStream): Uint16Array {
  for (let k = 0; k < S; k++) {
    const v = Math.round(ped + A * pulseShape(k * DT - T) + noise * rng.normal());
    out[k] = Math.min(4095, Math.max(0, v));
  }
  return out;
}

describe('WaveformFitter.fit', () => {
  const fitter = new WaveformFitter({ samples: S, sampleNs: DT, triggerTimeNs: 100 });
  const buf = new Uint16Array(S);

  it('recovers amplitude and time of noiseless pulses at any phase (exact template)', () => {
    for (const T of [95.3, 100, 103.7, 108.2, 121]) {
      const y = new Uint16Array(S);
      for (let k = 0; k < S; k++) y[k] = Math.round(100 + 3000 * pulseShape(k * DT - T));
      fitter.fit(y, 0, 2, 0, 100);
      // Only the rounding to whole counts (σ = 0.29) is left.
      expect(Math.abs(fitter.amplitude - 3000)).toBeLessThan(1);
      expect(Math.abs(fitter.onsetNs - T)).toBeLessThan(0.05);
      expect(fitter.pedestal).toBe(100);
    }
  });

  it('is unbiased with noise, with an amplitude spread near σ/√Σf² (scaling with the noise)', () => {
    const rng = new RandomStream(7, 0, 0);
    const n = 4000;
    let sum = 0;
    let sum2 = 0;
    let tsum2 = 0;
    for (let i = 0; i < n; i++) {
      const T = 100 + 12.5 * rng.uniform() - 6.25;
      pulse(buf, 100, 600, T, 2, rng);
      fitter.fit(buf, 0, 2, 0, 100);
      expect(fitter.flags & PulseFlag.Fitted).toBe(1);
      sum += fitter.amplitude - 600;
      sum2 += (fitter.amplitude - 600) ** 2;
      tsum2 += (fitter.onsetNs - T) ** 2;
    }
    const bias = sum / n;
    const rms = Math.sqrt(sum2 / n);
    // Pedestal error 2/√7 ≈ 0.76 and the 2-parameter fit ≈ 2/√Σf² ≈ 1.3 (+ rounding): rms ≈ 1.5–2.5 ADC.
    expect(Math.abs(bias)).toBeLessThan(0.15);
    expect(rms).toBeGreaterThan(1.2);
    expect(rms).toBeLessThan(2.6);
    // Time: σ_T ≈ σ/(A·|f'|) ~ 0.1 ns at A/σ = 300.
    expect(Math.sqrt(tsum2 / n)).toBeLessThan(0.3);
  });

  it('takes a channel without a pulse as the fixed-time amplitude (mean 0)', () => {
    const rng = new RandomStream(8, 0, 0);
    let sum = 0;
    for (let i = 0; i < 2000; i++) {
      pulse(buf, 100, 0, 100, 2, rng);
      fitter.fit(buf, 0, 2, 0, 100);
      expect(fitter.flags).toBe(0);
      sum += fitter.amplitude;
    }
    expect(Math.abs(sum / 2000)).toBeLessThan(0.1);
  });

  it('fits the edges of a saturated pulse and flags it', () => {
    const rng = new RandomStream(9, 0, 0);
    let worst = 0;
    for (let i = 0; i < 200; i++) {
      const A = 6000 + 2000 * rng.uniform();
      pulse(buf, 100, A, 100 + 6 * rng.uniform() - 3, 2, rng);
      fitter.fit(buf, 0, 2, 0, 100);
      expect(fitter.flags & PulseFlag.Saturated).toBeTruthy();
      worst = Math.max(worst, Math.abs(fitter.amplitude / A - 1));
    }
    // Without the fallback the amplitude would be ≤ 3995 (−33 … −50%).
    expect(worst).toBeLessThan(0.02);
  });

  it('flags a pile-up of two pulses as odd', () => {
    const y = new Uint16Array(S);
    for (let k = 0; k < S; k++) y[k] = Math.round(100 + 1000 * pulseShape(k * DT - 100) + 800 * pulseShape(k * DT - 160));
    fitter.fit(y, 0, 2, 0, 100);
    expect(fitter.flags & PulseFlag.Odd).toBeTruthy();
  });
});
