/**
 * Compares emiss's exact-tree-level cross sections with DMG4's reference table
 * (test/reference/dmg4-etl-table.json) and prints the relative differences as a Markdown table
 * for docs/validation.md.  Run: node bin/run-ts.js scripts/validate-etl.ts [elastic]
 */
import { readFileSync } from 'node:fs';
import { bremsCrossSection } from '../src/physics/index.js';
import type { FormFactorModel } from '../src/physics/index.js';

const table = JSON.parse(readFileSync(new URL('../test/reference/dmg4-etl-table.json', import.meta.url), 'utf8')) as {
  masses_MeV: number[];
  energies_GeV: number[];
  sigma_pb: Record<string, number[]>;
};
const formFactor: FormFactorModel = process.argv[2] === 'elastic' ? 'elastic' : 'elastic+inelastic';
const header = ['m [MeV]', ...table.energies_GeV.map((e) => `${e} GeV`)];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (let i = 0; i < table.masses_MeV.length; i++) {
  const m = table.masses_MeV[i];
  const cells = table.energies_GeV.map((E) => {
    const ref = table.sigma_pb[String(E)][i];
    const s = bremsCrossSection({ beamEnergyGeV: E, massGeV: m / 1000, target: { Z: 82, A: 207.2 }, epsilon: 1e-4, minEnergyGeV: Math.max(0.01, (2 * m) / 1000), formFactor });
    const d = (100 * (s / ref - 1)).toFixed(1);
    return d.startsWith('-') ? d : `+${d}`;
  });
  console.log(`| ${m} | ${cells.join(' | ')} |`);
}
