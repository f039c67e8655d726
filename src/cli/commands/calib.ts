/** `emiss calib`: calibration entries — nominal constants of a setup, ECAL, HCAL and straw calibrations from data (docs/reco.md). */
import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import { nominalCalibration, recoCalibrationToJson } from '../../reco/index.js';
import { buildGeometry } from '../../sim/index.js';
import { loadSetup } from '../../store/load-setup.js';
import { makeDirs } from '../make-dirs.js';
import { parseNumber } from '../option-parsers.js';
import type { CommandIo } from '../command-io.js';
import { toJson } from '../json-output.js';
import { registerCalibFromData } from './calib-from-data.js';

/** Registers `calib` and its sub-commands on the program. */
export function registerCalib(program: Command, io: CommandIo): void {
  const calib = program.command('calib').description('calibration entries: nominal constants, ECAL/HCAL/straw calibration from data');
  calib
    .command('nominal')
    .description("write the nominal calibration entry of a setup (its response blocks) to <dir>/<setup>/<first>-<last>.json")
    .argument('<setup>', 'setup file, e.g. configs/na64e-2021-2023.yaml')
    .option('--out <dir>', 'calibration directory', 'calib')
    .option('--first-run <n>', 'first run of the range', '0')
    .option('--last-run <n>', 'last run of the range', '4294967295')
    .option('--json', 'print { path } as JSON')
    .action((setupPath: string, flags: { out: string; firstRun: string; lastRun: string; json?: boolean }) => {
      const first = parseNumber(flags.firstRun, '--first-run');
      const last = parseNumber(flags.lastRun, '--last-run');
      if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last < first || last > 4294967295) {
        throw new EmissError('BAD_OPTION', '--first-run/--last-run', `${flags.firstRun}–${flags.lastRun}`, 'integers 0 ≤ first ≤ last ≤ 4294967295');
      }
      const setup = loadSetup(setupPath);
      const entry = nominalCalibration(buildGeometry(setup, setupPath), setup.name, first, last);
      const dir = join(flags.out, setup.name);
      makeDirs(dir);
      const path = join(dir, `${first}-${last}.json`);
      writeFileSync(`${path}.partial`, recoCalibrationToJson(entry));
      renameSync(`${path}.partial`, path);
      if (flags.json) io.out(toJson({ path }));
      else io.out(`wrote ${path} (${entry.channels.length} ADC channels, ${entry.straws.length} straw and ${entry.strips.length} strip trackers)`);
    });
  registerCalibFromData(calib, io);
}
