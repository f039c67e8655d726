/** `emiss select <selection> <dst…>`: the cut flow of a selection over DST files (docs/analysis.md). */
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import { boxCondition, conditionSql, formatCutFlow, preselectionCondition } from '../../analysis/index.js';
import { queryParquet } from '../../store/index.js';
import type { CommandIo } from '../command-io.js';
import { toJson } from '../json-output.js';
import { parseNumber } from '../option-parsers.js';
import { openDstSource } from '../analysis/dst-source.js';
import { loadSelection } from '../analysis/load-selection.js';
import { runCutFlow } from '../analysis/run-cut-flow.js';

interface SelectFlags {
  unblind?: boolean;
  data?: boolean;
  mc?: boolean;
  markdown?: boolean;
  list?: string;
  json?: boolean;
}

/** Registers `select` on the program. */
export function registerSelect(program: Command, io: CommandIo): void {
  program
    .command('select')
    .description('cut flow of a selection (configs/selections/*.yaml) over DST Parquet files: counts for data, Σw ± √Σw² for simulation')
    .argument('<selection>', 'selection file, or a bundled name (na64e-invisible)')
    .argument('<dst...>', 'DST .parquet files (emiss reco), read as one table')
    .option('--unblind', 'show the signal box of data (blinded by default)')
    .option('--data', 'treat the files as data (counts; blinded)')
    .option('--mc', 'treat the files as simulation (weighted sums); default: simulation when truth_* columns exist')
    .option('--list <n>', 'list up to n events in the signal box (run, spill, event, E_ECAL, E_HCAL); data only with --unblind')
    .option('--markdown', 'print the cut flow as a markdown table')
    .option('--json', 'print one JSON object (keys in docs/analysis.md)')
    .action(async (selPath: string, files: string[], flags: SelectFlags) => {
      if (flags.data && flags.mc) throw new EmissError('BAD_OPTION', '--data/--mc', 'both given', 'one of them');
      const sel = loadSelection(selPath);
      const src = await openDstSource(files);
      const simulation = flags.data ? false : flags.mc ? true : src.simulation;
      const flow = await runCutFlow(sel, src, { unblind: flags.unblind === true, simulation });
      let boxEvents: Record<string, number>[] | undefined;
      if (flags.list !== undefined) {
        const limit = parseNumber(flags.list, '--list', { positive: true });
        if (flow.blinded) throw new EmissError('BAD_OPTION', '--list', 'the signal box of data is blinded', 'add --unblind to list its events');
        const cols = ['run', 'spill', 'event', 'e_ecal_GeV', 'e_hcal_GeV', ...(simulation && src.columns.includes(sel.weightColumn) ? [sel.weightColumn] : [])].filter((c) => src.columns.includes(c));
        const where = `coalesce(${conditionSql(preselectionCondition(sel))}, FALSE) AND coalesce(${conditionSql(boxCondition(sel))}, FALSE)`;
        const t = await queryParquet(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM ${src.from} WHERE ${where} LIMIT ${Math.floor(limit)}`);
        boxEvents = Array.from({ length: t.n }, (_, i) => Object.fromEntries(cols.map((c) => [c, (t.columns[c] as Float64Array)[i]])));
      }
      if (flags.json) {
        io.out(toJson({ ...flow, files, selection_file: selPath, ...(boxEvents ? { box_events: boxEvents } : {}) }));
        return;
      }
      io.out(`${sel.name} on ${src.name}: ${simulation ? 'simulation (Σw ± √Σw²)' : 'data (counts)'}${flow.blinded ? ', signal box blinded' : ''}`);
      io.out(formatCutFlow(flow, flags.markdown ? 'markdown' : 'text'));
      if (boxEvents) {
        io.out(`\nevents in the signal box (${boxEvents.length} listed):`);
        for (const e of boxEvents) io.out('  ' + Object.entries(e).map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toPrecision(5)}`).join(' '));
      }
    });
}
