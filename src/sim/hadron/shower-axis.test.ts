import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSetup } from '../../setup/index.js';
import { buildGeometry } from '../sim-geometry.js';
import { ShowerAxis } from './shower-axis.js';

describe('ShowerAxis.build()', () => {
  const setup = parseSetup(readFileSync(new URL('../../../configs/na64e-2021-2023.yaml', import.meta.url), 'utf8'));
  const g = buildGeometry(setup);
  const ecal = g.elements.find((e) => e.name === 'ECAL')!;
  const veto = g.elements.find((e) => e.name === 'VETO')!;
  const hcal = g.elements.find((e) => e.name === 'HCAL')!;

  it('ShowerAxis.build() lists the matter behind an ECAL vertex: rest of the ECAL, VETO, four HCAL modules (gaps skipped)', () => {
    const a = new ShowerAxis().build(g, ecal, ecal.x0, ecal.y0, ecal.z0 + 10, 0, 0, 1);
    expect(Array.from(a.element.subarray(0, a.n))).toEqual([ecal.index, veto.index, hcal.index, hcal.index, hcal.index, hcal.index]);
    expect(a.length[0]).toBeCloseTo(ecal.z1 - ecal.z0 - 10, 9);
    expect(a.start[2]).toBeCloseTo(hcal.z0 - (ecal.z0 + 10), 9);
    const lambdaExpected = (ecal.z1 - ecal.z0 - 10) / ecal.interactionLengthCm + (veto.z1 - veto.z0) / veto.interactionLengthCm + (4 * 139.2) / hcal.interactionLengthCm;
    expect(a.totalLambda).toBeCloseTo(lambdaExpected, 9);
  });

  it('ShowerAxis maps a depth in λ_I to the path length in the medium that holds it', () => {
    const a = new ShowerAxis().build(g, ecal, ecal.x0, ecal.y0, ecal.z0 + 10, 0, 0, 1);
    const inEcal = (ecal.z1 - ecal.z0 - 10) / ecal.interactionLengthCm;
    const t = inEcal + (veto.z1 - veto.z0) / veto.interactionLengthCm + 1; // 1 λ_I into the HCAL
    const k = a.segmentAtLambda(t);
    expect(a.element[k]).toBe(hcal.index);
    expect(ecal.z0 + 10 + a.pathAtLambda(k, t)).toBeCloseTo(hcal.z0 + hcal.interactionLengthCm, 9);
    expect(a.segmentAtLambda(a.totalLambda + 0.1)).toBe(-1);
  });

  it('ShowerAxis skips elements the axis misses sideways', () => {
    const a = new ShowerAxis().build(g, ecal, ecal.x0 + ecal.halfX - 0.1, ecal.y0, ecal.z0 + 10, 0.5, 0, Math.sqrt(0.75));
    expect(a.n).toBeGreaterThan(0);
    expect(a.length[0]).toBeCloseTo(0.1 / 0.5, 9);
  });
});
