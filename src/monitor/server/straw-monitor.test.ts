import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { RawEvent, RawStreamReader, encodeEvent, encodeFileHeader } from '../../daq/index.js';
import { loadSetup } from '../../store/load-setup.js';
import { buildGeometry } from '../../sim/sim-geometry.js';
import { StrawMonitor } from './straw-monitor.js';

const g = buildGeometry(loadSetup('configs/na64e-2021-2023.yaml'));
const st1 = g.elements.find((e) => e.name === 'ST1')!;
const R = 0.5 * st1.pitch;
const T0 = 30;
const TMAX = R / st1.driftVelocityCmPerNs;

/** Tracks uniform in x and y over tubes 10…20; a linear r–t relation t = T0 + TMAX·r/R; `dead` channels silent. */
function feed(mon: StrawMonitor, events: number, dead: number[] = []): void {
  const reader = new RawStreamReader((b) => mon.fillBatch(b));
  reader.push(encodeFileHeader({ run: 1, setupName: 't', setupHash: new Uint8Array(32), createdMs: 0 }));
  const rs = new RandomStream(7, 0);
  const ev = new RawEvent();
  const tpp = st1.stripsPerPlane;
  const uLo = -0.5 * tpp * st1.pitch;
  const stagger = [0, 0.5, 0, 0.5];
  for (let n = 0; n < events; n++) {
    ev.reset();
    ev.eventNumber = n;
    const u = uLo + (10 + 11 * rs.uniform()) * st1.pitch;
    const v = uLo + (10 + 11 * rs.uniform()) * st1.pitch;
    for (let p = 0; p < 4; p++) {
      const uu = p < 2 ? u : v;
      const x = (uu - uLo) / st1.pitch - stagger[p];
      const tube = Math.floor(x);
      const r = Math.abs(x - tube - 0.5) * st1.pitch;
      const ch = st1.firstChannel + p * tpp + tube;
      if (!dead.includes(ch)) ev.addStraw(ch, T0 + (TMAX * r) / R);
    }
    reader.push(encodeEvent(ev));
  }
  reader.end();
}

describe('StrawMonitor', () => {
  const mon = new StrawMonitor(st1);
  const deadCh = st1.firstChannel + 15;
  feed(mon, 4000, [deadCh]);

  it('efficiency(): 0 for the silenced tube, near 1 for live tubes under the beam (double layer)', () => {
    const eff = mon.efficiency();
    expect(eff.contents[15 + 1]).toBe(0);
    for (const k of [11, 12, 13, 14, 16, 17, 18, 19]) expect(eff.contents[k + 1]).toBeGreaterThan(0.85);
    for (const k of [12, 13, 15, 16, 17, 18]) expect(eff.contents[st1.stripsPerPlane + k + 1]).toBeGreaterThan(0.85);
  });

  it('rt(): the integration method gives back a linear r–t relation (r(T0 + TMAX/2) = R/2 within 5%)', () => {
    const rt = mon.rt();
    const i = rt.findBin(T0 + TMAX / 2);
    // The bin content is r at the bin's upper edge: interpolate to the middle.
    const tHi = rt.binLowEdge(i) + rt.binWidth;
    expect(rt.contents[i]).toBeCloseTo((R * (tHi - T0)) / TMAX, 1);
    expect(Math.abs(rt.contents[i] - (R * (tHi - T0)) / TMAX)).toBeLessThan(0.05 * R);
    expect(rt.contents[rt.findBin(T0 + TMAX + 10)]).toBeCloseTo(R, 9);
  });

  it('occupancyAndNoise(): in-time hits per event ≈ 1/11 per tube under the uniform beam, no noise', () => {
    const { occupancy, noise } = mon.occupancyAndNoise();
    expect(occupancy.contents[13 + 1]).toBeGreaterThan(0.07);
    expect(occupancy.contents[13 + 1]).toBeLessThan(0.11);
    expect(occupancy.contents[15 + 1]).toBe(0);
    expect(Math.max(...noise.contents)).toBe(0);
  });

  it('rates(): the alarms see the silent tube', () => {
    const r = mon.rates();
    expect(r.hits[15]).toBe(0);
    expect(r.hits[14]).toBeGreaterThan(0.05);
  });
});
