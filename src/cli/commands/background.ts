/** `emiss background <config.yaml>`: the background table per source, the sideband extrapolation and the signal efficiency vs mass. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import { parseBackgroundConfig } from '../../analysis/index.js';
import { renderPlot } from '../../plot/index.js';
import type { CommandIo } from '../command-io.js';
import { toJson } from '../json-output.js';
import { makeDirs } from '../make-dirs.js';
import { runBackgroundWithPlots } from '../analysis/run-background.js';
import type { BackgroundResult } from '../analysis/run-background.js';
import { signalWorkspace, SIGNAL_AT_MU1 } from '../analysis/signal-workspace.js';
import { parseNumber } from '../option-parsers.js';
import { writeAtomic } from '../../store/index.js';

function f(x: number): string {
  return x === 0 ? '0' : Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3 ? x.toExponential(2) : x.toPrecision(3);
}

/** The background table and the efficiencies as text. */
function formatBackground(r: BackgroundResult): string {
  const rows: string[][] = [['source', 'simulated', 'passed', 'expected ± stat ± syst']];
  for (const s of r.sources) rows.push([s.name, String(s.events_simulated), String(s.passed), s.passed === 0 ? `0 (< ${f(s.upper_68)} at 68% CL)` : `${f(s.expected)} ± ${f(s.stat_err)} ± ${f(s.syst_err)}`]);
  if (r.sideband) rows.push([`tail of ${r.sideband.variable} (data sideband)`, '', String(r.sideband.n), `${f(r.sideband.expected)} ± ${f(r.sideband.stat_err)} ± ${f(r.sideband.syst_err)}`]);
  rows.push(['total', '', '', `${f(r.total.expected)} ± ${f(r.total.stat_err)} ± ${f(r.total.syst_err)}`]);
  const w = rows[0].map((_, k) => Math.max(...rows.map((x) => x[k].length)));
  const out = [`${r.selection}: expected background in the signal box${r.particles_on_target ? ` for ${r.particles_on_target.toExponential(3)} particles on target` : ''}`];
  for (const x of rows) out.push(x.map((c, k) => (k === 0 ? c.padEnd(w[k]) : c.padStart(w[k]))).join('  '));
  if (r.signal.length) {
    out.push('', 'signal efficiency (A′ produced → selected and in the box):');
    for (const p of r.signal) out.push(`  m = ${p.mass_GeV === null ? '?' : `${p.mass_GeV} GeV`}: ${f(p.efficiency)} ± ${f(p.stat_err)} (stat) ± ${f(p.syst_err)} (syst)  [${p.file}]`);
  }
  return out.join('\n');
}

/** Efficiency vs mass as an SVG plot (band = stat ⊕ syst). */
function efficiencySvg(r: BackgroundResult): string | null {
  const pts = r.signal.filter((p) => p.mass_GeV !== null && p.mass_GeV > 0);
  if (pts.length === 0) return null;
  const x = pts.map((p) => p.mass_GeV as number);
  const y = pts.map((p) => p.efficiency);
  const e = pts.map((p) => Math.hypot(p.stat_err, p.syst_err));
  const xmin = Math.min(...x), xmax = Math.max(...x);
  const log = xmax / xmin > 5;
  return renderPlot({
    x: { label: 'm_{A\\prime} [GeV]', min: log ? xmin / 1.5 : xmin - 0.1 * (xmax - xmin || 1), max: log ? xmax * 1.5 : xmax + 0.1 * (xmax - xmin || 1), log },
    y: { label: 'signal efficiency', min: 0, max: 1 },
    series: [
      { kind: 'band', x, low: y.map((v, i) => Math.max(0, v - e[i])), high: y.map((v, i) => Math.min(1, v + e[i])), fill: '#56b4e9', opacity: 0.4, label: 'stat ⊕ syst' },
      { kind: 'line', x, y, color: '#0072b2', label: r.selection },
      { kind: 'points', x, y, color: '#0072b2' },
    ],
    title: `${r.selection}: signal efficiency vs mass`,
    legend: { position: 'bottom-right' },
  });
}

/** Registers `background` on the program. */
export function registerBackground(program: Command, io: CommandIo): void {
  program
    .command('background')
    .description('expected background per source (simulation scaled to the particles on target, data sideband extrapolated into the box) and signal efficiency vs mass')
    .argument('<config>', 'background configuration (YAML, docs/analysis.md)')
    .option('--out <dir>', 'write background.json, efficiency.svg and sideband.svg there')
    .option('--observed <n>', 'events observed in the box: write one pyhf workspace per signal mass (workspace-m<mass>.json, needs --out) for emiss limit --workspace')
    .option('--json', 'print one JSON object (keys in docs/analysis.md)')
    .action(async (configPath: string, flags: { out?: string; json?: boolean; observed?: string }) => {
      let text: string;
      try {
        text = readFileSync(configPath, 'utf8');
      } catch {
        throw new EmissError('BAD_FILE', configPath, 'no such background configuration', 'a YAML file, see docs/analysis.md "Background configuration"');
      }
      const cfg = parseBackgroundConfig(text, configPath);
      const { result, sidebandSvg } = await runBackgroundWithPlots(cfg, configPath);
      const observed = flags.observed === undefined ? undefined : parseNumber(flags.observed, '--observed');
      if (observed !== undefined && !(Number.isInteger(observed) && observed >= 0)) throw new EmissError('BAD_OPTION', '--observed', `${observed} is not a count`, 'an integer ≥ 0');
      if (observed !== undefined && !flags.out) throw new EmissError('BAD_OPTION', '--observed', 'the workspaces need a folder', 'add --out <dir>');
      const workspaces: { mass_GeV: number | null; file: string; signal_at_mu1: number; epsilon2_at_mu1: number }[] = [];
      const wsTexts: [string, string][] = [];
      if (observed !== undefined) {
        for (const p of result.signal) {
          const w = signalWorkspace(result, p, observed);
          if (!w) continue;
          const name = `workspace-m${p.mass_GeV ?? 'unknown'}.json`;
          wsTexts.push([name, toJson(w.workspace)]);
          workspaces.push({ mass_GeV: p.mass_GeV, file: name, signal_at_mu1: SIGNAL_AT_MU1, epsilon2_at_mu1: w.epsilon2AtMu1 });
        }
      }
      const json = toJson(observed === undefined ? result : { ...result, observed, workspaces });
      if (flags.out) {
        makeDirs(flags.out);
        for (const [name, text] of wsTexts) writeAtomic(join(flags.out, name), text);
        writeAtomic(join(flags.out, 'background.json'), json);
        const svg = efficiencySvg(result);
        if (svg) writeAtomic(join(flags.out, 'efficiency.svg'), svg);
        if (sidebandSvg) writeAtomic(join(flags.out, 'sideband.svg'), sidebandSvg);
      }
      io.out(flags.json ? json : formatBackground(result));
    });
}
