/**
 * The trigger of the simulation: which trigger bits an event sets, from the energies the
 * trigger electronics sees per element (the analog sums of the calorimeters and the counters'
 * signals, in GeV on the deposited-energy scale). NA64's invisible-mode trigger is a
 * coincidence of the beam counters, a signal in the SRD and an ECAL energy below ~80 GeV
 * (NA64, D. Banerjee et al., Phys. Rev. D 97 (2018) 072002, §II); the setup's `trigger` block
 * lists the counters and the per-calorimeter conditions.
 */
import { EmissError } from '../../core/index.js';
import { ElementKind } from '../sim-geometry.js';
import type { SimGeometry } from '../sim-geometry.js';

/** Trigger bits of a raw event (masks): bit 0 physics, bit 1 beam (counters only), bit 2 random (set by the caller). */
export const TriggerBit = { Physics: 1, Beam: 2, Random: 4 } as const;

/** The trigger block of a setup (the fields the digitization reads; defaults as in geometry-schema.ts). */
export interface TriggerSettings {
  /** Counters that must fire (default none). */
  counters?: string[];
  /** Threshold of the counters [GeV] (default 0.0005). */
  counterThresholdGeV?: number;
  /** Element name → minimum energy [GeV]. */
  minEnergyGeV?: Record<string, number>;
  /** Element name → maximum energy [GeV]. */
  maxEnergyGeV?: Record<string, number>;
}

/** The trigger conditions resolved to element indices (built once per run). */
export interface TriggerConditions {
  /** Element indices of the counters in coincidence. */
  counters: Int32Array;
  counterThresholdGeV: number;
  /** Elements with a minimum energy, and the minima [GeV]. */
  minElements: Int32Array;
  minEnergyGeV: Float64Array;
  /** Elements with a maximum energy, and the maxima [GeV]. */
  maxElements: Int32Array;
  maxEnergyGeV: Float64Array;
}

/**
 * Resolves the setup's trigger block against the geometry. Throws BAD_FILE naming the key when
 * a name is not a counter (for `counters`) or not an ADC element (calorimeter or counter).
 */
export function compileTrigger(geometry: SimGeometry, trigger: TriggerSettings = {}, where = 'trigger'): TriggerConditions {
  const adcNames = geometry.elements.filter((e) => e.kind === ElementKind.Calorimeter || e.kind === ElementKind.Counter).map((e) => e.name);
  const find = (name: string, key: string, counterOnly: boolean): number => {
    const el = geometry.elements.find((e) => e.name === name);
    const ok = el && (counterOnly ? el.kind === ElementKind.Counter : el.kind === ElementKind.Calorimeter || el.kind === ElementKind.Counter);
    if (!el || !ok) {
      const allowed = counterOnly ? geometry.elements.filter((e) => e.kind === ElementKind.Counter).map((e) => e.name) : adcNames;
      throw new EmissError('BAD_FILE', `${where}.${key}`, `'${name}' is not ${counterOnly ? 'a counter' : 'a calorimeter or counter'} of the setup`, allowed.join(', ') || 'none in this setup');
    }
    return el.index;
  };
  const min = Object.entries(trigger.minEnergyGeV ?? {});
  const max = Object.entries(trigger.maxEnergyGeV ?? {});
  return {
    counters: Int32Array.from(trigger.counters ?? [], (n) => find(n, 'counters', true)),
    counterThresholdGeV: trigger.counterThresholdGeV ?? 0.0005,
    minElements: Int32Array.from(min, ([n]) => find(n, `minEnergyGeV.${n}`, false)),
    minEnergyGeV: Float64Array.from(min, ([, v]) => v),
    maxElements: Int32Array.from(max, ([n]) => find(n, `maxEnergyGeV.${n}`, false)),
    maxEnergyGeV: Float64Array.from(max, ([, v]) => v),
  };
}

/**
 * The trigger bits for the energies per element energyGeV [GeV] (indexed by element): Beam if
 * every listed counter is above the threshold (vacuously true with none listed); Physics if
 * Beam and every minimum (E ≥ min) and every maximum (E < max) condition holds. The Random bit
 * is never set here. Example: counters S0, S1 at 1 MeV, SRD at 5 MeV, ECAL at 30 GeV with the
 * NA64e conditions → Physics | Beam = 3; ECAL at 95 GeV → Beam = 2.
 */
export function triggerBits(c: TriggerConditions, energyGeV: ArrayLike<number>): number {
  for (let i = 0; i < c.counters.length; i++) if (!(energyGeV[c.counters[i]] > c.counterThresholdGeV)) return 0;
  for (let i = 0; i < c.minElements.length; i++) if (!(energyGeV[c.minElements[i]] >= c.minEnergyGeV[i])) return TriggerBit.Beam;
  for (let i = 0; i < c.maxElements.length; i++) if (!(energyGeV[c.maxElements[i]] < c.maxEnergyGeV[i])) return TriggerBit.Beam;
  return TriggerBit.Physics | TriggerBit.Beam;
}
