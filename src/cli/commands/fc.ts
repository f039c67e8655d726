/** `emiss fc`: Feldman–Cousins interval for a Poisson count with known background. */
import type { Command } from 'commander';
import { feldmanCousins } from '../../stats/index.js';
import { assertAllFinite, toJson } from '../json-output.js';
import { parseNumber } from '../option-parsers.js';
import type { CommandIo } from '../command-io.js';
import { UsageError } from '../cli-error.js';

interface FcFlags {
  observed: string;
  background: string;
  cl: string;
  step: string;
  json?: boolean;
}

/** Registers `fc` on the program. */
export function registerFc(program: Command, io: CommandIo): void {
  program
    .command('fc')
    .description('Feldman–Cousins confidence interval on a Poisson signal mean with known background (PRD 57 (1998) 3873)')
    .requiredOption('--observed <n>', 'observed events (integer ≥ 0)')
    .option('--background <b>', 'expected background events', '0')
    .option('--cl <level>', 'confidence level', '0.9')
    .option('--step <dmu>', 'μ grid step', '0.001')
    .option('--json', 'print one JSON object {lower, upper, ...}')
    .action((flags: FcFlags) => {
      const n = parseNumber(flags.observed, '--observed');
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`--observed: ${flags.observed} must be an integer ≥ 0`);
      const b = parseNumber(flags.background, '--background');
      if (!(b >= 0)) throw new UsageError(`--background: ${flags.background} must be ≥ 0`);
      const cl = parseNumber(flags.cl, '--cl');
      if (!(cl > 0 && cl < 1)) throw new UsageError(`--cl: ${flags.cl} must be between 0 and 1`);
      const step = parseNumber(flags.step, '--step', { positive: true });
      const r = feldmanCousins(n, b, cl, { step });
      const out = assertAllFinite({ lower: r.lower, upper: r.upper, observed: n, background: b, cl, step });
      if (flags.json) io.out(toJson(out));
      else io.out(`Feldman–Cousins ${Math.round(cl * 1000) / 10}% CL interval for n = ${n}, b = ${b}: [${r.lower}, ${r.upper}]`);
    });
}
