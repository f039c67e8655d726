import { describe, expect, it } from 'vitest';
import { strawAlarms } from './straw-alarms.js';
import type { StrawRates, StrawReference } from './straw-alarms.js';

const rates = (hits: number[], noise = hits.map(() => 0.001)): StrawRates => ({ element: 'ST1', tubesPerPlane: hits.length, hits, noise });

describe('strawAlarms(current, events, reference)', () => {
  const ref: StrawReference = { format: 'emiss-straw-reference/1', events: 1000, elements: [rates([0.01, 0.2, 0.5, 0.2, 0.01])] };

  it('flags a tube that saw < 10% of the ≥ 20 hits the reference expects as dead', () => {
    const a = strawAlarms([rates([0.01, 0.2, 0, 0.2, 0.01])], 1000, ref);
    expect(a.map((x) => [x.kind, x.label, x.against])).toEqual([['dead', 'ST1:0:2', 'reference']]);
    expect(a[0].expected).toBeCloseTo(500, 9);
  });

  it('says nothing while fewer than 20 hits are expected (limit case: too few events)', () => {
    expect(strawAlarms([rates([0.01, 0.2, 0, 0.2, 0.01])], 30, ref)).toEqual([]);
  });

  it('flags a tube with 5× the reference noise as noisy', () => {
    const a = strawAlarms([rates([0.01, 0.2, 0.5, 0.2, 0.01], [0.001, 0.001, 0.001, 0.05, 0.001])], 1000, ref);
    expect(a.map((x) => [x.kind, x.label])).toEqual([['noisy', 'ST1:0:3']]);
  });

  it('without a reference, finds a hole in the beam profile but not its falling edges', () => {
    expect(strawAlarms([rates([0.001, 0.01, 0.2, 0.5, 0.2, 0.01, 0.001])], 2000)).toEqual([]);
    const a = strawAlarms([rates([0.001, 0.01, 0.2, 0, 0.2, 0.01, 0.001])], 2000);
    expect(a.map((x) => [x.kind, x.label, x.against])).toEqual([['dead', 'ST1:0:3', 'neighbours']]);
  });
});
