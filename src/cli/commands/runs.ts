/** `emiss runs ls|show|diff`: the runs recorded in `<out>/emiss.duckdb` by `emiss run` (docs/run.md). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import { diffRuns, getRun, listRuns } from '../../store/index.js';
import type { CommandIo } from '../command-io.js';
import { toJson } from '../json-output.js';

/** The store of an output folder; refused when it does not exist (never created by reading). */
function storePath(out: string): string {
  const db = join(out, 'emiss.duckdb');
  if (!existsSync(db)) throw new EmissError('BAD_OPTION', '--out', `no runs store at ${db}`, "the --out folder of 'emiss run' (default emiss-out)");
  return db;
}

const e3 = (v: number): string => v.toExponential(3);

/** Registers `runs` and its sub-commands. */
export function registerRuns(program: Command, io: CommandIo): void {
  const runs = program.command('runs').description('the runs recorded by emiss run: list, show, compare');
  runs
    .command('ls')
    .description('list the recorded runs, newest first')
    .option('--out <dir>', 'output folder of emiss run', 'emiss-out')
    .option('--json', 'print a JSON array')
    .action(async (flags: { out: string; json?: boolean }) => {
      const list = await listRuns(storePath(flags.out));
      if (flags.json) return io.out(toJson(list));
      if (list.length === 0) return io.out('no runs recorded');
      io.out(`${'run id'.padEnd(30)} ${'finished'.padEnd(20)} ${'setup'.padEnd(20)} ${'EOT'.padEnd(10)} masses  wall [s]`);
      for (const r of list) io.out(`${r.runId.padEnd(30)} ${r.finishedAt.slice(0, 19).padEnd(20)} ${r.setupName.padEnd(20)} ${e3(r.particlesOnTarget).padEnd(10)} ${String(r.masses).padStart(6)}  ${r.wallSeconds.toFixed(1)}`);
    });
  runs
    .command('show')
    .description('one run: inputs, exposure and limits')
    .argument('<run>', 'run id (or a unique prefix)')
    .option('--out <dir>', 'output folder of emiss run', 'emiss-out')
    .option('--json', 'print one JSON object')
    .action(async (id: string, flags: { out: string; json?: boolean }) => {
      const r = await getRun(storePath(flags.out), id);
      if (flags.json) return io.out(toJson({ ...r, setupText: undefined }));
      io.out(`run ${r.runId}: setup ${r.setupName} (sha256 ${r.setupSha256.slice(0, 12)}…), seed ${r.seed}, emiss ${r.emissVersion} (${r.gitCommit.slice(0, 12)})`);
      io.out(`  finished ${r.finishedAt} in ${r.wallSeconds.toFixed(1)} s; outputs in ${r.outDir}`);
      io.out(`  options ${JSON.stringify(r.options)}`);
      io.out(`  particles on target: ${r.periods.map((p) => `${p.name} ${e3(p.particlesOnTarget)}`).join(', ')}`);
      io.out(`  ${'m_A′ [GeV]'.padEnd(12)} ${'ε_90 obs'.padEnd(11)} ${'ε_90 exp'.padEnd(11)} ${'y_90 obs'.padEnd(11)} efficiency  background`);
      for (const p of r.results) io.out(`  ${e3(p.massGeV).padEnd(12)} ${e3(p.epsilonObserved).padEnd(11)} ${e3(p.epsilonExpected).padEnd(11)} ${e3(p.yObserved).padEnd(11)} ${p.efficiency.toFixed(3).padEnd(11)} ${p.background.toFixed(3)}`);
    });
  runs
    .command('diff')
    .description('compare two runs: which inputs differ, how the limits moved')
    .argument('<a>', 'run id (or prefix)')
    .argument('<b>', 'run id (or prefix)')
    .option('--out <dir>', 'output folder of emiss run', 'emiss-out')
    .option('--json', 'print one JSON object')
    .action(async (a: string, b: string, flags: { out: string; json?: boolean }) => {
      const db = storePath(flags.out);
      const d = diffRuns(await getRun(db, a), await getRun(db, b));
      if (flags.json) return io.out(toJson(d));
      io.out(`${d.a} → ${d.b}`);
      if (d.inputs.length === 0) io.out('  same inputs');
      for (const i of d.inputs) io.out(`  ${i.key}: ${JSON.stringify(i.a)} → ${JSON.stringify(i.b)}`);
      io.out(`  ${'m_A′ [GeV]'.padEnd(12)} ε_90 obs a → b           ratio obs  ratio exp`);
      for (const l of d.limits) io.out(`  ${e3(l.massGeV).padEnd(12)} ${e3(l.epsilonObservedA)} → ${e3(l.epsilonObservedB)}   ${l.ratioObserved.toFixed(3).padStart(8)}  ${l.ratioExpected.toFixed(3).padStart(8)}`);
      if (d.massesOnlyInA.length) io.out(`  masses only in ${d.a}: ${d.massesOnlyInA.join(', ')}`);
      if (d.massesOnlyInB.length) io.out(`  masses only in ${d.b}: ${d.massesOnlyInB.join(', ')}`);
    });
}
