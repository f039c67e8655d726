import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmissError } from '../../core/index.js';
import { parseSetup } from '../../setup/index.js';
import { buildGeometry } from '../sim-geometry.js';
import { TriggerBit, compileTrigger, triggerBits } from './trigger-bits.js';

const setup = parseSetup(readFileSync(new URL('../../../configs/na64e-2021-2023.yaml', import.meta.url), 'utf8'));
const geometry = buildGeometry(setup);
const index = (name: string): number => geometry.elements.find((e) => e.name === name)!.index;

describe('triggerBits(conditions, energies)', () => {
  const c = compileTrigger(geometry, setup.trigger);
  const energies = (s0: number, s1: number, srd: number, ecal: number): Float64Array => {
    const e = new Float64Array(geometry.elements.length);
    e[index('S0')] = s0;
    e[index('S1')] = s1;
    e[index('SRD')] = srd;
    e[index('ECAL')] = ecal;
    return e;
  };
  it('sets Physics | Beam for the NA64e invisible-mode conditions, Beam alone when a calorimeter condition fails', () => {
    expect(triggerBits(c, energies(0.001, 0.001, 0.005, 30))).toBe(TriggerBit.Physics | TriggerBit.Beam);
    expect(triggerBits(c, energies(0.001, 0.001, 0.005, 95))).toBe(TriggerBit.Beam);
    expect(triggerBits(c, energies(0.001, 0.001, 0.0005, 30))).toBe(TriggerBit.Beam);
    expect(triggerBits(c, energies(0.001, 0.0004, 0.005, 30))).toBe(0);
    expect(triggerBits(c, energies(0, 0.001, 0.005, 30))).toBe(0);
  });
  it('is always Physics | Beam without conditions, and never sets Random', () => {
    const none = compileTrigger(geometry, {});
    expect(triggerBits(none, new Float64Array(geometry.elements.length))).toBe(3);
    expect(TriggerBit).toEqual({ Physics: 1, Beam: 2, Random: 4 });
  });
  it('compileTrigger names the key of an unknown or wrong-kind element', () => {
    const bad = (t: object): EmissError => {
      try {
        compileTrigger(geometry, t);
      } catch (e) {
        return e as EmissError;
      }
      throw new Error('did not throw');
    };
    expect(bad({ counters: ['S9'] }).where).toBe('trigger.counters');
    expect(bad({ counters: ['ECAL'] }).message).toMatch(/not a counter/);
    expect(bad({ maxEnergyGeV: { MM1: 3 } }).where).toBe('trigger.maxEnergyGeV.MM1');
  });
});
