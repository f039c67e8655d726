/**
 * Benchmarks of the detector response and digitization (src/sim/response): one typical NA64e
 * event (a 100 GeV shower in the ECAL with leakage into the HCAL, beam counters, SRD, 20
 * tracker crossings; 127 read-out ADC channels × 32 samples) digitized again and again with
 * a fresh event stream. Budget: 25 µs per event (the simulation must reach 10 000 events/s/core).
 */
import { readFileSync } from 'node:fs';
import { RandomStream, SPEED_OF_LIGHT } from '../src/core/index.js';
import { RawEvent } from '../src/daq/index.js';
import { parseSetup } from '../src/setup/index.js';
import { EventDeposits } from '../src/sim/event-deposits.js';
import { ElementKind, buildGeometry } from '../src/sim/sim-geometry.js';
import type { SimGeometry } from '../src/sim/sim-geometry.js';
import { createDigitizer, trueCalibration } from '../src/sim/response/index.js';
import type { DigitizerOptions } from '../src/sim/response/index.js';
import { bench } from './harness.js';
import type { BenchResult } from './harness.js';

const EVENTS = 2000;
const BUDGET_US = 25;

/** Fills dep with a typical NA64e electron event (deterministic from r). */
function typicalEvent(g: SimGeometry, startZ: number, dep: EventDeposits, r: RandomStream): void {
  const tof = (z: number): number => (z - startZ) / SPEED_OF_LIGHT;
  const el = (name: string) => g.elements.find((e) => e.name === name)!;
  dep.reset();
  for (const name of ['S0', 'S1']) dep.deposit(el(name).firstCell, 0.001, tof(el(name).z0));
  const srd = el('SRD');
  for (let i = 0; i < 3; i++) dep.deposit(srd.firstCell + i, 0.004 * r.uniform(), tof(srd.z0));
  const ecal = el('ECAL');
  let wsum = 0;
  const w = new Float64Array(36);
  for (let k = 0; k < 36; k++) wsum += w[k] = Math.exp(-Math.hypot(((k % 6) - 2.5) * 3.82, (Math.floor(k / 6) - 2.5) * 3.82) / 2);
  for (let s = 0; s < 2; s++) for (let k = 0; k < 36; k++) dep.deposit(ecal.firstCell + s * 36 + k, (100 * (s === 0 ? 0.05 : 0.94) * w[k]) / wsum, tof(ecal.sectionZ0[s]));
  const hcal = el('HCAL');
  for (let k = 0; k < 9; k++) dep.deposit(hcal.firstCell + k, 0.05 * r.uniform(), tof(hcal.z0));
  for (const e of g.elements) {
    if (e.kind !== ElementKind.Tracker) continue;
    for (let p = 0; p < e.planeZ.length; p++) dep.addHit(e.index, p, e.x0 + 0.2 * r.normal(), e.y0 + 0.2 * r.normal(), tof(e.planeZ[p]));
  }
}

/** Runs the digitization benchmarks. */
export function responseBenchmarks(): BenchResult[] {
  const setup = parseSetup(readFileSync(new URL('../configs/na64e-2021-2023.yaml', import.meta.url), 'utf8'));
  const g = buildGeometry(setup);
  const cal = trueCalibration(g, 1);
  const dep = new EventDeposits(g);
  typicalEvent(g, setup.beam.startZCm, dep, new RandomStream(1, 1));
  const out = new RawEvent();
  const rng = new RandomStream(0, 0);
  const results: BenchResult[] = [];
  const cases: [string, DigitizerOptions, number | undefined][] = [
    ['digitize, typical NA64e event (default: noise bank)', {}, EVENTS * BUDGET_US * 1e-3],
    ['digitize, noise drawn per sample (normalFast)', { noise: 'stream' }, undefined],
    ['digitize, no noise, no fluctuations', { noise: 'off', fluctuations: false }, undefined],
    ['digitize, noise bank, no fluctuations', { fluctuations: false }, undefined],
    ['digitize, no noise, fluctuations', { noise: 'off' }, undefined],
  ];
  for (const [name, options, budgetMs] of cases) {
    const dig = createDigitizer(g, setup, cal, options);
    results.push(
      bench(
        `${name}, ${EVENTS} events`,
        () => {
          for (let ev = 0; ev < EVENTS; ev++) dig.digitize(dep, RandomStream.reset(rng, 7, ev), out);
        },
        { runs: 15, warmup: 3, budgetMs, note: (ms) => `${((ms / EVENTS) * 1000).toFixed(1)} µs/event` },
      ),
    );
  }
  results.push(bench('trueCalibration(NA64e geometry)', () => trueCalibration(g, 2), { runs: 10 }));
  return results;
}
