/**
 * The runs store: `emiss-out/emiss.duckdb`, one embedded DuckDB database that records every
 * finished `emiss run` — the run, its setup (text and SHA-256), the particles on target per run
 * period, and the result summary per mass — so that `emiss runs ls|show|diff` can list,
 * show and compare runs. A run is recorded in ONE transaction after all its files are written:
 * an interrupted run or a failed write (disk full) leaves the store as it was (DuckDB's WAL
 * rolls back an uncommitted transaction), so earlier runs are never damaged.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { EmissError } from '../core/index.js';

/** Particles on target of one run period. */
export interface RunPeriod {
  name: string;
  particlesOnTarget: number;
}

/** The result summary at one mass. */
export interface RunResultPoint {
  massGeV: number;
  /** Observed and expected (median, ±1σ) 90% CL upper limits on ε. */
  epsilonObserved: number;
  epsilonExpected: number;
  epsilonExpectedMinus1: number;
  epsilonExpectedPlus1: number;
  /** Observed limit on y = ε²α_D(m_χ/m_A′)⁴. */
  yObserved: number;
  /** Signal efficiency and expected background in the signal box. */
  efficiency: number;
  background: number;
}

/** One finished run, as recorded. */
export interface RunRecord {
  runId: string;
  /** ISO 8601 time when the run finished. */
  finishedAt: string;
  setupName: string;
  setupSha256: string;
  setupText: string;
  seed: number;
  emissVersion: string;
  gitCommit: string;
  outDir: string;
  wallSeconds: number;
  /** Options the run was made with (scale, events, masses …). */
  options: Record<string, unknown>;
  periods: RunPeriod[];
  results: RunResultPoint[];
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS setups (setup_sha256 VARCHAR PRIMARY KEY, name VARCHAR, text VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS runs (run_id VARCHAR PRIMARY KEY, finished_at VARCHAR, setup_name VARCHAR, setup_sha256 VARCHAR,
     seed BIGINT, emiss_version VARCHAR, git_commit VARCHAR, out_dir VARCHAR, wall_seconds DOUBLE, options VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS exposures (run_id VARCHAR, period VARCHAR, particles_on_target DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS results (run_id VARCHAR, mass_GeV DOUBLE, epsilon_obs DOUBLE, epsilon_exp DOUBLE,
     epsilon_exp_m1 DOUBLE, epsilon_exp_p1 DOUBLE, y_obs DOUBLE, efficiency DOUBLE, background DOUBLE)`,
];

async function withStore<T>(dbPath: string, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(dbPath);
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    throw new EmissError('BAD_FILE', dbPath, `cannot open the runs store (${msg})`, /lock/i.test(msg) ? 'wait for the other emiss process that holds it' : 'a writable folder; delete a damaged emiss.duckdb to start a new store');
  }
  const c = await instance.connect();
  try {
    for (const s of SCHEMA) await c.run(s);
    return await fn(c);
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

/** Records a finished run in one transaction (replacing a record with the same id). */
export async function recordRun(dbPath: string, r: RunRecord): Promise<void> {
  await withStore(dbPath, async (c) => {
    await c.run('BEGIN TRANSACTION');
    try {
      await c.run('INSERT OR REPLACE INTO setups VALUES ($1, $2, $3)', [r.setupSha256, r.setupName, r.setupText]);
      await c.run('DELETE FROM exposures WHERE run_id = $1', [r.runId]);
      await c.run('DELETE FROM results WHERE run_id = $1', [r.runId]);
      await c.run('INSERT OR REPLACE INTO runs VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', [
        r.runId, r.finishedAt, r.setupName, r.setupSha256, r.seed, r.emissVersion, r.gitCommit, r.outDir, r.wallSeconds, JSON.stringify(r.options),
      ]);
      for (const p of r.periods) await c.run('INSERT INTO exposures VALUES ($1, $2, $3)', [r.runId, p.name, p.particlesOnTarget]);
      for (const p of r.results) {
        await c.run('INSERT INTO results VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
          r.runId, p.massGeV, p.epsilonObserved, p.epsilonExpected, p.epsilonExpectedMinus1, p.epsilonExpectedPlus1, p.yObserved, p.efficiency, p.background,
        ]);
      }
      await c.run('COMMIT');
    } catch (e) {
      await c.run('ROLLBACK').catch(() => undefined);
      throw new EmissError('IO', dbPath, `could not record run ${r.runId} (${(e as Error).message.split('\n')[0]}); the store is unchanged`, 'free disk space and rerun: the finished stages are reused');
    }
  });
}

/** A line of `emiss runs ls`. */
export interface RunListEntry {
  runId: string;
  finishedAt: string;
  setupName: string;
  particlesOnTarget: number;
  masses: number;
  wallSeconds: number;
}

/** All recorded runs, newest first. */
export async function listRuns(dbPath: string): Promise<RunListEntry[]> {
  return withStore(dbPath, async (c) => {
    const rows = (await c.runAndReadAll(`SELECT r.run_id, r.finished_at, r.setup_name, r.wall_seconds,
        (SELECT coalesce(sum(particles_on_target), 0) FROM exposures e WHERE e.run_id = r.run_id) AS pot,
        (SELECT count(*) FROM results x WHERE x.run_id = r.run_id) AS masses
      FROM runs r ORDER BY r.finished_at DESC, r.run_id`)).getRowObjectsJS();
    return rows.map((o) => ({
      runId: String(o.run_id),
      finishedAt: String(o.finished_at),
      setupName: String(o.setup_name),
      particlesOnTarget: Number(o.pot),
      masses: Number(o.masses),
      wallSeconds: Number(o.wall_seconds),
    }));
  });
}

/** The full record of the run whose id starts with `idPrefix`; throws BAD_OPTION when none or several match. */
export async function getRun(dbPath: string, idPrefix: string): Promise<RunRecord> {
  return withStore(dbPath, async (c) => {
    const ids = (await c.runAndReadAll('SELECT run_id FROM runs WHERE starts_with(run_id, $1) ORDER BY run_id', [idPrefix])).getRowObjectsJS().map((o) => String(o.run_id));
    if (ids.length === 0) throw new EmissError('BAD_OPTION', `run '${idPrefix}'`, 'no recorded run has this id', "an id from 'emiss runs ls'");
    if (ids.length > 1) throw new EmissError('BAD_OPTION', `run '${idPrefix}'`, `matches ${ids.length} runs (${ids.slice(0, 3).join(', ')}…)`, 'a longer prefix');
    const id = ids[0];
    const r = (await c.runAndReadAll('SELECT r.*, s.text FROM runs r LEFT JOIN setups s USING (setup_sha256) WHERE run_id = $1', [id])).getRowObjectsJS()[0];
    const periods = (await c.runAndReadAll('SELECT period, particles_on_target FROM exposures WHERE run_id = $1 ORDER BY period', [id])).getRowObjectsJS();
    const results = (await c.runAndReadAll('SELECT * FROM results WHERE run_id = $1 ORDER BY mass_GeV', [id])).getRowObjectsJS();
    return {
      runId: id,
      finishedAt: String(r.finished_at),
      setupName: String(r.setup_name),
      setupSha256: String(r.setup_sha256),
      setupText: String(r.text ?? ''),
      seed: Number(r.seed),
      emissVersion: String(r.emiss_version),
      gitCommit: String(r.git_commit),
      outDir: String(r.out_dir),
      wallSeconds: Number(r.wall_seconds),
      options: JSON.parse(String(r.options)) as Record<string, unknown>,
      periods: periods.map((p) => ({ name: String(p.period), particlesOnTarget: Number(p.particles_on_target) })),
      results: results.map((p) => ({
        massGeV: Number(p.mass_GeV),
        epsilonObserved: Number(p.epsilon_obs),
        epsilonExpected: Number(p.epsilon_exp),
        epsilonExpectedMinus1: Number(p.epsilon_exp_m1),
        epsilonExpectedPlus1: Number(p.epsilon_exp_p1),
        yObserved: Number(p.y_obs),
        efficiency: Number(p.efficiency),
        background: Number(p.background),
      })),
    };
  });
}
