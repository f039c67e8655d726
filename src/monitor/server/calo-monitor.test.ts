import { describe, expect, it } from 'vitest';
import { RawEvent, RawStreamReader, encodeEvent, encodeFileHeader } from '../../daq/index.js';
import type { Hist2D } from '../../analysis/hist/index.js';
import { loadSetup } from '../../store/load-setup.js';
import { buildGeometry } from '../../sim/sim-geometry.js';
import { CaloMonitor } from './calo-monitor.js';

const setup = loadSetup('configs/na64e-2021-2023.yaml');
const g = buildGeometry(setup);
const ecal = g.elements.find((e) => e.role === 'ecal')!;
const hcal = g.elements.find((e) => e.role === 'hcal')!;

/** One event: flat pedestal 100 ADC with a pulse of `amp` ADC at sample 12 in `channel` (and a quiet HCAL channel). */
function feedPulse(mon: CaloMonitor, channel: number, amp: number): void {
  const r = new RawStreamReader((b) => mon.fillBatch(b));
  r.push(encodeFileHeader({ run: 1, setupName: setup.name, setupHash: new Uint8Array(32), createdMs: 0 }));
  const ev = new RawEvent();
  ev.samplesPerChannel = 32;
  for (const [c, a] of [[channel, amp], [hcal.firstCell, 0]]) {
    const o = ev.addAdc(c);
    ev.adcSamples.fill(100, o, o + 32);
    ev.adcSamples[o + 12] = 100 + a;
  }
  r.push(encodeEvent(ev));
  r.end();
}

describe('CaloMonitor', () => {
  it('turns a pulse of A ADC counts into E = A / adcPerGeV in its element, cell map and the E_ECAL–E_HCAL plane', () => {
    const mon = new CaloMonitor(g, setup);
    const c = ecal.firstCell + ecal.nx * ecal.ny + 2 * ecal.nx + 3; // main section, cell (3, 2)
    const amp = 1500;
    feedPulse(mon, c, amp);
    const E = amp / ecal.response!.adcPerGeV;
    const spectrum = mon.hists.find((h) => h.name === 'ecal_energy')!;
    expect(spectrum.entries).toBe(1);
    expect(spectrum.sumwx / spectrum.sumw).toBeCloseTo(E, 9);
    const map = mon.hists.find((h) => h.name === 'ecal_map')! as Hist2D;
    expect(map.binContent(3 + 1, 2 + 1)).toBeCloseTo(E, 9);
    expect(mon.ecalHcal.sumwx).toBeCloseTo(E, 9);
    expect(mon.ecalHcal.sumwy).toBe(0);
    // The quiet HCAL channel is below 5σ of its noise: no HCAL entry.
    expect(mon.hists.find((h) => h.name === 'hcal_energy')!.entries).toBe(0);
  });

  it('ignores a pulse below 5σ of the channel noise (limit case)', () => {
    const mon = new CaloMonitor(g, setup);
    feedPulse(mon, ecal.firstCell, Math.floor(5 * ecal.response!.noiseAdc) - 1);
    expect(mon.hists.find((h) => h.name === 'ecal_energy')!.entries).toBe(0);
    expect(mon.ecalHcal.entries).toBe(1);
    expect(mon.ecalHcal.sumwx).toBe(0);
  });
});
