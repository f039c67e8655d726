import { describe, expect, it } from 'vitest';
import { EmissError } from '../core/index.js';
import { bundledSetup } from '../../test/support/simulated-sample.js';
import { buildGeometry } from '../sim/index.js';
import { nominalCalibration, parseRecoCalibration, recoCalibrationToJson } from './reco-calibration.js';

const setup = bundledSetup('na64e-2021-2023');
const g = buildGeometry(setup);

describe('parseRecoCalibration(json, where, geometry)', () => {
  it('round-trips the nominal entry of a setup exactly', () => {
    const c = nominalCalibration(g, setup.name, 10, 20);
    const back = parseRecoCalibration(recoCalibrationToJson(c), 'x.json', g);
    expect(back).toEqual(c);
    expect(back.adc.gain[g.elements.find((e) => e.role === 'ecal')?.firstCell ?? 0]).toBe(30);
  });

  it('names the key of a bad constant, a wrong channel map and a bad run range', () => {
    const c = JSON.parse(recoCalibrationToJson(nominalCalibration(g, setup.name)));
    const bad = (mutate: (o: Record<string, unknown>) => void, key: RegExp): void => {
      const o = structuredClone(c);
      mutate(o);
      try {
        parseRecoCalibration(o, 'calib/x.json', g);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(EmissError);
        expect((e as EmissError).message).toMatch(key);
      }
    };
    bad((o) => ((o.adc as { gain: unknown[] }).gain[3] = 'x'), /adc\.gain\[3\]/);
    bad((o) => ((o.adc as { gain: number[] }).gain[3] = -1), /adc\.gain\[3\]/);
    bad((o) => ((o.channels as { detector: string }[])[5].detector = 'HCAL'), /channels\[5\]/);
    bad((o) => (o.lastRun = -1), /lastRun/);
    bad((o) => (o.format = 'emiss-true-calibration/1'), /format/);
  });
});
