/** `emiss reco`: raw files → DST (docs/reco.md, docs/dst.md). */
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import { assertAllFinite, toJson } from '../json-output.js';
import { parseNumber } from '../option-parsers.js';
import type { CommandIo } from '../command-io.js';
import { runReconstruction } from '../reco-runner.js';

interface RecoFlags {
  calib: string;
  out: string;
  threads: string;
  json?: boolean;
  allowDefaultCalib?: boolean;
  truth?: string;
  setup?: string;
  progress: boolean;
}

/** Registers `reco` on the program. */
export function registerReco(program: Command, io: CommandIo): void {
  program
    .command('reco')
    .description('reconstruct raw files (.emraw) into a DST (Parquet, one row per event)')
    .argument('<files...>', 'raw files, e.g. runs/sig20/*.emraw')
    .option('--calib <dir>', 'calibration directory (JSON entries by setup and run range)', 'calib')
    .option('--out <file>', 'DST file (Parquet); the calibrations used go to <file>.calib.json', 'dst.parquet')
    .option('--threads <n>', 'reconstructing threads: n − 1 workers and the main thread (the output is the same for any number)', '1')
    .option('--allow-default-calib', "use the setup's nominal constants for runs without a calibration (recorded in the output)")
    .option('--truth <files>', 'truth table(s) to join, comma-separated per input file (default: truth.parquet beside each raw file, if present; "none" for none)')
    .option('--setup <file>', 'setup file (default: configs/<setup name of the file header>.yaml)')
    .option('--no-progress', 'no progress display')
    .option('--json', 'print the summary as one JSON object (keys in docs/cli.md)')
    .action(async (files: string[], flags: RecoFlags) => {
      const threads = parseNumber(flags.threads, '--threads', { positive: true });
      if (!Number.isInteger(threads) || threads > 64) throw new EmissError('BAD_OPTION', '--threads', `${flags.threads}`, 'an integer 1 … 64');
      if (!flags.out.endsWith('.parquet')) throw new EmissError('BAD_OPTION', '--out', `${flags.out} does not end in .parquet`, 'e.g. --out runs/sig20/dst.parquet');
      let truth: string[] | undefined;
      if (flags.truth === 'none') truth = files.map(() => '');
      else if (flags.truth !== undefined) {
        truth = flags.truth.split(',');
        if (truth.length !== files.length && truth.length !== 1) throw new EmissError('BAD_OPTION', '--truth', `${truth.length} tables for ${files.length} raw files`, 'one per raw file, comma-separated');
        if (truth.length === 1 && files.length > 1) throw new EmissError('BAD_OPTION', '--truth', 'one table for several raw files', 'one per raw file, comma-separated');
      }
      const summary = await runReconstruction({
        files,
        calibDir: flags.calib,
        out: flags.out,
        threads,
        allowDefaultCalib: Boolean(flags.allowDefaultCalib),
        truth,
        setupPath: flags.setup,
        progress: flags.progress ? (s) => process.stderr.write(s) : null,
        tty: Boolean(process.stderr.isTTY),
      });
      assertAllFinite(summary);
      if (flags.json) {
        io.out(toJson(summary));
        return;
      }
      io.out(
        `reco: ${summary.events} events read and reconstructed, ${summary.events_damaged} damaged, from ${summary.files} file${summary.files > 1 ? 's' : ''} in ${summary.wall_seconds.toFixed(2)} s (${summary.events_per_second.toFixed(0)} events/s, ${summary.megabytes_per_second.toFixed(1)} MB/s, ${threads} thread${threads > 1 ? 's' : ''})`,
      );
      for (const p of summary.problems.slice(0, 10)) io.out(`  damaged: ${p.file} at byte ${p.offset}, event ${p.event}: ${p.reason}`);
      if (summary.problems.length > 10) io.out(`  … ${summary.events_damaged - 10} more damaged records`);
      if (summary.default_calibration_runs.length) io.out(`  nominal (default) calibration used for run(s) ${summary.default_calibration_runs.join(', ')}`);
      io.out(`  wrote ${summary.out}${summary.truth_joined ? ' (truth joined)' : ''}`);
      io.out(`  wrote ${summary.calib_sidecar}`);
    });
}
