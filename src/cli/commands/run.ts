/** `emiss run [setup.yaml]`: the whole search, from a setup file to a report (docs/run.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import { packageRoot } from '../../store/index.js';
import type { CommandIo } from '../command-io.js';
import { toJson } from '../json-output.js';
import { loadSetup } from '../../store/load-setup.js';
import { parseMasses, parseNumber } from '../option-parsers.js';
import { runSearch } from '../run/run-search.js';

interface RunFlags {
  out: string;
  seed: string;
  threads: string;
  events?: string;
  scale: string;
  masses?: string;
  fresh?: boolean;
  progress: boolean;
  json?: boolean;
}

/** Registers `run` on the program. */
export function registerRun(program: Command, io: CommandIo): void {
  program
    .command('run')
    .description('a whole missing-energy search: simulate, reconstruct, select, estimate background, set limits, write the report')
    .argument('[setup]', 'setup file (default: the bundled configs/na64e-invisible.yaml)')
    .option('--out <dir>', 'output folder (runs go to <dir>/<run-id>/, the store to <dir>/emiss.duckdb)', 'emiss-out')
    .option('--seed <n>', 'random seed (unsigned 32-bit)', '1')
    .option('--threads <n>', 'worker threads for simulation and reconstruction', '2')
    .option('--events <n>', 'beam events (default 60000; the other samples scale with it)')
    .option('--scale <x>', 'multiplies every sample size', '1')
    .option('--masses <list>', "A′ masses [GeV]: lo:hi:n, a,b,c (default 0.001,0.003,…,1)")
    .option('--fresh', 'recompute every stage (default: reuse stages done for the same inputs)')
    .option('--no-progress', 'no progress display')
    .option('--json', 'print the summary as one JSON object (keys in docs/run.md)')
    .action(async (setupArg: string | undefined, flags: RunFlags) => {
      const setupPath = setupArg ?? join(packageRoot(), 'configs', 'na64e-invisible.yaml');
      const setup = loadSetup(setupPath);
      let setupText: string;
      try {
        setupText = readFileSync(setupPath, 'utf8');
      } catch (e) {
        throw new EmissError('BAD_FILE', setupPath, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
      const seed = parseNumber(flags.seed, '--seed');
      if (!(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)) throw new EmissError('BAD_OPTION', '--seed', `${flags.seed} is not an unsigned 32-bit integer`, '0 … 4294967295');
      const threads = parseNumber(flags.threads, '--threads', { positive: true });
      if (!Number.isInteger(threads) || threads > 256) throw new EmissError('BAD_OPTION', '--threads', `${flags.threads}`, 'an integer 1 … 256');
      const events = flags.events === undefined ? undefined : parseNumber(flags.events, '--events', { positive: true });
      if (events !== undefined && !Number.isInteger(events)) throw new EmissError('BAD_OPTION', '--events', `${flags.events} is not a whole number`, 'a positive integer');
      const scale = parseNumber(flags.scale, '--scale', { positive: true });
      const masses = flags.masses === undefined ? undefined : parseMasses(flags.masses);
      const r = await runSearch({
        setup,
        setupPath,
        setupText,
        out: flags.out,
        seed,
        threads,
        events,
        scale,
        massesGeV: masses,
        fresh: flags.fresh === true,
        progress: flags.progress ? (s) => process.stderr.write(s) : null,
        tty: process.stderr.isTTY === true,
      });
      if (flags.json) {
        io.out(toJson({ run_id: r.run_id, out_dir: r.out_dir, files: r.files, stages: r.stages, wall_seconds: r.wall_seconds, limits: { ...r.limits, workspace: undefined } }));
        return;
      }
      const l = r.limits;
      io.out(`${setup.name}: run ${r.run_id} in ${r.wall_seconds.toFixed(1)} s (${r.stages.filter((s) => s.reused).length} of ${r.stages.length} stages reused)`);
      io.out(`  ${l.particles_on_target.toExponential(3)} particles on target; background ${l.background.expected.toPrecision(3)} ± ${l.background.uncertainty.toPrecision(3)} (simulated statistics: < ${l.background.upper_68.toPrecision(3)} at 68% CL); observed ${l.observed}`);
      io.out(`  ${'m_A′ [GeV]'.padEnd(12)} ${'efficiency'.padEnd(11)} ${'ε_90 obs'.padEnd(11)} ${'ε_90 exp'.padEnd(11)} ${'−1σ … +1σ'.padEnd(24)} y_90 obs`);
      for (const p of l.points) {
        io.out(`  ${p.mass_GeV.toExponential(3).padEnd(12)} ${p.efficiency.toFixed(3).padEnd(11)} ${p.epsilon_obs.toExponential(3).padEnd(11)} ${p.epsilon_exp[2].toExponential(3).padEnd(11)} ${`${p.epsilon_exp[1].toExponential(2)} … ${p.epsilon_exp[3].toExponential(2)}`.padEnd(24)} ${p.y_obs.toExponential(3)}`);
      }
      for (const p of l.published) if (p.ratio_to_published.length) io.out(`  ε_emiss/ε_published (${p.key}): ${Math.min(...p.ratio_to_published.map((x) => x.ratio)).toFixed(2)} – ${Math.max(...p.ratio_to_published.map((x) => x.ratio)).toFixed(2)} over ${p.ratio_to_published.length} masses`);
      io.out(`  report: ${r.files.report}`);
      io.out(`  results: ${r.files.results}`);
    });
}
