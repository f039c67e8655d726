/** `emiss limit`: 90% CL exclusion of an invisible dark photon for a setup file. */
import type { Command } from 'commander';
import { compareWithPublished, invisibleLimit, publishedLimit } from '../../sensitivity/index.js';
import type { BremsMethod } from '../../physics/index.js';
import { BREMS_METHODS } from '../../physics/index.js';
import { loadSetup } from '../../store/load-setup.js';
import { readTrackLength } from '../read-track-length.js';
import { requireResult } from '../../setup/index.js';
import { assertAllFinite, toJson } from '../json-output.js';
import { parseChoice, parseMasses, parseNumber } from '../option-parsers.js';
import type { CommandIo } from '../command-io.js';
import { DM_CHOICES, dmName, dmOption } from './shared-options.js';
import { writeLimitPlots } from '../limit-plots.js';
import { fmt } from './xsec.js';
import { runWorkspaceLimit } from './limit-workspace.js';
import { workspaceFromCounting } from '../../stats/index.js';
import { UsageError } from '../cli-error.js';
import { writeAtomic } from '../../store/index.js';

interface LimitFlags {
  masses: string;
  dm: string;
  alphaD: string;
  ratio: string;
  cl: string;
  method?: string;
  plot?: string;
  relic: boolean;
  trackLength?: string;
  json?: boolean;
  workspace?: string;
  mu?: string;
  calculator: string;
  toys: string;
  seed: string;
  testStat: string;
  measurement?: string;
  writeWorkspace?: string;
}

/** Registers `limit` on the program. */
export function registerLimit(program: Command, io: CommandIo): void {
  program
    .command('limit')
    .description('90% CL upper limits on ε(m_A′) and y(m_χ) for an invisibly decaying dark photon')
    .argument('[setup]', 'setup file, e.g. configs/na64e-2016-2018.yaml (not with --workspace)')
    .option('--masses <list>', 'A′ masses [GeV]: lo:hi:n (log-spaced), a,b,c or one value', '0.001:1:25')
    .option('--dm <type>', `dark matter: ${DM_CHOICES.join(', ')}`, 'scalar')
    .option('--alpha-d <value>', 'dark coupling α_D', '0.5')
    .option('--ratio <value>', 'm_A′/m_χ', '3')
    .option('--cl <level>', 'confidence level', '0.9')
    .option('--method <name>', `cross section: ${BREMS_METHODS.join(', ')} (default: the setup's)`)
    .option('--plot <file.svg|file.png>', 'draw ε vs m_A′ to this file and y vs m_χ (with relic targets) to the same name with "-y"')
    .option('--no-relic', 'leave the relic targets out of the y plot')
    .option('--track-length <file>', 'e± track lengths from a simulation (the tracklength.json of emiss sim) instead of the analytic shower')
    .option('--json', 'print one JSON object (keys in docs/cli.md)')
    .option('--workspace <ws.json>', 'a pyhf workspace (HistFactory JSON 1.0.0): CLs or upper limits on its POI (docs/stats.md)')
    .option('--mu <value>', 'with --workspace: CLs at this POI value instead of the upper limit')
    .option('--calculator <name>', 'with --workspace: asymptotics or toys', 'asymptotics')
    .option('--toys <n>', 'with --calculator toys: toys per hypothesis', '1000')
    .option('--seed <n>', 'with --calculator toys: random seed', '1')
    .option('--test-stat <name>', 'with --workspace: qtilde (pyhf default) or q', 'qtilde')
    .option('--measurement <name>', "with --workspace: the measurement (default: the workspace's first)")
    .option('--write-workspace <ws.json>', "write the setup's signal-box counting model as a pyhf workspace (POI = signal events), for `limit --workspace` or pyhf")
    .action(async (setupPath: string | undefined, flags: LimitFlags) => {
      if (flags.workspace !== undefined) {
        if (setupPath !== undefined) throw new UsageError(`limit: give either a setup file or --workspace, not both ('${setupPath}')`);
        runWorkspaceLimit(flags.workspace, flags, io);
        return;
      }
      if (setupPath === undefined) throw new UsageError('limit: a setup file (e.g. configs/na64e-2016-2018.yaml) or --workspace ws.json is required');
      const setup = requireResult(loadSetup(setupPath), setupPath);
      const masses = parseMasses(flags.masses);
      const dm = dmOption(flags.dm);
      const alphaD = parseNumber(flags.alphaD, '--alpha-d', { positive: true });
      const ratio = parseNumber(flags.ratio, '--ratio', { positive: true });
      const cl = parseNumber(flags.cl, '--cl');
      const method = flags.method === undefined ? undefined : (parseChoice(flags.method, '--method', BREMS_METHODS) as BremsMethod);
      const t0 = performance.now();
      const spectrum = flags.trackLength === undefined ? undefined : readTrackLength(flags.trackLength, setup.beam.energyGeV - setup.signal.maxEcalEnergyGeV);
      const limit = invisibleLimit({ setup, massesGeV: masses, dm, alphaD, ratio, cl, method, spectrum });
      const seconds = (performance.now() - t0) / 1000;
      const comparisons = (setup.publishedLimits ?? []).map((key) => {
        const pub = publishedLimit(key);
        return {
          key,
          citation: pub.citation,
          ratio_to_published: compareWithPublished(
            key,
            limit.points.map((p) => p.mass_GeV),
            limit.points.map((p) => p.epsilon_90),
          ),
        };
      });
      const plots = flags.plot ? await writeLimitPlots(flags.plot, setup, limit, { relic: flags.relic }) : [];
      if (flags.writeWorkspace !== undefined) {
        const ws = workspaceFromCounting({
          channels: [
            {
              name: 'signal_box',
              observed: setup.result.observed,
              signal: 1,
              background: setup.result.background,
              bkgUncertainty: setup.result.backgroundUncertainty,
              signalUncertainty: setup.signal.efficiency.relativeUncertainty,
            },
          ],
          poi: 'signal_events',
        });
        writeAtomic(flags.writeWorkspace, `${JSON.stringify(ws, null, 2)}\n`);
        plots.push(flags.writeWorkspace);
      }
      const out = {
        setup: setup.name,
        setup_file: setupPath,
        dm: dmName(limit.dm),
        alpha_D: limit.alpha_D,
        ratio: limit.ratio,
        cl: limit.cl,
        method: limit.method,
        particles_on_target: limit.particles_on_target,
        energy_cut_GeV: limit.energy_cut_GeV,
        observed: setup.result.observed,
        background: setup.result.background,
        background_uncertainty: setup.result.backgroundUncertainty,
        signal_events_90: limit.signal_events_90,
        spectrum: limit.spectrum_origin,
        points: limit.points,
        published: comparisons,
        plots,
        compute_seconds: seconds,
      };
      assertAllFinite(out);
      if (flags.json) {
        io.out(toJson(out));
        return;
      }
      io.out(`${setup.name}: ${setup.description}`);
      io.out(`  ${fmt(limit.particles_on_target)} ${setup.beam.particle} on target at ${setup.beam.energyGeV} GeV, E_A′ > ${limit.energy_cut_GeV} GeV, ${setup.result.observed} observed, background ${setup.result.background} ± ${setup.result.backgroundUncertainty}`);
      io.out(`  ${Math.round(limit.cl * 100)}% CL (CLs): N_sig < ${limit.signal_events_90.toFixed(3)} events; ${limit.dm}, α_D = ${alphaD}, m_A′ = ${ratio} m_χ; cross section ${limit.method.toUpperCase()}`);
      io.out('');
      io.out('  m_A′ [GeV]   ε_90         y_90         yield/EOT (ε=1)  efficiency');
      for (const p of limit.points) {
        io.out(`  ${p.mass_GeV.toExponential(3).padEnd(12)} ${p.epsilon_90.toExponential(3).padEnd(12)} ${p.y_90.toExponential(3).padEnd(12)} ${p.yield_per_eot.toExponential(3).padEnd(16)} ${p.efficiency.toFixed(3)}`);
      }
      for (const c of comparisons) {
        const r = c.ratio_to_published;
        if (r.length === 0) continue;
        const lo = Math.min(...r.map((x) => x.ratio));
        const hi = Math.max(...r.map((x) => x.ratio));
        io.out(`  ε_emiss/ε_published (${c.key}): ${lo.toFixed(2)} – ${hi.toFixed(2)} over ${r.length} masses (${c.citation})`);
      }
      for (const f of plots) io.out(`  wrote ${f}`);
      io.out(`  (${seconds.toFixed(2)} s)`);
    });
}
