import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RandomStream, SPEED_OF_LIGHT } from '../../core/index.js';
import { RawEvent } from '../../daq/index.js';
import { parseSetup, setupSchema } from '../../setup/index.js';
import type { Setup } from '../../setup/index.js';
import { EventDeposits } from '../event-deposits.js';
import { buildGeometry } from '../sim-geometry.js';
import type { SimElement, SimGeometry } from '../sim-geometry.js';
import { createDigitizer } from './digitizer.js';
import type { DigitizerOptions } from './digitizer.js';
import { pulseShape } from './pulse-shape.js';
import { strawDriftRadius } from './straw-rt.js';
import { TriggerBit } from './trigger-bits.js';
import { trueCalibration } from './true-calibration.js';

const na64 = parseSetup(readFileSync(new URL('../../../configs/na64e-2021-2023.yaml', import.meta.url), 'utf8'));
const g = buildGeometry(na64);
const el = (geometry: SimGeometry, name: string): SimElement => geometry.elements.find((e) => e.name === name)!;
const START_Z = na64.beam.startZCm;
/** Arrival time of an in-time beam particle at z [ns]. */
const tof = (z: number): number => (z - START_Z) / SPEED_OF_LIGHT;

function na64Digitizer(options: DigitizerOptions = {}, seed = 5) {
  const cal = trueCalibration(g, seed);
  return { cal, dig: createDigitizer(g, na64, cal, options), dep: new EventDeposits(g), out: new RawEvent() };
}

/** The samples of ADC channel c in out (undefined if not written). */
function samplesOf(out: RawEvent, c: number): number[] | undefined {
  for (let k = 0; k < out.nAdc; k++) {
    if (out.adcChannel[k] === c) return Array.from(out.adcSamples.subarray(k * out.samplesPerChannel, (k + 1) * out.samplesPerChannel));
  }
  return undefined;
}

/** A typical NA64e event: beam counters, SRD, a 100 GeV shower in the ECAL with leakage into the HCAL, 20 tracker crossings. */
function typicalEvent(dep: EventDeposits, r: RandomStream, energy = 100): void {
  dep.reset();
  const put = (name: string, e: number): void => {
    const x = el(g, name);
    dep.deposit(x.firstCell, e, tof(x.z0));
  };
  put('S0', 0.001 * (1 + 0.3 * r.normal()));
  put('S1', 0.001 * (1 + 0.3 * r.normal()));
  const srd = el(g, 'SRD');
  for (let i = 0; i < 3; i++) dep.deposit(srd.firstCell + i, 0.004 * r.uniform(), tof(srd.z0));
  const ecal = el(g, 'ECAL');
  const x0 = 0.3 * r.normal();
  const y0 = 0.3 * r.normal();
  let wsum = 0;
  for (let iy = 0; iy < 6; iy++) for (let ix = 0; ix < 6; ix++) wsum += Math.exp(-Math.hypot((ix - 2.5) * 3.82 - x0, (iy - 2.5) * 3.82 - y0) / 2);
  for (let s = 0; s < 2; s++) {
    const share = s === 0 ? 0.05 : 0.94;
    for (let iy = 0; iy < 6; iy++) {
      for (let ix = 0; ix < 6; ix++) {
        const w = Math.exp(-Math.hypot((ix - 2.5) * 3.82 - x0, (iy - 2.5) * 3.82 - y0) / 2) / wsum;
        dep.deposit(ecal.firstCell + (s * 6 + iy) * 6 + ix, energy * share * w, tof(ecal.sectionZ0[s]) + 0.5);
      }
    }
  }
  const hcal = el(g, 'HCAL');
  for (let k = 0; k < 9; k++) dep.deposit(hcal.firstCell + k, 0.05 * r.uniform(), tof(hcal.z0) + 2);
  for (const e of g.elements) {
    if (e.kind !== 2) continue;
    for (let p = 0; p < e.planeZ.length; p++) dep.addHit(e.index, p, e.x0 + 0.2 * r.normal(), e.y0 + 0.2 * r.normal(), tof(e.planeZ[p]));
  }
}

describe('createDigitizer(geometry, setup, calibration).digitize(deposits, rng, out)', () => {
  it('writes a noiseless pulse of peak gain·E at the calibrated time (no fluctuations, no noise)', () => {
    const { cal, dig, dep, out } = na64Digitizer({ fluctuations: false, noise: 'off' });
    const ecal = el(g, 'ECAL');
    const c = ecal.firstCell + (1 * 6 + 2) * 6 + 3;
    const E = 10;
    dep.reset();
    dep.deposit(c, E, tof(ecal.sectionZ0[1]) + 3);
    dig.digitize(dep, new RandomStream(1, 1), out);
    const s = samplesOf(out, c)!;
    const ped = cal.adc.pedestal[c];
    const A = cal.adc.gain[c] * E;
    const onset = 100 + 3 + cal.adc.timeOffsetNs[c];
    for (let k = 0; k < 32; k++) expect(Math.abs(s[k] - (ped + A * pulseShape(k * 12.5 - onset)))).toBeLessThanOrEqual(0.51);
    const peak = Math.max(...s) - ped;
    expect(peak).toBeLessThanOrEqual(A + 0.5);
    // The sample nearest the peak is within ±6.25 ns of it: f ≥ 0.95.
    expect(peak).toBeGreaterThan(0.95 * A - 0.5);
    expect(dig.lastVisibleEnergy[ecal.index]).toBe(E);
    expect(dig.lastTriggerEnergy[ecal.index]).toBeCloseTo((cal.adc.gain[c] / 30) * E, 10);
  });

  it('saturates at 4095 (12-bit MSADC)', () => {
    const { dig, dep, out } = na64Digitizer({ fluctuations: false });
    const ecal = el(g, 'ECAL');
    const c = ecal.firstCell + (1 * 6 + 2) * 6 + 2;
    dep.reset();
    dep.deposit(c, 300, tof(ecal.sectionZ0[1]));
    dig.digitize(dep, new RandomStream(1, 2), out);
    const s = samplesOf(out, c)!;
    expect(Math.max(...s)).toBe(4095);
    expect(s.filter((v) => v === 4095).length).toBeGreaterThanOrEqual(3);
  });

  for (const noise of ['bank', 'stream'] as const) {
    it(`gives a channel without signal mean = pedestal and RMS = √(noise² + 1/12), uncorrelated samples (noise: '${noise}')`, () => {
      const { cal, dig, dep, out } = na64Digitizer({ noise });
      dep.reset();
      const channels = [0, 40, 130];
      const n = 300;
      const sum = new Float64Array(3);
      const sum2 = new Float64Array(3);
      let lag = 0;
      for (let ev = 0; ev < n; ev++) {
        dig.digitize(dep, new RandomStream(9, ev), out);
        channels.forEach((c, j) => {
          const s = samplesOf(out, c)!;
          for (let k = 0; k < 32; k++) {
            sum[j] += s[k];
            sum2[j] += s[k] * s[k];
            if (k > 0) lag += (s[k] - cal.adc.pedestal[c]) * (s[k - 1] - cal.adc.pedestal[c]);
          }
        });
      }
      const m = 32 * n;
      channels.forEach((c, j) => {
        const mean = sum[j] / m;
        const rms = Math.sqrt(sum2[j] / m - mean * mean);
        expect(Math.abs(mean - cal.adc.pedestal[c])).toBeLessThan(0.1);
        expect(Math.abs(rms / Math.sqrt(4 + 1 / 12) - 1)).toBeLessThan(0.04);
      });
      // Correlation of neighbouring samples: 0 ± 1/√(3·31·300) ≈ 0.006.
      expect(Math.abs(lag / (3 * 31 * n) / (4 + 1 / 12))).toBeLessThan(0.03);
    });
  }

  it('measures a shower with mean E and σ² = a²E + E/p in lastVisibleEnergy, and its analog sum in lastTriggerEnergy', () => {
    const { cal, dig, dep, out } = na64Digitizer();
    const ecal = el(g, 'ECAL');
    const shares = [0.6, 0.1, 0.1, 0.1, 0.1];
    const cells = [14, 13, 15, 8, 20].map((k) => ecal.firstCell + 36 + k);
    const E = 50;
    const n = 3000;
    let s = 0;
    let s2 = 0;
    let trig = 0;
    for (let ev = 0; ev < n; ev++) {
      dep.reset();
      cells.forEach((c, i) => dep.deposit(c, E * shares[i], tof(ecal.sectionZ0[1])));
      dig.digitize(dep, new RandomStream(3, ev), out);
      const v = dig.lastVisibleEnergy[ecal.index];
      s += v;
      s2 += v * v;
      trig += dig.lastTriggerEnergy[ecal.index];
    }
    const mean = s / n;
    const variance = (s2 - n * mean * mean) / (n - 1);
    const expected = 0.09 ** 2 * E + E / 2500;
    expect(Math.abs(mean - E)).toBeLessThan(5 * Math.sqrt(expected / n));
    expect(Math.abs(variance / expected - 1)).toBeLessThan(0.12);
    const gainWeighted = cells.reduce((a, c, i) => a + (cal.adc.gain[c] / 30) * E * shares[i], 0);
    expect(Math.abs(trig / n - gainWeighted)).toBeLessThan(0.1);
  });

  it('sets the trigger bits from the counters, the SRD and the ECAL', () => {
    const { dig, dep, out } = na64Digitizer();
    const fire = (s1: number, ecalGeV: number): number => {
      const r = new RandomStream(4, 4);
      typicalEvent(dep, r, ecalGeV);
      const c = el(g, 'S1').firstCell;
      dep.cellEnergy[c] = s1;
      dep.cellTime[c] = s1 * tof(el(g, 'S1').z0);
      dig.digitize(dep, r, out);
      return out.triggerBits;
    };
    expect(fire(0.001, 30)).toBe(TriggerBit.Physics | TriggerBit.Beam);
    expect(fire(0.001, 100)).toBe(TriggerBit.Beam);
    expect(fire(0.0001, 30)).toBe(0);
  });

  it('digitizes a typical event: every read-out channel, hits of all trackers; the same seed gives the same raw event', () => {
    const { dig, dep, out } = na64Digitizer();
    const r = new RandomStream(1, 1);
    typicalEvent(dep, r);
    const snapshot = (o: RawEvent) => ({
      adc: Array.from(o.adcSamples.subarray(0, o.nAdc * 32)),
      ch: Array.from(o.adcChannel.subarray(0, o.nAdc)),
      straw: Array.from(o.strawChannel.subarray(0, o.nStraw)),
      strawT: Array.from(o.strawTimeNs.subarray(0, o.nStraw)),
      strip: Array.from(o.stripChannel.subarray(0, o.nStrip)),
      q: Array.from(o.stripCharge.subarray(0, o.nStrip)),
      bits: o.triggerBits,
    });
    dig.digitize(dep, new RandomStream(77, 12), out);
    const a = snapshot(out);
    // 131 ADC channels minus the 4 cells of the VHCAL hole.
    expect(out.nAdc).toBe(127);
    expect(dig.readoutChannels.length).toBe(127);
    expect(out.nStraw).toBeGreaterThanOrEqual(5);
    expect(out.nStrip).toBeGreaterThanOrEqual(24);
    expect(a.bits).toBe(TriggerBit.Beam);
    const samplesBuffer = out.adcSamples;
    dig.digitize(dep, new RandomStream(77, 13), out);
    expect(snapshot(out)).not.toEqual(a);
    const second = createDigitizer(g, na64, trueCalibration(g, 5));
    const out2 = new RawEvent();
    second.digitize(dep, new RandomStream(77, 12), out2);
    expect(snapshot(out2)).toEqual(a);
    // Storage is reused from event to event.
    expect(out.adcSamples).toBe(samplesBuffer);
  });
});

/** Arrival time at z of an in-time particle in the tracker set-up (beam starts at z = 0) [ns]. */
const tof0 = (z: number): number => z / SPEED_OF_LIGHT;

/** A small set-up for the trackers: a straw station and a Micromegas pair. */
function trackerSetup(over: { efficiency?: number; noiseHitsPerPlane?: number; timeResolutionNs?: number } = {}): Setup {
  return setupSchema.parse({
    schema: 'emiss-setup/1',
    name: 't',
    description: 't',
    beam: { particle: 'e-', energyGeV: 100, startZCm: 0 },
    target: { material: 'lead', thicknessX0: 1 },
    exposure: { particlesOnTarget: 1 },
    detectors: [
      { type: 'counter', name: 'S0', material: 'polystyrene', zCm: 0, thicknessCm: 0.5, sizeXCm: 4, sizeYCm: 4, response: { photoelectronsPerGeV: 10000, adcPerGeV: 50000 } },
      { type: 'tracker', name: 'ST', technology: 'straw', zCm: 100, xCm: 5, sizeXCm: 20, sizeYCm: 20, planes: ['x', 'x', 'y', 'y'], pitchCm: 0.6, resolutionCm: 0.02, driftVelocityCmPerNs: 0.005, efficiency: over.efficiency ?? 1, timeResolutionNs: over.timeResolutionNs ?? 3, noiseHitsPerPlane: over.noiseHitsPerPlane ?? 0 },
      { type: 'tracker', name: 'MM', technology: 'micromegas', zCm: 200, sizeXCm: 8, sizeYCm: 8, planes: ['x', 'y'], pitchCm: 0.025, resolutionCm: 0.008, efficiency: over.efficiency ?? 1, timeResolutionNs: 10, noiseHitsPerPlane: over.noiseHitsPerPlane ?? 0 },
    ],
  });
}

describe('digitize(): trackers', () => {
  it('straws: the drift time inverts to the distance from the wire of the crossed tube; staggered second layer', () => {
    const setup = trackerSetup({ timeResolutionNs: 0.001 });
    const tg = buildGeometry(setup);
    const cal = trueCalibration(tg, 3);
    const dig = createDigitizer(tg, setup, cal);
    const dep = new EventDeposits(tg);
    const out = new RawEvent();
    const st = el(tg, 'ST');
    const sc = cal.straws[0];
    const N = st.stripsPerPlane;
    const r = new RandomStream(2, 2);
    for (let ev = 0; ev < 200; ev++) {
      const plane = ev % 4;
      const u = -9.5 + 19 * r.uniform();
      dep.reset();
      const x = plane < 2 ? st.x0 + u : st.x0 + 0.1;
      const y = plane < 2 ? 0.1 : u;
      dep.addHit(st.index, plane, x, y, tof0(st.planeZ[plane]));
      dig.digitize(dep, new RandomStream(2, 1000 + ev), out);
      expect(out.nStraw).toBe(1);
      const local = out.strawChannel[0] - st.firstChannel;
      expect(Math.floor(local / N)).toBe(plane);
      const tube = local % N;
      const shift = plane % 2 === 1 ? 0.5 : 0;
      const wire = (-N / 2 + tube + 0.5 + shift) * 0.6;
      expect(Math.abs(u - wire)).toBeLessThanOrEqual(0.3);
      const rMeasured = strawDriftRadius(out.strawTimeNs[0] - sc.t0Ns[local], sc.maxDriftTimeNs[plane], sc.rtNonLinearity[plane], 0.3);
      expect(Math.abs(rMeasured - Math.abs(u - wire))).toBeLessThan(1e-4);
    }
  });

  it('straws and strips: a fraction `efficiency` of crossings gives hits; noise hits have the Poisson mean per plane', () => {
    const setup = trackerSetup({ efficiency: 0.9 });
    const tg = buildGeometry(setup);
    const dig = createDigitizer(tg, setup, trueCalibration(tg, 3));
    const dep = new EventDeposits(tg);
    const out = new RawEvent();
    const st = el(tg, 'ST');
    const mm = el(tg, 'MM');
    const n = 4000;
    let straws = 0;
    let clusters = 0;
    for (let ev = 0; ev < n; ev++) {
      dep.reset();
      dep.addHit(st.index, 0, st.x0 + 1.234, 0, tof0(st.planeZ[0]));
      dep.addHit(mm.index, 0, 0.5, 0.5, tof0(mm.planeZ[0]));
      dig.digitize(dep, new RandomStream(8, ev), out);
      straws += out.nStraw;
      clusters += out.nStrip > 0 ? 1 : 0;
    }
    const tol = 5 * Math.sqrt((0.9 * 0.1) / n);
    expect(Math.abs(straws / n - 0.9)).toBeLessThan(tol);
    expect(Math.abs(clusters / n - 0.9)).toBeLessThan(tol);

    const noisy = trackerSetup({ noiseHitsPerPlane: 0.5 });
    const ng = buildGeometry(noisy);
    const nd = createDigitizer(ng, noisy, trueCalibration(ng, 3));
    const ndep = new EventDeposits(ng);
    let nStraw = 0;
    let nStrip = 0;
    let late = 0;
    for (let ev = 0; ev < 2000; ev++) {
      nd.digitize(ndep, new RandomStream(8, ev), out);
      nStraw += out.nStraw;
      nStrip += out.nStrip;
      for (let i = 0; i < out.nStraw; i++) if (out.strawTimeNs[i] >= 100) late++;
    }
    expect(Math.abs(nStraw / 2000 - 2)).toBeLessThan(5 * Math.sqrt(2 / 2000));
    expect(Math.abs(nStrip / 2000 - 1)).toBeLessThan(5 * Math.sqrt(1 / 2000));
    // Uniform in the 200 ns window: half after 100 ns.
    expect(Math.abs(late / nStraw - 0.5)).toBeLessThan(0.03);
  });

  it('Micromegas: the cluster centroid reproduces the crossing with σ ≈ resolutionCm (80 µm)', () => {
    const setup = trackerSetup();
    const tg = buildGeometry(setup);
    const dig = createDigitizer(tg, setup, trueCalibration(tg, 3));
    const dep = new EventDeposits(tg);
    const out = new RawEvent();
    const mm = el(tg, 'MM');
    const r = new RandomStream(6, 6);
    const n = 3000;
    let s = 0;
    let s2 = 0;
    let sizes = 0;
    for (let ev = 0; ev < n; ev++) {
      const plane = ev % 2;
      const u = -3 + 6 * r.uniform();
      dep.reset();
      dep.addHit(mm.index, plane, plane === 0 ? u : 0.2, plane === 0 ? 0.2 : u, tof0(mm.planeZ[plane]));
      dig.digitize(dep, new RandomStream(6, ev), out);
      let q = 0;
      let m = 0;
      for (let i = 0; i < out.nStrip; i++) {
        const local = out.stripChannel[i] - mm.firstChannel;
        expect(Math.floor(local / mm.stripsPerPlane)).toBe(plane);
        const strip = local % mm.stripsPerPlane;
        q += out.stripCharge[i];
        m += out.stripCharge[i] * (-mm.stripsPerPlane / 2 + strip + 0.5) * 0.025;
      }
      const d = m / q - u;
      s += d;
      s2 += d * d;
      sizes += out.nStrip;
    }
    const sigma = Math.sqrt(s2 / n - (s / n) ** 2);
    expect(Math.abs(s / n)).toBeLessThan(0.0005);
    expect(sigma).toBeGreaterThan(0.0075);
    expect(sigma).toBeLessThan(0.009);
    expect(sizes / n).toBeGreaterThan(3);
    expect(sizes / n).toBeLessThan(6);
  });
});
