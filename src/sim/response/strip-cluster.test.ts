import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { STRIP_RESPONSE, maxClusterStrips, moyal, normalCdf, spreadCluster } from './strip-cluster.js';

describe('normalCdf(x)', () => {
  it('matches tabulated values of Φ to 1e-7', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447461, 7);
    expect(normalCdf(-2)).toBeCloseTo(0.0227501319, 7);
    expect(normalCdf(3.5)).toBeCloseTo(0.9997673709, 7);
  });
});

describe('moyal(rng)', () => {
  it('has mean γ_E + ln 2, variance π²/2 and its mode at 0', () => {
    const r = new RandomStream(3, 1);
    const n = 200000;
    let s = 0;
    let s2 = 0;
    const hist = new Float64Array(40);
    for (let i = 0; i < n; i++) {
      const x = moyal(r);
      s += x;
      s2 += x * x;
      const b = Math.floor((x + 4) / 0.25);
      if (b >= 0 && b < 40) hist[b]++;
    }
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    expect(mean).toBeCloseTo(0.5772156649 + Math.LN2, 1);
    expect(Math.abs(variance / (Math.PI ** 2 / 2) - 1)).toBeLessThan(0.03);
    const mode = hist.indexOf(Math.max(...hist)) * 0.25 - 4 + 0.125;
    expect(Math.abs(mode)).toBeLessThan(0.3);
  });
});

describe('spreadCluster(center, charge, …)', () => {
  it('without noise keeps the charge and puts the centroid on the centre', () => {
    const p = { ...STRIP_RESPONSE, noiseAdc: 0, thresholdAdc: 1 };
    const strips = new Int32Array(maxClusterStrips(p.clusterSigmaPitch));
    const q = new Uint16Array(strips.length);
    const r = new RandomStream(1, 1);
    for (const c of [10.5, 10.13, 10.87, 0.6]) {
      const n = spreadCluster(c, 1000, 320, p, r, strips, q);
      let sum = 0;
      let m = 0;
      for (let i = 0; i < n; i++) {
        sum += q[i];
        m += q[i] * (strips[i] + 0.5);
      }
      if (c > 5) {
        expect(n).toBeGreaterThanOrEqual(3);
        expect(n).toBeLessThanOrEqual(9);
        expect(Math.abs(sum - 1000)).toBeLessThanOrEqual(n);
        expect(m / sum).toBeCloseTo(c, 2);
      } else {
        // At the plane's edge the charge beyond strip 0 is lost.
        expect(strips[0]).toBe(0);
        expect(sum).toBeLessThan(1000);
      }
    }
  });
  it('applies the threshold and the 12-bit range', () => {
    const p = { ...STRIP_RESPONSE, noiseAdc: 0 };
    const strips = new Int32Array(maxClusterStrips(p.clusterSigmaPitch));
    const q = new Uint16Array(strips.length);
    const r = new RandomStream(1, 1);
    const n = spreadCluster(10.5, 1e6, 320, p, r, strips, q);
    expect(q[Math.floor(n / 2)]).toBe(4095);
    expect(spreadCluster(10.5, 20, 320, p, r, strips, q)).toBe(0);
  });
});
