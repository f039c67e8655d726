/** `emiss sim`: the fast simulation of a setup, for one process. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import { MEDIATOR_KINDS } from '../../physics/index.js';
import type { MediatorKind } from '../../physics/index.js';
import { PROCESSES, processInfo } from '../../sim/index.js';
import type { ProcessName, XDecayMode } from '../../sim/index.js';
import { loadSetup } from '../../store/load-setup.js';
import { assertAllFinite, toJson } from '../json-output.js';
import { parseChoice, parseNumber } from '../option-parsers.js';
import type { CommandIo } from '../command-io.js';
import { runSimulation } from '../sim-runner.js';

interface SimFlags {
  process: string;
  mass?: string;
  events: string;
  seed: string;
  threads: string;
  out?: string;
  run: string;
  decay: string;
  epsilon: string;
  mediator: string;
  trackingCut?: string;
  minEnergy?: string;
  listProcesses?: boolean;
  progress: boolean;
  json?: boolean;
}

/** Registers `sim` on the program. */
export function registerSim(program: Command, io: CommandIo): void {
  program
    .command('sim')
    .description('fast simulation of a setup: raw events (.emraw), truth table (Parquet), track-length tally')
    .argument('[setup]', 'setup file with a detector list, e.g. configs/na64e-2021-2023.yaml')
    .option('--process <name>', 'what to simulate (see --list-processes)', 'beam')
    .option('--mass <GeV>', 'mass of the new boson (signal processes)')
    .option('--events <n>', 'number of events', '1000')
    .option('--seed <n>', 'random seed (unsigned 32-bit)', '1')
    .option('--threads <n>', 'worker threads (the files are the same for any number)', '1')
    .option('--out <dir>', 'output directory (default emiss-out/sim/<setup>-<process>-s<seed>)')
    .option('--run <n>', 'run number written to the raw file', '1')
    .option('--decay <mode>', 'decay of the new boson: invisible, visible, semi-visible', 'invisible')
    .option('--epsilon <eps>', 'coupling for decay lengths of visible decays (yields are per ε² at ε = 1)', '1e-4')
    .option('--mediator <kind>', `boson: ${MEDIATOR_KINDS.join(', ')}`, 'vector')
    .option('--tracking-cut <GeV>', "e±/γ tracking cut (default: the setup's simulation.trackingCutGeV)")
    .option('--min-energy <GeV>', 'lowest boson energy generated (default E0 − E_ECAL,max − 10 GeV)')
    .option('--list-processes', 'list the processes and exit')
    .option('--no-progress', 'no progress display')
    .option('--json', 'print the summary as one JSON object (keys in docs/cli.md)')
    .action(async (setupPath: string | undefined, flags: SimFlags) => {
      if (flags.listProcesses) {
        if (flags.json) io.out(toJson(PROCESSES));
        else for (const p of PROCESSES) io.out(`${p.name.padEnd(16)} ${p.kind.padEnd(10)} ${p.description}`);
        return;
      }
      if (!setupPath) throw new EmissError('BAD_OPTION', 'sim', 'needs a setup file', 'emiss sim <setup.yaml> --process <name>');
      const info = processInfo(flags.process);
      if (!info) throw new EmissError('UNKNOWN_NAME', '--process', `unknown process '${flags.process}'`, PROCESSES.map((p) => p.name).join(', '));
      const setup = loadSetup(setupPath);
      const events = parseNumber(flags.events, '--events', { positive: true });
      if (!Number.isInteger(events)) throw new EmissError('BAD_OPTION', '--events', `${flags.events} is not a whole number`, 'a positive integer');
      const seed = parseNumber(flags.seed, '--seed');
      if (!(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)) throw new EmissError('BAD_OPTION', '--seed', `${flags.seed} is not an unsigned 32-bit integer`, '0 … 4294967295');
      const threads = parseNumber(flags.threads, '--threads', { positive: true });
      if (!Number.isInteger(threads) || threads > 256) throw new EmissError('BAD_OPTION', '--threads', `${flags.threads}`, 'an integer 1 … 256');
      const runNumber = parseNumber(flags.run, '--run');
      const decay = parseChoice(flags.decay, '--decay', ['invisible', 'visible', 'semi-visible'] as const) as XDecayMode;
      const mediator = parseChoice(flags.mediator, '--mediator', MEDIATOR_KINDS) as MediatorKind;
      const mass = flags.mass === undefined ? undefined : parseNumber(flags.mass, '--mass', { positive: true });
      if (info.needsMass && mass === undefined) throw new EmissError('BAD_OPTION', '--mass', `process '${info.name}' needs the boson mass`, 'e.g. --mass 0.02');
      const outDir = flags.out ?? `emiss-out/sim/${setup.name}-${info.name}${mass !== undefined ? `-m${mass}` : ''}-s${seed}`;
      const summary = await runSimulation({
        config: {
          setup,
          fileName: setupPath,
          process: info.name as ProcessName,
          seed,
          runNumber,
          massGeV: mass,
          mediator,
          decay,
          epsilon: parseNumber(flags.epsilon, '--epsilon', { positive: true }),
          trackingCutGeV: flags.trackingCut === undefined ? undefined : parseNumber(flags.trackingCut, '--tracking-cut', { positive: true }),
          signalMinEnergyGeV: flags.minEnergy === undefined ? undefined : parseNumber(flags.minEnergy, '--min-energy', { positive: true }),
        },
        setupText: readFileSync(setupPath, 'utf8'),
        events,
        threads,
        outDir,
        progress: flags.progress ? (s) => process.stderr.write(s) : null,
        tty: Boolean(process.stderr.isTTY),
      });
      assertAllFinite(summary);
      if (flags.json) {
        io.out(toJson(summary));
        return;
      }
      io.out(`${setup.name}: ${summary.events} events of '${summary.process}' in ${summary.wall_seconds.toFixed(1)} s (${summary.events_per_second.toFixed(0)} events/s, ${threads} thread${threads > 1 ? 's' : ''})`);
      if (info.kind === 'signal') {
        io.out(`  X per beam particle (per ε², first order): ${summary.yield_per_particle.toExponential(4)} ± ${(100 * summary.yield_relative_error).toFixed(1)}%; X produced in ${(100 * summary.fraction_produced).toFixed(1)}% of the events`);
      } else io.out(`  Σw/N = ${summary.weight_per_event.toExponential(4)}: events of this process per beam particle`);
      if (summary.info.biasFactor !== 1) io.out(`  bias factor ${summary.info.biasFactor.toExponential(3)} (expected ${summary.info.expectedPerEvent.toExponential(3)} per event unbiased)`);
      for (const f of summary.files) io.out(`  wrote ${f}`);
    });
}
