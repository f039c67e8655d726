/**
 * The calibration store (Node side; docs/reco.md, "Calibration store"): readable JSON entries
 * under a directory (calib/<setup>/<firstRun>-<lastRun>.json, format `emiss-calib/1`), the
 * source of truth, committed; and an index of them in DuckDB, built in memory when the store is
 * opened (a few files, milliseconds; nothing binary to commit or to go stale). Look-up by setup
 * and run number: among the entries whose run range holds the run, the narrowest wins (a
 * calibration measured for a few runs overrides the nominal one for all runs); ties go to the
 * later firstRun, then the path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EmissError } from '../core/index.js';
import { parseRecoCalibration } from '../reco/index.js';
import type { RecoCalibration } from '../reco/index.js';
import type { SimGeometry } from '../sim/index.js';
import { quoteString, withDuckDB } from '../store/index.js';

/** One indexed entry. */
export interface CalibIndexEntry {
  setup: string;
  firstRun: number;
  lastRun: number;
  path: string;
  source: string;
}

/** An opened calibration store. */
export interface CalibStore {
  dir: string;
  entries: CalibIndexEntry[];
  /** The entry for a run (null when none covers it). */
  find(setup: string, run: number): Promise<CalibIndexEntry | null>;
  /** Reads and checks an entry against the geometry. */
  load(entry: CalibIndexEntry, geometry: SimGeometry): RecoCalibration;
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...jsonFiles(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

/**
 * Opens the store at `dir`: reads the header of every *.json entry below it (a file that is not
 * an `emiss-calib/1` entry is BAD_FILE naming it) and indexes them. Throws BAD_OPTION when the
 * directory does not exist.
 */
export async function openCalibStore(dir: string): Promise<CalibStore> {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('ENOTDIR');
    files = jsonFiles(dir);
  } catch {
    throw new EmissError('BAD_OPTION', '--calib', `${dir} is not a calibration directory`, 'a directory of emiss-calib/1 JSON entries, e.g. calib/');
  }
  const entries: CalibIndexEntry[] = files.map((path) => {
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new EmissError('BAD_FILE', path, `not valid JSON: ${(e as Error).message}`);
    }
    if (o?.format !== 'emiss-calib/1') throw new EmissError('BAD_FILE', `${path}: format`, `is ${JSON.stringify(o?.format)}`, "'emiss-calib/1' (only calibration entries belong under the calibration directory)");
    const firstRun = Number(o.firstRun);
    const lastRun = Number(o.lastRun);
    if (typeof o.setup !== 'string' || !Number.isInteger(firstRun) || !Number.isInteger(lastRun) || lastRun < firstRun || firstRun < 0) {
      throw new EmissError('BAD_FILE', path, 'needs setup, firstRun ≤ lastRun (non-negative integers)', '{ "setup": "na64e-2021-2023", "firstRun": 0, "lastRun": 4294967295, … }');
    }
    return { setup: o.setup, firstRun, lastRun, path, source: typeof o.source === 'string' ? o.source : '' };
  });
  const values = entries.map((e, i) => `(${i}, ${quoteString(e.setup)}, ${e.firstRun}, ${e.lastRun}, ${quoteString(relative(dir, e.path))})`).join(', ');
  return {
    dir,
    entries,
    async find(setup: string, run: number): Promise<CalibIndexEntry | null> {
      if (entries.length === 0) return null;
      return withDuckDB(async (c) => {
        await c.run(`CREATE TEMP TABLE calib_index (id INTEGER, setup VARCHAR, first_run UBIGINT, last_run UBIGINT, path VARCHAR)`);
        await c.run(`INSERT INTO calib_index VALUES ${values}`);
        const rows = (
          await c.runAndReadAll(
            `SELECT id FROM calib_index WHERE setup = ${quoteString(setup)} AND ${run} BETWEEN first_run AND last_run ORDER BY last_run - first_run, first_run DESC, path LIMIT 1`,
          )
        ).getRows();
        return rows.length ? entries[Number(rows[0][0])] : null;
      });
    },
    load(entry: CalibIndexEntry, geometry: SimGeometry): RecoCalibration {
      return parseRecoCalibration(readFileSync(entry.path, 'utf8'), entry.path, geometry);
    },
  };
}
