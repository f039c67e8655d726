import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmissError } from '../../core/index.js';
import { parseSetup } from '../../setup/index.js';
import { buildGeometry } from '../sim-geometry.js';
import { calibrationFromJson, calibrationToJson } from './calibration-json.js';
import { trueCalibration } from './true-calibration.js';

const setup = parseSetup(readFileSync(new URL('../../../configs/na64e-2021-2023.yaml', import.meta.url), 'utf8'));
const geometry = buildGeometry(setup);
const ecal = geometry.elements.find((e) => e.name === 'ECAL')!;

function thrown(f: () => unknown): EmissError {
  try {
    f();
  } catch (e) {
    if (e instanceof EmissError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('trueCalibration(geometry, seed)', () => {
  it('is a pure function of the seed', () => {
    const a = trueCalibration(geometry, 42);
    expect(trueCalibration(geometry, 42)).toEqual(a);
    expect(trueCalibration(geometry, 43).adc.gain).not.toEqual(a.adc.gain);
  });
  it('draws gains around adcPerGeV with the gainSpread, pedestals within ±3, noise = noiseAdc, time offsets of 1 ns', () => {
    const c = trueCalibration(geometry, 7);
    expect(c.adc.gain.length).toBe(geometry.nCells);
    // Pool the relative gains of many seeds: mean 1, σ 0.05.
    const rel: number[] = [];
    const t: number[] = [];
    for (let seed = 0; seed < 30; seed++) {
      const k = trueCalibration(geometry, seed);
      for (let i = 0; i < ecal.nCells; i++) {
        rel.push(k.adc.gain[ecal.firstCell + i] / 30);
        t.push(k.adc.timeOffsetNs[ecal.firstCell + i]);
      }
    }
    const mean = rel.reduce((s, v) => s + v, 0) / rel.length;
    const sd = Math.sqrt(rel.reduce((s, v) => s + (v - mean) ** 2, 0) / rel.length);
    expect(mean).toBeCloseTo(1, 2);
    expect(sd).toBeGreaterThan(0.045);
    expect(sd).toBeLessThan(0.055);
    const tsd = Math.sqrt(t.reduce((s, v) => s + v * v, 0) / t.length);
    expect(tsd).toBeGreaterThan(0.93);
    expect(tsd).toBeLessThan(1.07);
    for (let i = 0; i < geometry.nCells; i++) {
      expect(Math.abs(c.adc.pedestal[i] - 100)).toBeLessThanOrEqual(3);
      expect(c.adc.noise[i]).toBe(2);
      expect(c.adc.gain[i]).toBeGreaterThan(0);
    }
  });
  it('gives every straw tube a t0 and every straw plane an r(t); every strip plane a gain', () => {
    const c = trueCalibration(geometry, 7);
    expect(c.straws.map((s) => s.element)).toEqual(['ST1', 'ST2']);
    const st1 = geometry.elements.find((e) => e.name === 'ST1')!;
    expect(c.straws[0].t0Ns.length).toBe(4 * st1.stripsPerPlane);
    // T = R / v̄ = 0.3 cm / 0.005 cm/ns = 60 ns, within the 3% velocity spread.
    for (const T of c.straws[0].maxDriftTimeNs) expect(Math.abs(T / 60 - 1)).toBeLessThan(0.15);
    expect(c.strips.map((s) => s.element)).toEqual(['MM1', 'MM2', 'MM3', 'MM4', 'MM5', 'MM6']);
    expect(c.strips[0].gain.length).toBe(2);
  });
});

describe('calibrationToJson / calibrationFromJson', () => {
  it('round-trips exactly', () => {
    const c = trueCalibration(geometry, 11);
    const text = calibrationToJson(c);
    expect(calibrationFromJson(text, geometry)).toEqual(c);
    expect(calibrationToJson(calibrationFromJson(text))).toBe(text);
  });
  it('names the bad key of a broken file', () => {
    const c = JSON.parse(calibrationToJson(trueCalibration(geometry, 11)));
    expect(thrown(() => calibrationFromJson('{', geometry)).message).toMatch(/not valid JSON/);
    expect(thrown(() => calibrationFromJson({ ...c, format: 'x' })).where).toBe('calibration: format');
    const short = { ...c, adc: { ...c.adc, noise: c.adc.noise.slice(1) } };
    expect(thrown(() => calibrationFromJson(short)).where).toBe('calibration: adc.noise');
    const nan = { ...c, adc: { ...c.adc, gain: [null, ...c.adc.gain.slice(1)] } };
    expect(thrown(() => calibrationFromJson(nan)).where).toBe('calibration: adc.gain[0]');
    const noStraw = { ...c, straws: c.straws.slice(1) };
    const e = thrown(() => calibrationFromJson(noStraw, geometry));
    expect(e.where).toBe('calibration: straws');
    expect(e.message).toMatch(/ST1/);
    const fewer = { ...c, adc: { gain: c.adc.gain.slice(1), pedestal: c.adc.pedestal.slice(1), noise: c.adc.noise.slice(1), timeOffsetNs: c.adc.timeOffsetNs.slice(1) } };
    expect(thrown(() => calibrationFromJson(fewer, geometry)).message).toMatch(/130 channels, the geometry 131/);
  });
});
