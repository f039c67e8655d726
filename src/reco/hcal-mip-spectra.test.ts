import { describe, expect, it } from 'vitest';
import { bundledSetup, simulateSample, trueRecoCalibration } from '../../test/support/simulated-sample.js';
import { createDstBatch } from './dst-columns.js';
import { EventReconstructor } from './event-reconstructor.js';
import { HcalMipSpectra } from './hcal-mip-spectra.js';
import { mipPeak } from './mip-peak.js';
import { nominalCalibration } from './reco-calibration.js';

describe('mipPeak(counts, lo, width)', () => {
  it('finds the mode of a Gaussian histogram', () => {
    const c = Float64Array.from({ length: 100 }, (_, i) => Math.round(1000 * Math.exp(-0.5 * ((i + 0.5 - 40.3) / 8) ** 2)));
    const p = mipPeak(c, 0, 1);
    expect(p?.peak).toBeCloseTo(40.3, 1);
  });
});

describe('HcalMipSpectra', () => {
  it('recovers the true HCAL cell gains of a simulated muon run from the MIP peaks, up to a common scale, within their errors', () => {
    const base = bundledSetup('na64e-2021-2023');
    // Muons spread over the 3 × 3 cells: the beam line without magnets, elements on the axis, a wide spot.
    const setup = {
      ...base,
      detectors: base.detectors?.filter((d) => d.type !== 'magnet').map((d) => ({ ...d, xCm: 0 })),
      beam: { ...base.beam, particle: 'mu-', spotSigmaXCm: 15, spotSigmaYCm: 15, contamination: [], lowEnergyTailFraction: 0, particlesPerSpill: 1e3 },
    } as typeof base;
    const s = simulateSample('na64e-2021-2023', 16000, 5, 'beam', setup);
    const truth = trueRecoCalibration(s);
    const nom = nominalCalibration(s.geometry, setup.name);
    const rec = new EventReconstructor(s.geometry, s.setup, nom, { tracking: null });
    const spectra = new HcalMipSpectra(s.geometry, nom.adc.gain);
    const dst = createDstBatch(1);
    for (const b of s.batches)
      for (let i = 0; i < b.n; i++) {
        rec.reconstruct(b, i, dst, 0);
        spectra.fill(rec.cellEnergy);
      }
    const ratio: number[] = [];
    const err: number[] = [];
    for (let i = 0; i < spectra.channels.length; i++) {
      const p = spectra.peak(i);
      expect(p, `cell ${i}`).not.toBeNull();
      const g = truth.adc.gain[spectra.channels[i]];
      ratio.push((p?.peak ?? 0) / g);
      err.push((p?.error ?? 0) / g);
    }
    // peak/gain = the MIP's most probable deposit [GeV], common to all cells.
    const scale = ratio.reduce((a, b) => a + b, 0) / ratio.length;
    expect(scale).toBeGreaterThan(1);
    expect(scale).toBeLessThan(3);
    const pulls = ratio.map((r, i) => (r - scale) / err[i]);
    const rms = Math.sqrt(pulls.reduce((a, p) => a + p * p, 0) / pulls.length);
    expect(rms).toBeLessThan(2);
    expect(rms).toBeGreaterThan(0.4);
    if (process.env.EMISS_PRINT) console.log(JSON.stringify({ scale, rms, meanRelErr: err.reduce((a, b) => a + b, 0) / err.length / scale }));
  });
});
