/** `emiss relic`: thermal-relic targets y(m_χ) from the freeze-out Boltzmann equation. */
import type { Command } from 'commander';
import { relicTarget } from '../../physics/index.js';
import { assertAllFinite, toJson } from '../json-output.js';
import { parseMasses, parseNumber } from '../option-parsers.js';
import type { CommandIo } from '../command-io.js';
import { renameOptions } from '../rename-options.js';

const RELIC_OPTIONS = { dmMassGeV: '--mass', ratio: '--ratio', alphaD: '--alpha-d', splitting: '--splitting' };
import { DM_CHOICES, dmName, dmOption } from './shared-options.js';

interface RelicFlags {
  dm: string;
  mass?: string;
  masses?: string;
  ratio: string;
  alphaD: string;
  splitting: string;
  json?: boolean;
}

/** Registers `relic` on the program. */
export function registerRelic(program: Command, io: CommandIo): void {
  program
    .command('relic')
    .description('thermal-relic target y = ε²α_D(m_χ/m_A′)⁴ for which freeze-out gives Ω h² = 0.12')
    .option('--dm <type>', `dark matter: ${DM_CHOICES.join(', ')}`, 'scalar')
    .option('--mass <GeV>', 'dark-matter mass m_χ [GeV] (0.001–1)')
    .option('--masses <list>', 'several m_χ [GeV]: lo:hi:n, a,b,c')
    .option('--ratio <value>', 'm_A′/m_χ', '3')
    .option('--alpha-d <value>', 'dark coupling α_D', '0.5')
    .option('--splitting <delta>', 'pseudo-Dirac mass splitting δ = (m₂ − m₁)/m₁ (0: the small-splitting limit of the published targets)', '0')
    .option('--json', 'print one JSON object (keys in docs/cli.md)')
    .action((flags: RelicFlags) => {
      const dm = dmOption(flags.dm);
      if (flags.mass === undefined && flags.masses === undefined) flags.mass = '0.01';
      const masses = flags.masses !== undefined ? parseMasses(flags.masses) : [parseNumber(flags.mass as string, '--mass', { positive: true })];
      const ratio = parseNumber(flags.ratio, '--ratio', { positive: true });
      const alphaD = parseNumber(flags.alphaD, '--alpha-d', { positive: true });
      const splitting = parseNumber(flags.splitting, '--splitting');
      const rows = masses.map((m) => {
        const r = renameOptions(RELIC_OPTIONS, () => relicTarget({ dm, dmMassGeV: m, ratio, alphaD, splitting }));
        return {
          y: r.y,
          epsilon: r.epsilon,
          dm_mass_GeV: r.dmMassGeV,
          mediator_mass_GeV: r.mediatorMassGeV,
          omega_h2: r.omegaH2,
          x_freeze_out: r.xFreezeOut,
          sigma_v_freeze_out_cm3_s: r.sigmaV.freezeOutCm3PerS,
          sigma_v_late_cm3_s: r.sigmaV.lateCm3PerS,
        };
      });
      const common = { dm: dmName(dm), alpha_D: alphaD, ratio, ...(dm === 'pseudo-dirac' ? { splitting } : {}) };
      const out = flags.masses !== undefined ? { ...common, points: rows } : { ...common, ...rows[0] };
      assertAllFinite(out);
      if (flags.json) {
        io.out(toJson(out));
        return;
      }
      io.out(`thermal target, ${dm}, α_D = ${alphaD}, m_A′ = ${ratio} m_χ${dm === 'pseudo-dirac' ? `, δ = ${splitting}` : ''}: Ω h² = 0.120`);
      io.out('  m_χ [GeV]    y            ε            x_f    ⟨σv⟩_f [cm³/s]');
      for (const r of rows) io.out(`  ${r.dm_mass_GeV.toExponential(3).padEnd(12)} ${r.y.toExponential(3).padEnd(12)} ${r.epsilon.toExponential(3).padEnd(12)} ${r.x_freeze_out.toFixed(1).padEnd(6)} ${r.sigma_v_freeze_out_cm3_s.toExponential(2)}`);
    });
}
