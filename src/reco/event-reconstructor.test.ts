import { describe, expect, it } from 'vitest';
import { bundledSetup, simulateSample, trueRecoCalibration } from '../../test/support/simulated-sample.js';
import { DST_COLUMNS, createDstBatch } from './dst-columns.js';
import { EventReconstructor } from './event-reconstructor.js';

/** Reconstructs a sample; returns the DST columns of all events. */
function reconstruct(sample: ReturnType<typeof simulateSample>): Record<string, Float64Array> {
  const rec = new EventReconstructor(sample.geometry, sample.setup, trueRecoCalibration(sample));
  const n = sample.batches.reduce((s, b) => s + b.n, 0);
  const out: Record<string, Float64Array> = {};
  for (const c of DST_COLUMNS) out[c] = new Float64Array(n);
  let at = 0;
  const dst = createDstBatch(256);
  for (const b of sample.batches) {
    rec.reconstructBatch(b, dst);
    for (const c of DST_COLUMNS) out[c].set(dst.columns[c].subarray(0, dst.n), at);
    at += dst.n;
  }
  return out;
}

/** Mean and RMS of e_ecal/truth eEcal over single-particle electron showers (no pile-up, E_true > E0/2). */
function ecalRatio(sample: ReturnType<typeof simulateSample>, dst: Record<string, Float64Array>, e0: number): { mean: number; rms: number; n: number } {
  let n = 0;
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < dst.event.length; i++) {
    if (sample.truth.pileup[i] !== 0 || sample.truth.eEcal[i] < 0.5 * e0) continue;
    const r = dst.e_ecal_GeV[i] / sample.truth.eEcal[i];
    n++;
    s += r;
    s2 += r * r;
  }
  const mean = s / n;
  return { mean, rms: Math.sqrt(s2 / n - mean * mean), n };
}

describe('EventReconstructor.reconstructBatch on simulated NA64e events (true calibration)', () => {
  const sample = simulateSample('na64e-2021-2023', 800, 11);
  const dst = reconstruct(sample);
  const ecal = sample.geometry.elements.find((e) => e.role === 'ecal');
  const r = ecal?.response;

  it('reconstructs the ECAL energy without bias, with the resolution of the read-out (a/√E ⊕ 1/√(pE))', () => {
    const { mean, rms, n } = ecalRatio(sample, dst, 100);
    expect(n).toBeGreaterThan(300);
    // The read-out's own spread (docs/sim-response.md): sampling a²E and photo-statistics E/p.
    const expected = Math.sqrt((r?.samplingStochastic ?? 0) ** 2 / 100 + 1 / ((r?.photoelectronsPerGeV ?? 1) * 100));
    expect(Math.abs(mean - 1)).toBeLessThan(0.003);
    // Noise of 36 cells and the pedestal estimate add ≲ 0.4% in quadrature; the sample's rms
    // itself has a relative statistical error 1/√(2n), allowed at 3σ.
    const stat = 3 / Math.sqrt(2 * n);
    expect(rms).toBeGreaterThan(0.9 * expected * (1 - stat));
    expect(rms).toBeLessThan(Math.sqrt(expected ** 2 + 0.005 ** 2) * (1 + stat));
  });

  it('measures the in-time shower of a pile-up event, not the sum: a second particle anywhere in the 400 ns window adds its energy only when the pulses overlap', () => {
    // The extra particle's time is uniform over the window; pulses (FWHM 51 ns) closer than
    // about ±60 ns cannot be told apart: ≈ 30% of pile-up events. Summing every pulse gave 94%.
    let n = 0;
    let summed = 0;
    for (let i = 0; i < dst.event.length; i++) {
      if (!sample.truth.pileup[i] || sample.truth.eEcal[i] < 150) continue;
      n++;
      if (dst.e_ecal_GeV[i] > 150) summed++;
    }
    expect(n).toBeGreaterThan(100);
    expect(summed / n).toBeLessThan(0.5);
    expect(summed / n).toBeGreaterThan(0.1);
  });

  it('is linear: the same ratio for the 50–75 GeV electrons of the low-energy beam tail as at 100 GeV', () => {
    const tail = simulateSample('na64e-2021-2023', 400, 12, 'low-energy-tail');
    const d = reconstruct(tail);
    let n = 0;
    let s = 0;
    for (let i = 0; i < d.event.length; i++) {
      const e = tail.truth.eEcal[i];
      if (tail.truth.pileup[i] || e < 50 || e > 75) continue;
      n++;
      s += d.e_ecal_GeV[i] / e;
    }
    expect(n).toBeGreaterThan(50);
    const { mean: m100 } = ecalRatio(sample, dst, 100);
    expect(Math.abs(s / n / m100 - 1)).toBeLessThan(0.004);
  });

  it('times in-time showers at 0 within a nanosecond, and finds the shower centre near the beam spot', () => {
    const t: number[] = [];
    let dx = 0;
    let m = 0;
    for (let i = 0; i < dst.event.length; i++) {
      if (sample.truth.pileup[i] || sample.truth.eEcal[i] < 50) continue;
      t.push(dst.ecal_time_ns[i]);
      dx += dst.ecal_x_cm[i] - (ecal?.x0 ?? 0);
      m++;
    }
    t.sort((a, b) => a - b);
    expect(Math.abs(t[t.length >> 1])).toBeLessThan(1);
    expect(t[Math.floor(0.9 * t.length)] - t[Math.floor(0.1 * t.length)]).toBeLessThan(3);
    // The deflected beam is aimed at the ECAL centre (configs/na64e-2021-2023.yaml).
    expect(Math.abs(dx / m)).toBeLessThan(1);
  });

  it('gives electron showers a lateral χ²/ndf near 1 and fills every column with finite numbers', () => {
    const c: number[] = [];
    for (let i = 0; i < dst.event.length; i++) if (!sample.truth.pileup[i] && sample.truth.eEcal[i] > 50) c.push(dst.ecal_chi2[i]);
    c.sort((a, b) => a - b);
    expect(c[c.length >> 1]).toBeGreaterThan(0.5);
    expect(c[c.length >> 1]).toBeLessThan(2);
    for (const col of DST_COLUMNS) for (const v of dst[col]) expect(Number.isFinite(v)).toBe(true);
    expect(dst.trigger_class.every((v) => v === 0)).toBe(true);
    // trigger_physics is the physics bit: set only where the ECAL saw less than the trigger's 80 GeV.
    for (let i = 0; i < dst.event.length; i++) {
      expect(dst.trigger_physics[i]).toBe(dst.trigger_bits[i] & 1);
      if (dst.trigger_physics[i] === 1) expect(sample.truth.eEcal[i]).toBeLessThan(85);
    }
    for (let i = 0; i < dst.event.length; i++) expect(dst.event[i]).toBe(sample.truth.event[i]);
  });

  it('measures the beam momentum in most events (tracking integrated)', () => {
    let ok = 0;
    let p = 0;
    for (let i = 0; i < dst.event.length; i++) if (dst.mom_ok[i]) {
      ok++;
      p += dst.mom_GeV[i];
    }
    expect(ok / dst.event.length).toBeGreaterThan(0.8);
    expect(Math.abs(p / ok - 100)).toBeLessThan(3);
  });
});

describe('EventReconstructor: ECAL shower centre', () => {
  it('finds the impact point of 100 GeV electrons within ~0.3 cm, without an S-shaped bias across the 3.82-cm cells', () => {
    const base = bundledSetup('na64e-2021-2023');
    // Straight beam line (no magnets, elements on the axis), a 4-cm spot without divergence: the impact is (beamX, beamY).
    const setup = {
      ...base,
      detectors: base.detectors?.filter((d) => d.type !== 'magnet').map((d) => ({ ...d, xCm: 0 })),
      beam: { ...base.beam, spotSigmaXCm: 4, spotSigmaYCm: 4, divergenceXMrad: 0, divergenceYMrad: 0, contamination: [], lowEnergyTailFraction: 0, particlesPerSpill: 1e3 },
    } as typeof base;
    const s = simulateSample('na64e-2021-2023', 2500, 7, 'beam', setup);
    const d = reconstruct(s);
    const dx: number[] = [];
    const byPhase: number[][] = Array.from({ length: 4 }, () => []);
    for (let i = 0; i < d.event.length; i++) {
      const tx = s.truth.beamX[i];
      if (!d.ecal_ok[i] || s.truth.eEcal[i] < 80 || Math.abs(tx) > 9 || Math.abs(s.truth.beamY[i]) > 9) continue;
      dx.push(d.ecal_x_cm[i] - tx);
      byPhase[Math.min(3, Math.floor((((tx + 11.46) % 3.82) / 3.82) * 4))].push(d.ecal_x_cm[i] - tx);
    }
    const q = (a: number[], p: number): number => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))];
    expect(dx.length).toBeGreaterThan(500);
    expect(Math.abs(q(dx, 0.5))).toBeLessThan(0.05);
    const core = (q(dx, 0.841) - q(dx, 0.159)) / 2;
    expect(core).toBeLessThan(0.4);
    // The median offset in each quarter of the cell (an energy-weighted centroid has an S-shaped bias).
    for (const a of byPhase) expect(Math.abs(q(a, 0.5))).toBeLessThan(0.15);
  });
});
