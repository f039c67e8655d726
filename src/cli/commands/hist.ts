/** `emiss hist <dst…>`: histograms of DST columns as ROOT-readable JSON (TH1D/TH2D) and the E_ECAL–E_HCAL plane as SVG. */
import { join } from 'node:path';
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import { boxCondition, checkSelectionColumns, conditionSql, Hist1D, Hist2D, preselectionCondition } from '../../analysis/index.js';
import type { CommandIo } from '../command-io.js';
import { assertAllFinite, toJson } from '../json-output.js';
import { makeDirs } from '../make-dirs.js';
import { openDstSource } from '../analysis/dst-source.js';
import { ecalHcalPlaneSvg } from '../analysis/ecal-hcal-plane-svg.js';
import { fillHist1dSql, fillHist2dSql } from '../analysis/fill-hists-sql.js';
import { loadSelection } from '../analysis/load-selection.js';
import { columnLabel } from '../analysis/column-label.js';
import { jsrootSvg } from '../analysis/jsroot-svg.js';
import { parseChoice } from '../option-parsers.js';
import { writeAtomic } from '../../store/index.js';

interface HistFlags {
  selection: string;
  stage: string;
  unblind?: boolean;
  data?: boolean;
  mc?: boolean;
  h1: string[];
  plane: string;
  out: string;
  json?: boolean;
  jsroot?: boolean;
}

/** Parses `column:nbins:lo:hi` (option `--h1`). */
function parseH1(spec: string): { column: string; n: number; lo: number; hi: number } {
  const m = /^([A-Za-z_][A-Za-z0-9_]*):([^:]+):([^:]+):([^:]+)$/.exec(spec);
  if (!m) throw new EmissError('BAD_OPTION', `--h1 ${spec}`, 'expected column:nbins:low:high', 'e.g. --h1 e_ecal_GeV:150:0:150');
  return { column: m[1], n: Number(m[2]), lo: Number(m[3]), hi: Number(m[4]) };
}

/** Parses `nx:xlo:xhi:ny:ylo:yhi` (option `--plane`). */
function parsePlane(spec: string): number[] {
  const v = spec.split(':').map(Number);
  if (v.length !== 6 || v.some((x) => !Number.isFinite(x))) throw new EmissError('BAD_OPTION', `--plane ${spec}`, 'expected nx:xlow:xhigh:ny:ylow:yhigh (GeV)', 'e.g. --plane 150:0:150:120:0:120');
  return v;
}

/** Registers `hist` on the program. */
export function registerHist(program: Command, io: CommandIo): void {
  program
    .command('hist')
    .description('histograms of DST columns (ROOT TH1D/TH2D JSON) and the E_ECAL–E_HCAL plane with regions I–III and the signal box (SVG)')
    .argument('<dst...>', 'DST .parquet files (emiss reco), read as one table')
    .option('--selection <file>', 'selection file or bundled name (its preselection, regions and signal box)', 'na64e-invisible')
    .option('--stage <stage>', 'events to histogram: preselection (after the cuts) or all', 'preselection')
    .option('--unblind', 'include the signal box of data (left out by default)')
    .option('--data', 'treat the files as data (blinded)')
    .option('--mc', 'treat the files as simulation (weighted)')
    .option('--h1 <spec>', 'a 1D histogram column:nbins:low:high (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--plane <spec>', 'binning of the E_ECAL–E_HCAL plane nx:xlow:xhigh:ny:ylow:yhigh', '150:0:150:120:0:120')
    .option('--out <dir>', 'output folder', 'emiss-out/hist')
    .option('--no-jsroot', 'do not draw the 1D histograms with JSROOT (<name>.svg)')
    .option('--json', 'print a JSON summary (keys in docs/analysis.md)')
    .action(async (files: string[], flags: HistFlags) => {
      const stage = parseChoice(flags.stage, '--stage', ['preselection', 'all'] as const);
      const sel = loadSelection(flags.selection);
      const src = await openDstSource(files);
      checkSelectionColumns(sel, src.columns, src.name);
      if (flags.data && flags.mc) throw new EmissError('BAD_OPTION', '--data/--mc', 'both given', 'one of them');
      const simulation = flags.data ? false : flags.mc ? true : src.simulation;
      const blind = !simulation && sel.signalBox.blind && flags.unblind !== true;
      const h1s = (flags.h1.length ? flags.h1 : ['e_ecal_GeV:150:0:150', 'e_hcal_GeV:120:0:120']).map(parseH1);
      for (const h of h1s) if (!src.columns.includes(h.column)) throw new EmissError('BAD_OPTION', `--h1 ${h.column}`, `column is not in ${src.name}`, src.columns.join(', '));
      const [nx, xlo, xhi, ny, ylo, yhi] = parsePlane(flags.plane);
      const weight = simulation && src.columns.includes(sel.weightColumn) ? sel.weightColumn : null;
      const conds = [
        ...(stage === 'preselection' ? [`coalesce(${conditionSql(preselectionCondition(sel))}, FALSE)`] : []),
        ...(blind ? [`NOT coalesce(${conditionSql(boxCondition(sel))}, FALSE)`] : []),
      ];
      const where = conds.length ? conds.join(' AND ') : null;
      const what = `${stage === 'preselection' ? `after the preselection of ${sel.name}` : 'all events'}${blind ? ', signal box blinded' : ''}`;
      // Filled inside DuckDB (per-cell sums only reach JS): scales to 10^7-row DSTs.
      const hists: (Hist1D | Hist2D)[] = [];
      for (const s of h1s) {
        const h = new Hist1D(s.column, `${s.column} (${what})`, s.n, s.lo, s.hi, columnLabel(s.column), weight ? 'Σw per bin' : 'events per bin');
        await fillHist1dSql(h, src.from, s.column, weight, where);
        hists.push(h);
      }
      const plane = new Hist2D('ecal_hcal', `E_{ECAL} vs E_{HCAL} (${what})`, nx, xlo, xhi, ny, ylo, yhi, 'E_{ECAL} [GeV]', 'E_{HCAL} [GeV]', weight ? 'Σw' : 'events');
      await fillHist2dSql(plane, src.from, 'e_ecal_GeV', 'e_hcal_GeV', weight, where);
      hists.push(plane);
      makeDirs(flags.out);
      const written: string[] = [];
      for (const h of hists) {
        const p = join(flags.out, `${h.name}.json`);
        const text = JSON.stringify(assertAllFinite(h.toRootJson()));
        writeAtomic(p, text);
        written.push(p);
        if (h instanceof Hist1D && flags.jsroot !== false) {
          // JSROOT's own drawing of the file just written
          const svg = join(flags.out, `${h.name}.svg`);
          writeAtomic(svg, await jsrootSvg(text, 'hist'));
          written.push(svg);
        }
      }
      const svgPath = join(flags.out, 'ecal_hcal.svg');
      writeAtomic(svgPath, ecalHcalPlaneSvg(plane, sel, { title: `${sel.name}: ${simulation ? 'simulation' : 'data'}, ${stage === 'preselection' ? 'preselected' : 'all events'}${blind ? ', box blinded' : ''}`, box: true }));
      written.push(svgPath);
      const summary = {
        files,
        selection: sel.name,
        stage,
        simulation,
        blinded: blind,
        events: plane.entries,
        outputs: written,
        hists: hists.map((h) => ({ name: h.name, type: h instanceof Hist1D ? 'TH1D' : 'TH2D', entries: h.entries, sum_w: h.sumw })),
      };
      if (flags.json) io.out(toJson(summary));
      else {
        io.out(`${src.name}: ${plane.entries} events (${what}) → ${flags.out}`);
        for (const h of summary.hists) io.out(`  ${h.name}.json  ${h.type}  ${h.entries} entries, Σw in range ${Number(h.sum_w.toPrecision(6))}`);
        io.out(`  ecal_hcal.svg  the E_ECAL–E_HCAL plane with regions ${sel.regions.map((r) => r.name).join(', ')} and the signal box`);
      }
    });
}
