/** `emiss limit --workspace ws.json`: CLs and upper limits for a pyhf workspace (docs/stats.md). */
import { readFileSync } from 'node:fs';
import { EmissError } from '../../core/index.js';
import { buildModel, clsAsymptotic, clsToys, parseWorkspace, upperLimit } from '../../stats/index.js';
import type { TestStatistic } from '../../stats/index.js';
import { assertAllFinite, toJson } from '../json-output.js';
import { parseChoice, parseNumber } from '../option-parsers.js';
import type { CommandIo } from '../command-io.js';
import { UsageError } from '../cli-error.js';

/** The flags of `limit` that the workspace mode reads. */
export interface WorkspaceLimitFlags {
  mu?: string;
  cl: string;
  calculator: string;
  toys: string;
  seed: string;
  testStat: string;
  measurement?: string;
  json?: boolean;
}

/** Runs the workspace form of `emiss limit`. */
export function runWorkspaceLimit(file: string, flags: WorkspaceLimitFlags, io: CommandIo): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new EmissError('BAD_FILE', file, `cannot read: ${(e as Error).message.split('\n')[0]}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new EmissError('BAD_FILE', file, `not JSON: ${(e as Error).message}`);
  }
  const model = buildModel(parseWorkspace(json, file), { measurement: flags.measurement, where: file });
  const calculator = parseChoice(flags.calculator, '--calculator', ['asymptotics', 'toys'] as const);
  const testStatistic = parseChoice(flags.testStat, '--test-stat', ['qtilde', 'q'] as const) as TestStatistic;
  const toys = parseNumber(flags.toys, '--toys', { positive: true });
  if (!Number.isInteger(toys) || toys < 10) throw new UsageError(`--toys: ${flags.toys} must be an integer ≥ 10`);
  const seed = parseNumber(flags.seed, '--seed');
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(`--seed: ${flags.seed} must be an integer from 0 to 4294967295`);
  const cl = parseNumber(flags.cl, '--cl');
  if (!(cl > 0 && cl < 1)) throw new UsageError(`--cl: ${flags.cl} must be between 0 and 1`);
  const t0 = performance.now();
  const common = { workspace: file, poi: model.parNames[model.poi], calculator, test_statistic: testStatistic, ...(calculator === 'toys' ? { toys, seed } : {}) };
  let out: Record<string, unknown>;
  if (flags.mu !== undefined) {
    const mu = parseNumber(flags.mu, '--mu');
    if (!(mu >= 0)) throw new UsageError(`--mu: ${flags.mu} must be ≥ 0`);
    const r = calculator === 'toys' ? clsToys(model, mu, { toys, seed }) : clsAsymptotic(model, mu, { testStatistic });
    out = { ...common, mu, cls_obs: r.cls_obs, cls_exp: r.cls_exp, clsb_obs: r.clsb_obs, clb_obs: r.clb_obs, q_obs: r.q_obs, mu_hat: r.mu_hat };
  } else {
    const r = upperLimit(model, { cl, calculator, testStatistic, toys, seed });
    out = { ...common, cl, mu_up_obs: r.mu_up_obs, mu_up_exp: r.mu_up_exp };
  }
  out.compute_seconds = (performance.now() - t0) / 1000;
  assertAllFinite(out);
  if (flags.json) {
    io.out(toJson(out));
    return;
  }
  const f = (x: number): string => x.toPrecision(6);
  io.out(`${file}: POI ${common.poi}, ${calculator}${calculator === 'toys' ? ` (${toys} toys, seed ${seed})` : ''}, test statistic ${testStatistic}`);
  if ('cls_obs' in out) {
    io.out(`  CLs(${common.poi} = ${String(out.mu)}) observed ${f(out.cls_obs as number)}`);
    io.out(`  expected −2σ … +2σ: ${(out.cls_exp as number[]).map(f).join('  ')}`);
  } else {
    io.out(`  ${Math.round(cl * 100)}% CL upper limit on ${common.poi}: observed ${f(out.mu_up_obs as number)}`);
    io.out(`  expected −2σ … +2σ: ${(out.mu_up_exp as number[]).map(f).join('  ')}`);
  }
}
