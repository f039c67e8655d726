import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmissError, RandomStream } from '../../core/index.js';
import { RawStreamReader, cloneBatch } from '../../daq/index.js';
import type { RawEventBatch } from '../../daq/index.js';
import { parseSetup } from '../../setup/index.js';
import type { Setup } from '../../setup/index.js';
import { SimulationRun, TRUTH_COLUMNS, buildGeometry } from '../../sim/index.js';
import { TrackReconstructor, createTrackSummary } from './track-reconstructor.js';
import type { TrackingOptions } from './track-reconstructor.js';

// Validation of the tracking on simulated events (docs/validation.md, "Tracking"): a 100 GeV
// μ− beam through the NA64e 2021–2023 spectrometer has no radiative losses (synchrotron
// radiation ∝ (mₑ/m_μ)⁴, bremsstrahlung ∝ (mₑ/m_μ)²), so the momentum at the magnets is the
// beam momentum of the truth table.
function load(file: string, beam: Partial<Setup['beam']>): { setup: Setup; hash: Uint8Array } {
  const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
  const setup = parseSetup(text, file);
  setup.beam = { ...setup.beam, ...beam };
  return { setup, hash: new Uint8Array(createHash('sha256').update(text).digest()) };
}

interface Sample {
  run: SimulationRun;
  batches: RawEventBatch[];
  truth: Float64Array[];
}

function simulate(file: string, beam: Partial<Setup['beam']>, n: number, seed: number): Sample & { setup: Setup } {
  const { setup, hash } = load(file, beam);
  const run = new SimulationRun({ setup, fileName: file, process: 'beam', seed, runNumber: 1, setupHash: hash });
  const chunk = run.simulateChunk(0, n);
  const batches: RawEventBatch[] = [];
  const reader = new RawStreamReader((b) => batches.push(cloneBatch(b)));
  reader.push(run.fileHeader());
  reader.push(chunk.raw);
  reader.end();
  return { run, batches, truth: chunk.truth, setup };
}

const col = (s: Sample, name: string): Float64Array => s.truth[TRUTH_COLUMNS.indexOf(name as (typeof TRUTH_COLUMNS)[number])];

/** Half the 15.9%–84.1% quantile range: σ of the Gaussian core, insensitive to tails. */
function robustSigma(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return 0.5 * (s[Math.floor(0.8413 * (s.length - 1))] - s[Math.floor(0.1587 * (s.length - 1))]);
}
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

interface Result {
  ok: number;
  okOut: number;
  rel: number[];
  relErr: number[];
  pulls: number[];
  up: number[];
  down: number[];
  relOut: number[];
}

function reconstructAll(s: Sample & { setup: Setup }, options: TrackingOptions = {}): Result {
  const rec = new TrackReconstructor(s.run.geometry, s.setup, s.run.calibration, options);
  const out = createTrackSummary();
  const E = col(s, 'beamEnergyGeV');
  const r: Result = { ok: 0, okOut: 0, rel: [], relErr: [], pulls: [], up: [], down: [], relOut: [] };
  let k = 0;
  for (const b of s.batches) {
    for (let i = 0; i < b.n; i++, k++) {
      rec.reconstruct(b, i, out);
      r.up.push(out.nTracksUp);
      r.down.push(out.nTracksDown);
      if (out.momOutOk) {
        r.okOut++;
        r.relOut.push(out.momOutGeV / E[k] - 1);
      }
      if (!out.momOk) continue;
      r.ok++;
      r.rel.push(out.momGeV / E[k] - 1);
      r.relErr.push(out.momErrGeV / out.momGeV);
      r.pulls.push((out.momGeV - E[k]) / out.momErrGeV);
    }
  }
  return r;
}

const N = 3000;
const muNa64e = simulate('configs/na64e-2021-2023.yaml', { particle: 'mu-', contamination: [], lowEnergyTailFraction: 0 }, N, 21);

describe('TrackReconstructor.reconstruct: NA64e 2021–2023, 100 GeV μ−', () => {
  const kink = reconstructAll(muNa64e);
  const arms = reconstructAll(muNa64e, { method: 'arms' });
  const meanErr = kink.relErr.reduce((a, b) => a + b, 0) / kink.relErr.length;
  it('measures a momentum in ≥ 92% of the events (two upstream x planes of 97% efficiency each: ε² = 94%)', () => {
    expect(kink.ok / N).toBeGreaterThan(0.92);
    expect(kink.ok / N).toBeLessThan(0.97 ** 2 + 0.02);
  });
  it('is unbiased: median p/p_true − 1 within 0.03% (3σ of the median at σ = 0.25%, n ≈ 2800)', () => {
    expect(Math.abs(median(kink.rel))).toBeLessThan(3e-4);
  });
  it('has the resolution expected from the hit resolution and multiple scattering: core σ within 15% of the mean predicted σ_p/p, pulls of unit width', () => {
    expect(meanErr).toBeGreaterThan(0.0015);
    expect(meanErr).toBeLessThan(0.004);
    expect(robustSigma(kink.rel) / meanErr).toBeGreaterThan(0.9);
    expect(robustSigma(kink.rel) / meanErr).toBeLessThan(1.15);
    expect(robustSigma(kink.pulls)).toBeGreaterThan(0.9);
    expect(robustSigma(kink.pulls)).toBeLessThan(1.15);
  });
  it("the two-arm method (p = 0.3∫B·dl/Δθ of two free lines) agrees, with the larger error of the 2-point upstream angle", () => {
    const armsErr = arms.relErr.reduce((a, b) => a + b, 0) / arms.relErr.length;
    // σ_θ,up = √2·80 µm/100 cm = 1.13e-4 rad → σ_p/p ≥ 0.54% at Δθ = 21 mrad.
    expect(armsErr).toBeGreaterThan(0.0054);
    expect(robustSigma(arms.rel) / armsErr).toBeGreaterThan(0.9);
    expect(robustSigma(arms.rel) / armsErr).toBeLessThan(1.15);
    expect(Math.abs(median(arms.rel))).toBeLessThan(6e-4);
  });
  it('counts one track upstream and downstream in events without pile-up', () => {
    const pile = col(muNa64e, 'pileup');
    let single = 0;
    let clean = 0;
    for (let i = 0; i < N; i++) {
      if (pile[i]) continue;
      clean++;
      if (kink.up[i] === 1 && kink.down[i] === 1) single++;
    }
    expect(single / clean).toBeGreaterThan(0.95);
  });
});

describe('TrackReconstructor.reconstruct: NA64e 2021–2023, 100 GeV e−', () => {
  const e = simulate('configs/na64e-2021-2023.yaml', {}, 2000, 22);
  const r = reconstructAll(e);
  it('measures the momentum at the magnets: below the beam energy by the radiative losses upstream (S0, trackers, S1: ~0.02 X0) and the synchrotron radiation in the field', () => {
    expect(r.ok / 2000).toBeGreaterThan(0.88);
    const m = median(r.rel);
    expect(m).toBeLessThan(0);
    expect(m).toBeGreaterThan(-0.006);
  });
});

describe('TrackReconstructor.reconstruct: NA64μ 2022, 160 GeV μ−, two spectrometers', () => {
  const mu = simulate('configs/na64mu-2022.yaml', { contamination: [] }, 2000, 23);
  const r = reconstructAll(mu);
  const meanErr = r.relErr.reduce((a, b) => a + b, 0) / r.relErr.length;
  it('measures the incoming momentum (BMS hodoscopes around B6) with unit pulls', () => {
    expect(r.ok / 2000).toBeGreaterThan(0.85);
    expect(Math.abs(median(r.rel))).toBeLessThan(3 * 1.25 * meanErr / Math.sqrt(r.ok));
    expect(robustSigma(r.pulls)).toBeGreaterThan(0.9);
    expect(robustSigma(r.pulls)).toBeLessThan(1.15);
  });
  it('measures the scattered momentum behind the target (MS2) for most muons', () => {
    expect(r.okOut / 2000).toBeGreaterThan(0.75);
    // The muon loses a few GeV at most in the 40 X0 target (ionization ~1.5 GeV, rare radiation).
    expect(median(r.relOut)).toBeLessThan(0);
    expect(median(r.relOut)).toBeGreaterThan(-0.05);
  });
});

describe('TrackReconstructor.reconstruct on damaged hit data', () => {
  it('never throws and writes only finite numbers for random channels, charges and times (NaN, ±Infinity, huge)', () => {
    const rec = new TrackReconstructor(muNa64e.run.geometry, muNa64e.setup, muNa64e.run.calibration);
    const out = createTrackSummary();
    const rng = new RandomStream(5, 0, 0);
    const nCh = muNa64e.run.geometry.nTrackerChannels;
    const weird = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e30, -1e30, 0];
    const n = 200;
    const m = 400;
    const b = cloneBatch(muNa64e.batches[0]);
    b.n = n;
    b.strawOffset = new Uint32Array(n + 1);
    b.stripOffset = new Uint32Array(n + 1);
    b.strawChannel = new Uint32Array(n * m);
    b.strawTimeNs = new Float32Array(n * m);
    b.stripChannel = new Uint32Array(n * m);
    b.stripCharge = new Uint16Array(n * m);
    b.stripTimeNs = new Float32Array(n * m);
    for (let i = 0; i < n; i++) {
      b.strawOffset[i + 1] = b.stripOffset[i + 1] = (i + 1) * m;
      for (let j = i * m; j < (i + 1) * m; j++) {
        const u = rng.uniform();
        b.strawChannel[j] = b.stripChannel[j] = u < 0.1 ? 0xffffffff : Math.floor(rng.uniform() * nCh);
        b.strawTimeNs[j] = u < 0.2 ? weird[Math.floor(rng.uniform() * weird.length)] : 200 * rng.uniform();
        b.stripTimeNs[j] = u < 0.2 ? weird[Math.floor(rng.uniform() * weird.length)] : 100 * (rng.uniform() - 0.5);
        b.stripCharge[j] = Math.floor(rng.uniform() * 65536);
      }
    }
    for (let i = 0; i < n; i++) {
      rec.reconstruct(b, i, out);
      for (const v of Object.values(out)) expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe('TrackReconstructor without a spectrometer', () => {
  it('reports no momentum (mom_ok = 0, all zeros) when the setup has no magnet', () => {
    const setup = { ...muNa64e.setup, detectors: (muNa64e.setup.detectors ?? []).filter((d) => d.type !== 'magnet') };
    const g = buildGeometry(setup);
    const rec = new TrackReconstructor(g, setup, muNa64e.run.calibration);
    expect(rec.layout.spectrometers).toHaveLength(0);
    const out = createTrackSummary();
    for (let i = 0; i < 100; i++) {
      rec.reconstruct(muNa64e.batches[0], i, out);
      expect(out.momOk).toBe(0);
      expect(out.momGeV).toBe(0);
      expect(out.momOutOk).toBe(0);
    }
  });
});

describe('TrackReconstructor constructor', () => {
  it('names the straw element whose calibration is missing (BAD_FILE)', () => {
    const cal = { straws: muNa64e.run.calibration.straws.slice(1), strips: muNa64e.run.calibration.strips };
    const { setup } = load('configs/na64e-2021-2023.yaml', {});
    expect(() => new TrackReconstructor(muNa64e.run.geometry, setup, cal)).toThrow(EmissError);
    expect(() => new TrackReconstructor(muNa64e.run.geometry, setup, cal)).toThrow(/ST1/);
  });
});
