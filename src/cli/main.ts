/**
 * The `emiss` command: sub-commands registered on a commander program, errors turned into
 * one line and exit code 2 (bad input) or 1 (failure), as documented in docs/cli.md.
 */
import { Command, CommanderError } from 'commander';
import { describeError, EXIT_BAD_INPUT } from './cli-error.js';
import { processIo } from './command-io.js';
import type { CommandIo } from './command-io.js';
import { CommandExit } from './command-exit.js';
import { registerLimit } from './commands/limit.js';
import { registerFc } from './commands/fc.js';
import { registerRaw } from './commands/raw.js';
import { registerReco } from './commands/reco.js';
import { registerCalib } from './commands/calib.js';
import { registerMonitor } from './commands/monitor.js';
import { registerSelect } from './commands/select.js';
import { registerHist } from './commands/hist.js';
import { registerBackground } from './commands/background.js';
import { registerRelic } from './commands/relic.js';
import { registerRun } from './commands/run.js';
import { registerRuns } from './commands/runs.js';
import { registerSim } from './commands/sim.js';
import { registerXsec } from './commands/xsec.js';
import { registerYield } from './commands/yield.js';
import { EMISS_VERSION } from './version.js';

/** Builds the program (exported for tests). */
export function buildProgram(io: CommandIo = processIo): Command {
  const program = new Command();
  program
    .name('emiss')
    .description('Missing-energy searches for dark sectors at fixed-target experiments (NA64)')
    .version(EMISS_VERSION)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, '')),
      writeErr: (s) => io.err(s.replace(/\n$/, '')),
    });
  registerXsec(program, io);
  registerYield(program, io);
  registerLimit(program, io);
  registerFc(program, io);
  registerRelic(program, io);
  registerSim(program, io);
  registerRaw(program, io);
  registerReco(program, io);
  registerCalib(program, io);
  registerRun(program, io);
  registerRuns(program, io);
  registerMonitor(program, io);
  registerSelect(program, io);
  registerHist(program, io);
  registerBackground(program, io);
  const output = {
    writeOut: (s: string) => io.out(s.replace(/\n$/, '')),
    writeErr: (s: string) => io.err(s.replace(/\n$/, '')),
    outputError: (s: string, write: (s: string) => void) => write(`emiss: ${s.replace(/^error: /, '').replace(/\n$/, '')} (see --help)`),
  };
  program.configureOutput(output);
  // Every level of sub-command (e.g. `raw info`) reports usage errors the same way.
  const configure = (cmd: Command): void => {
    for (const c of cmd.commands) {
      c.exitOverride().configureOutput(output);
      configure(c);
    }
  };
  configure(program);
  return program;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommandExit) return err.exitCode;
    if (err instanceof CommanderError) {
      // --help and --version end with code 0; usage errors were already printed by commander.
      if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      return EXIT_BAD_INPUT;
    }
    const { line, exitCode } = describeError(err);
    io.err(line);
    return exitCode;
  }
}
