import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ElementKind, buildGeometry } from '../sim/sim-geometry.js';

/** p [GeV] = 0.299792458 · B [T] · ρ [m] for unit charge (PDG, magnetic rigidity). */
const GEV_PER_T_M = 0.299792458;
import { loadSetup } from './load-setup.js';

const configs = new URL('../../configs/', import.meta.url).pathname;
const files = readdirSync(configs).filter((f) => f.endsWith('.yaml'));

describe('loadSetup(path) on the bundled setups', () => {
  it('reads every setup, with the files it extends', () => {
    for (const f of files) expect(loadSetup(join(configs, f)).name).toBe(f.replace(/\.yaml$/, ''));
  });
  for (const f of files) {
    const setup = loadSetup(join(configs, f));
    if (!setup.detectors) continue;
    it(`${f}: the nominal beam, bent by the dipoles, hits the target calorimeter within a third of its width`, () => {
      const g = buildGeometry(setup, f);
      const targetName = setup.detectors?.find((d) => d.type === 'calorimeter' && d.material === setup.target.material && d.role !== 'srd')?.name;
      const target = g.elements.find((e) => e.name === targetName);
      expect(target, `${f}: a calorimeter of ${setup.target.material}`).toBeDefined();
      if (!target) return;
      // Thin-lens deflection of each dipole, θ = 0.2998 ∫B·dl / p (PDG, "Passage of particles",
      // magnetic rigidity), positive ∫B·dl bending negative charges towards +x.
      const charge = setup.beam.particle.endsWith('+') || setup.beam.particle === 'p' ? 1 : -1;
      let x = 0;
      for (const el of g.elements) {
        if (el.kind !== ElementKind.Magnet || el.z0 > target.z0) continue;
        const theta = (-charge * GEV_PER_T_M * el.fieldIntegralTm) / setup.beam.energyGeV;
        x += theta * (target.z0 - 0.5 * (el.z0 + el.z1));
      }
      expect(Math.abs(x - target.x0)).toBeLessThan(target.halfX / 1.5);
    });
  }
});

describe('loadSetup(path) errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emiss-setup-'));
  it('names a missing setup file', () => {
    expect(() => loadSetup(join(dir, 'nope.yaml'))).toThrow(/nope\.yaml: no such setup file/);
  });
  it('names a missing base file and the file that extends it', () => {
    writeFileSync(join(dir, 'v.yaml'), 'extends: gone.yaml\nname: v\n');
    expect(() => loadSetup(join(dir, 'v.yaml'))).toThrow(/v\.yaml: extends: no such base setup file \(.*gone\.yaml\)/);
  });
  it('resolves extends relative to the extending file, not the working directory', () => {
    writeFileSync(join(dir, 'pos.yaml'), `extends: ${join(configs, 'na64e-positron-100.yaml')}\nname: pos\n`);
    const s = loadSetup(join(dir, 'pos.yaml'));
    expect(s.beam.particle).toBe('e+');
    expect(s.detectors?.some((d) => d.name === 'VHCAL')).toBe(true);
  });
});
