import { describe, expect, it } from 'vitest';
import { bremsYield } from './brems-yield.js';
import { analyticTrackLength } from './analytic-track-length.js';
import { trackLengthSpectrum } from './track-length-spectrum.js';
import { bremsCrossSection, material } from '../physics/index.js';

const lead = material('Pb');
const spectrum = analyticTrackLength({ beamEnergyGeV: 100, minEnergyGeV: 50, radiationLengthCm: lead.radiationLengthCm, criticalEnergyGeV: lead.criticalEnergy, thicknessX0: 40 });

describe('bremsYield(options)', () => {
  it('scales as ε² and linearly with the track length', () => {
    const a = bremsYield({ spectrum, material: lead, massGeV: 0.02, minEnergyGeV: 50 }).perParticle;
    const b = bremsYield({ spectrum, material: lead, massGeV: 0.02, minEnergyGeV: 50, epsilon: 1e-3 }).perParticle;
    expect(b / a).toBeCloseTo(1e-6, 12);
    const doubled = trackLengthSpectrum({ ...spectrum, electronCm: spectrum.electronCm.map((v) => 2 * v), positronCm: spectrum.positronCm.map((v) => 2 * v) });
    expect(bremsYield({ spectrum: doubled, material: lead, massGeV: 0.02, minEnergyGeV: 50 }).perParticle / a).toBeCloseTo(2, 10);
  });
  it('equals n·L·σ(E0) for a one-bin spectrum just below the beam energy', () => {
    const L = 0.7; // cm
    const one = trackLengthSpectrum({ edgesGeV: Float64Array.of(99.99, 100), electronCm: Float64Array.of(L), positronCm: Float64Array.of(0), photonCm: Float64Array.of(0), origin: 'test' });
    const y = bremsYield({ spectrum: one, material: lead, massGeV: 0.05, minEnergyGeV: 50, precision: 'standard' }).perParticle;
    const n = (6.02214076e23 * lead.density) / 207.2;
    const sigma = bremsCrossSection({ beamEnergyGeV: 99.995, massGeV: 0.05, target: { Z: 82, A: 207.2 }, minEnergyGeV: 50 }) * 1e-36;
    expect(y / (n * L * sigma)).toBeCloseTo(1, 3);
  });
  it('falls roughly as 1/m² between 10 and 100 MeV (the A′ bremsstrahlung scaling)', () => {
    const y10 = bremsYield({ spectrum, material: lead, massGeV: 0.01, minEnergyGeV: 50 }).perParticle;
    const y100 = bremsYield({ spectrum, material: lead, massGeV: 0.1, minEnergyGeV: 50 }).perParticle;
    expect(y10 / y100).toBeGreaterThan(50);
    expect(y10 / y100).toBeLessThan(100);
  });
  it('rejects a signal threshold above the spectrum', () => {
    expect(() => bremsYield({ spectrum, material: lead, massGeV: 0.01, minEnergyGeV: 150 })).toThrow(/minEnergyGeV/);
  });
});
