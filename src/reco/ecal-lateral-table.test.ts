import { describe, expect, it } from 'vitest';
import { ecalLateralTable, lorentzRectangleFraction } from './ecal-lateral-table.js';

describe('lorentzRectangleFraction(R, x0, x1, y0, y1)', () => {
  it('integrates R²/(π(r² + R²)²) to 1 over the plane, ½ over a half-plane, ¼ over a quadrant', () => {
    expect(lorentzRectangleFraction(1.3, -Infinity, Infinity, -Infinity, Infinity)).toBeCloseTo(1, 6);
    expect(lorentzRectangleFraction(1.3, 0, Infinity, -Infinity, Infinity)).toBeCloseTo(0.5, 6);
    expect(lorentzRectangleFraction(0.2, 0, Infinity, 0, Infinity)).toBeCloseTo(0.25, 6);
  });

  it('gives the radial containment r²/(r² + R²) … bounded by the inscribed and circumscribed discs', () => {
    // Square of half-side a: between the discs of radius a and a√2.
    const R = 1;
    const a = 1.5;
    const f = lorentzRectangleFraction(R, -a, a, -a, a);
    expect(f).toBeGreaterThan((a * a) / (a * a + R * R));
    expect(f).toBeLessThan((2 * a * a) / (2 * a * a + R * R));
  });
});

describe('ecalLateralTable(options)', () => {
  const t = ecalLateralTable({ pitchXCm: 3.82, pitchYCm: 3.82, moliereRadiusCm: 2.74, criticalEnergyGeV: 0.0086, zEff: 75, depthX0: 40, energyGeV: 100 });
  const c = (t.n - 1) / 2;
  const at = (iu: number, iv: number, dx: number, dy: number): number => t.fractions[(iu * t.n + iv) * 9 + (dy + 1) * 3 + dx + 1];

  it('is symmetric for a central impact and keeps most of the shower in the hit cell', () => {
    expect(at(c, c, -1, 0)).toBeCloseTo(at(c, c, 1, 0), 10);
    expect(at(c, c, 0, -1)).toBeCloseTo(at(c, c, 1, 0), 7); // x by quadrature, y in closed form
    expect(at(c, c, 0, 0)).toBeGreaterThan(0.7);
    let sum = 0;
    for (let k = 0; k < 9; k++) sum += t.fractions[(c * t.n + c) * 9 + k];
    expect(sum).toBeLessThan(1);
    expect(sum).toBeGreaterThan(0.9);
  });

  it('shares equally between two cells for an impact on their boundary', () => {
    expect(at(t.n - 1, c, 0, 0)).toBeCloseTo(at(t.n - 1, c, 1, 0), 10);
  });
});
