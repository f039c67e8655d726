import { describe, expect, it } from 'vitest';
import { material } from './material.js';
import { NA64_ECAL_LAYERS, NA64_HCAL_LAYERS, NA64_MATERIALS, NA64_WCAL_LAYERS } from './na64-calorimeters.js';

const period = (l: { absorberCm: number; activeCm: number }) => l.absorberCm + l.activeCm;

describe('NA64_ECAL_LAYERS', () => {
  it('makes a cell ≈ 40 X0 deep with a ≈ 4 X0 preshower (NA64, PRD 97 072002), within 1.5 and 0.5 X0', () => {
    const X0cm = material('NA64-ECAL').radiationLengthCm;
    expect(Math.abs((NA64_ECAL_LAYERS.layersPerModule * period(NA64_ECAL_LAYERS)) / X0cm - 40)).toBeLessThan(1.5);
    expect(Math.abs((NA64_ECAL_LAYERS.preshowerLayers * period(NA64_ECAL_LAYERS)) / X0cm - 4)).toBeLessThan(0.5);
    expect(NA64_ECAL_LAYERS.cellsX * NA64_ECAL_LAYERS.cellsY).toBe(36);
  });
});

describe('NA64_HCAL_LAYERS', () => {
  it('makes each of the 4 modules ≈ 7 λ_I deep (NA64, PRD 97 072002), between 6.5 and 8 λ_I', () => {
    const depth = (NA64_HCAL_LAYERS.layersPerModule * period(NA64_HCAL_LAYERS)) / material('NA64-HCAL').nuclearInteractionLengthCm;
    expect(depth).toBeGreaterThan(6.5);
    expect(depth).toBeLessThan(8);
    expect(NA64_HCAL_LAYERS.modulesAlongBeam).toBe(4);
  });
});

describe('NA64_WCAL_LAYERS', () => {
  it('makes the WCAL 30–40 X0 deep (seed talk; NA64 arXiv:1912.11389)', () => {
    const depth = (NA64_WCAL_LAYERS.layersPerModule * period(NA64_WCAL_LAYERS)) / material('NA64-WCAL').radiationLengthCm;
    expect(depth).toBeGreaterThanOrEqual(29.5);
    expect(depth).toBeLessThanOrEqual(40.5);
  });
});

describe('NA64_MATERIALS', () => {
  it('have the X0 of the layer stack: period / Σ (t_i / X0_i) in cm, within the 0.1 % rounding of the PDG cm values', () => {
    for (const [name, l] of [['NA64-ECAL', NA64_ECAL_LAYERS], ['NA64-HCAL', NA64_HCAL_LAYERS], ['NA64-WCAL', NA64_WCAL_LAYERS]] as const) {
      const byHand = period(l) / (l.absorberCm / material(l.absorber).radiationLengthCm + l.activeCm / material(l.active).radiationLengthCm);
      expect(Math.abs(NA64_MATERIALS[name].radiationLengthCm / byHand - 1)).toBeLessThan(1e-3);
      expect(NA64_MATERIALS[name].radiationLength).toBeGreaterThan(material(l.absorber).radiationLength);
      expect(NA64_MATERIALS[name].radiationLength).toBeLessThan(material(l.active).radiationLength);
    }
  });
  it('say where their layer thicknesses come from, flagging the unconfirmed ones', () => {
    expect(NA64_MATERIALS['NA64-ECAL'].sources.layers).toMatch(/1710\.00971/);
    expect(NA64_MATERIALS['NA64-WCAL'].sources.layers).toMatch(/ASSUMED/);
  });
});
