import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/index.js';
import { setupSchema } from '../../setup/index.js';
import { createTransportContext } from '../create-context.js';
import { ParticleState } from '../particle-stack.js';
import { buildGeometry } from '../sim-geometry.js';
import { Species } from '../species.js';
import { straightPassive } from '../straight-passive.js';
import { transportAll } from '../transport.js';
import { createEmTransport } from './em-transport.js';
import { meanShowerMaximum } from './gp-parameters.js';
import { material } from '../../physics/index.js';

/** A long homogeneous calorimeter of `mat`, read out in `n` slices of `sliceX0` X0 and one wide cell. */
function slicedCalorimeter(mat: string, n: number, sliceX0: number, cells = 1, pitchRM = 40) {
  const m = material(mat);
  const setup = setupSchema.parse({
    schema: 'emiss-setup/1',
    name: 'test',
    description: 'test',
    beam: { particle: 'e-', energyGeV: 100 },
    target: { material: mat, thicknessX0: n * sliceX0 },
    exposure: { particlesOnTarget: 1 },
    detectors: [
      {
        type: 'calorimeter',
        name: 'CAL',
        role: 'ecal',
        material: mat,
        zCm: 0,
        cells: { nx: cells, ny: cells, pitchXCm: (pitchRM * m.moliereRadius) / cells, pitchYCm: (pitchRM * m.moliereRadius) / cells },
        sections: Array.from({ length: n }, (_, i) => ({ name: `s${i}`, depthCm: sliceX0 * m.radiationLengthCm })),
        response: { photoelectronsPerGeV: 1000, adcPerGeV: 10 },
      },
    ],
  });
  const geometry = buildGeometry(setup);
  const ctx = createTransportContext(geometry, { trackingCutGeV: 1, hadronCutGeV: 0.1 }, { em: createEmTransport(), muon: null, hadron: null, passive: straightPassive });
  return { ctx, geometry, m };
}

function shoot(ctx: ReturnType<typeof slicedCalorimeter>['ctx'], event: number, energy: number, x = 0): void {
  RandomStream.reset(ctx.rng, 11, event);
  ctx.deposits.reset();
  ctx.truth.reset(event);
  const p = new ParticleState();
  p.species = Species.Electron;
  p.e = energy;
  p.x = x;
  p.z = -1;
  p.uz = 1;
  transportAll(ctx, p);
}

describe('createEmTransport()', () => {
  it('conserves energy: deposits + escaped = beam energy', () => {
    const { ctx } = slicedCalorimeter('Pb', 60, 0.5);
    for (let ev = 0; ev < 20; ev++) {
      shoot(ctx, ev, 100);
      const dep = ctx.deposits.elementEnergy.reduce((s, v) => s + v, 0);
      expect(dep + ctx.truth.eEscaped).toBeCloseTo(100, 6);
    }
  });
  it('puts the shower maximum of 100 GeV electrons in lead at ln(E/E_c) − 0.5 ± 0.5 X0 (PDG eq. 34.36; GP ⟨T⟩ = ln y − 0.858)', () => {
    const n = 60;
    const { ctx, geometry, m } = slicedCalorimeter('Pb', n, 0.5);
    const profile = new Float64Array(n);
    const events = 200;
    for (let ev = 0; ev < events; ev++) {
      shoot(ctx, ev, 100);
      const d = ctx.deposits;
      for (let c = 0; c < geometry.nCells; c++) profile[geometry.cellSection[c]] += d.cellEnergy[c];
    }
    // The maximum of a Gamma profile from its moments: t_max = (α − 1)/b = mean − variance/mean.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const t = (i + 0.5) * 0.5;
      s0 += profile[i];
      s1 += profile[i] * t;
      s2 += profile[i] * t * t;
    }
    const mean = s1 / s0;
    const tMax = mean - (s2 / s0 - mean * mean) / mean;
    const y = 100 / m.criticalEnergy;
    const pdg = Math.log(y) - 0.5; // PDG RPP 2024 eq. 34.36 (electron-induced): t_max = ln y − 0.5
    expect(Math.abs(tMax - pdg)).toBeLessThan(0.6);
    expect(Math.abs(tMax - meanShowerMaximum(100, m.criticalEnergy))).toBeLessThan(0.6);
    // Longitudinal containment: > 98% within 25 X0 in lead.
    const total = profile.reduce((s, v) => s + v, 0);
    const within = profile.slice(0, 50).reduce((s, v) => s + v, 0);
    expect(within / total).toBeGreaterThan(0.98);
  });
  it('contains ~90% of the energy within one Molière radius (PDG §34.5)', () => {
    // 21 × 21 cells of R_M/5: sum the cells within R_M of the axis.
    const { ctx, geometry, m } = slicedCalorimeter('Pb', 1, 40, 21, 21 / 5);
    let inside = 0;
    let total = 0;
    for (let ev = 0; ev < 50; ev++) {
      shoot(ctx, ev, 100);
      for (let c = 0; c < geometry.nCells; c++) {
        const e = ctx.deposits.cellEnergy[c];
        const dx = (geometry.cellIx[c] - 10) * (m.moliereRadius / 5);
        const dy = (geometry.cellIy[c] - 10) * (m.moliereRadius / 5);
        total += e;
        if (dx * dx + dy * dy <= m.moliereRadius * m.moliereRadius) inside += e;
      }
    }
    expect(inside / total).toBeGreaterThan(0.82);
    expect(inside / total).toBeLessThan(0.95);
  });
});
