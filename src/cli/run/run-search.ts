/**
 * `emiss run`: a whole missing-energy search from a setup file to a report (docs/run.md).
 *
 * Stages (each content-addressed and reused when its inputs are unchanged, src/store/stage-cache.ts):
 *   sim:<sample>   the fast simulation of every sample (beam, biased backgrounds, signal per mass)
 *   reco:<sample>  reconstruction to the DST with the truth joined
 *   analysis       cut flow, E_ECAL–E_HCAL plane, background table, signal efficiency vs mass
 * then the limits (exact counting CLs per mass, src/stats) and the outputs under
 * `<out>/<run-id>/`, each written atomically, and the run recorded in `<out>/emiss.duckdb`.
 *
 * Signal per ε²: s(m) = Σ_periods N_EOT · Y(m) · ε_sel(m), with Y the simulated A′ yield per
 * particle on target with E_A′ > E0 − E_ECAL,max (first order in ε², biased emission with its
 * weights, docs/sim.md) and ε_sel the selection efficiency of those events (weighted). The 90%
 * CL limit on ε² is N_up/s; y = ε²α_D(m_χ/m_A′)⁴ (arXiv:1707.04591, eq. 2).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmissError } from '../../core/index.js';
import type { Setup } from '../../setup/index.js';
import { cachedStage, contentKey, makeDirs, packageRoot, recordRun, writeAtomic } from '../../store/index.js';
import type { StageResult } from '../../store/index.js';
import { InterruptedError } from '../cli-error.js';
import { runReconstruction } from '../reco-runner.js';
import { runSimulation } from '../sim-runner.js';
import type { SimulationSummary } from '../sim-runner.js';
import { EMISS_VERSION } from '../version.js';
import { analyseRun } from './run-analysis.js';
import type { RunAnalysis } from './run-analysis.js';
import { runLimits } from './run-limits.js';
import type { RunLimits } from './run-limits.js';
import { runPlan } from './run-plan.js';
import type { RunSample } from './run-plan.js';
import { codeDigest, gitCommit, machineInfo } from './provenance.js';
import { writeRunReport } from './run-report.js';

/** Options of {@link runSearch}. */
export interface RunSearchOptions {
  setup: Setup;
  setupPath: string;
  setupText: string;
  out: string;
  seed: number;
  threads: number;
  events?: number;
  scale: number;
  massesGeV?: number[];
  fresh: boolean;
  /** Progress lines (null: quiet). */
  progress: ((s: string) => void) | null;
  tty: boolean;
}

/** A stage's line of the summary. */
export interface StageTiming {
  stage: string;
  seconds: number;
  reused: boolean;
  events?: number;
  rate_per_second?: number;
}

/** What `emiss run` returns (and prints with --json). */
export interface RunSearchResult {
  run_id: string;
  out_dir: string;
  files: Record<string, string>;
  stages: StageTiming[];
  wall_seconds: number;
  limits: RunLimits;
  analysis: RunAnalysis;
}

/** Writes an output of the run atomically (store's writeAtomic); a failure is an IO error naming the file. */
function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    writeAtomic(path, data);
  } catch (e) {
    throw new EmissError('IO', path, `cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'a writable output folder with free space');
  }
}

/** A hard link (same file system) or a copy of a stage's file into the run folder. */
function publishFile(from: string, to: string): void {
  const tmp = `${to}.partial-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
    linkSync(from, tmp);
  } catch {
    copyFileSync(from, tmp);
  }
  renameSync(tmp, to);
}

/** Runs the whole search (see the module comment). */
export async function runSearch(o: RunSearchOptions): Promise<RunSearchResult> {
  const t0 = performance.now();
  const setupSha = createHash('sha256').update(o.setupText).digest('hex');
  const samples = runPlan(o.setup, { events: o.events, scale: o.scale, massesGeV: o.massesGeV });
  const options = { events: o.events ?? null, scale: o.scale, masses: samples.filter((s) => s.kind === 'signal').map((s) => s.massGeV) };
  const code = codeDigest();
  const base = { setup_sha256: setupSha, seed: o.seed, emiss: EMISS_VERSION, code };
  const runId = `${o.setup.name}-${contentKey({ ...base, options })}`;
  const root = resolve(o.out);
  try {
    makeDirs(root);
  } catch (e) {
    throw new EmissError('IO', o.out, `cannot create the output folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'a writable path, e.g. --out emiss-out');
  }
  // Ctrl-C or a kill between stages: stop before the next one (the stages handle it inside).
  let stopped: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    stopped = sig;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await searchStages();
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  async function searchStages(): Promise<RunSearchResult> {
    const checkStop = (): void => {
      if (stopped) throw new InterruptedError(stopped, 'run');
    };
    const say = (s: string): void => o.progress?.(`${s}\n`);
    const stages: StageTiming[] = [];
    const note = (name: string, r: StageResult<unknown>, events?: number): void => {
      checkStop();
      stages.push({ stage: name, seconds: r.seconds, reused: r.reused, ...(events !== undefined ? { events, rate_per_second: r.seconds > 0 ? events / r.seconds : 0 } : {}) });
      say(`${name}: ${r.reused ? 'reused (same inputs)' : `${r.seconds.toFixed(1)} s${events !== undefined && r.seconds > 0 ? `, ${Math.round(events / r.seconds)} events/s` : ''}`}`);
    };

    // Sim and reco, sample by sample; the seed of each sample is derived from the run's seed and
    // the sample's name, so samples are independent and a sample's events do not depend on the others.
    const simDirs = new Map<string, string>();
    const dstFiles = new Map<string, string>();
    const simSummaries = new Map<string, SimulationSummary>();
    for (const [k, s] of samples.entries()) {
      const seed = (o.seed * 1000003 + k * 7919 + 1) >>> 0;
      const simInputs = { ...base, sample: s, seed };
      const sim = await cachedStage(root, `sim-${s.name}`, simInputs, async (dir) => runSimulation({
        config: { setup: o.setup, fileName: o.setupPath, process: s.process as never, seed, runNumber: k + 1, ...(s.massGeV !== undefined ? { massGeV: s.massGeV } : {}) },
        setupText: o.setupText,
        events: s.events,
        threads: o.threads,
        outDir: dir,
        progress: o.progress,
        tty: o.tty,
      }), o.fresh);
      note(`sim ${s.name}`, sim, s.events);
      simDirs.set(s.name, sim.dir);
      simSummaries.set(s.name, sim.value);
      const reco = await cachedStage(root, `reco-${s.name}`, { sim: sim.key }, async (dir) => {
        const r = await runReconstruction({
          files: [join(sim.dir, 'events.emraw')],
          truth: [join(sim.dir, 'truth.parquet')],
          calibDir: join(packageRoot(), 'calib'),
          setupPath: o.setupPath,
          out: join(dir, 'dst.parquet'),
          threads: o.threads,
          allowDefaultCalib: true,
          progress: o.progress,
          tty: o.tty,
        });
        writeFileSync(join(dir, 'run.json'), readFileSync(join(sim.dir, 'run.json')));
        return r;
      }, o.fresh);
      note(`reco ${s.name}`, reco, s.events);
      dstFiles.set(s.name, join(reco.dir, 'dst.parquet'));
    }

    // Analysis: cut flow, plane, background table, efficiencies (one stage over all DSTs).
    const analysisKey = { ...base, dst: [...dstFiles.values()], v: 1 };
    const analysis = await cachedStage(root, 'analysis', analysisKey, async (dir) => analyseRun({ setup: o.setup, setupPath: o.setupPath, samples, dstFiles, simSummaries, dir }), o.fresh);
    note('analysis', analysis);

    const t1 = performance.now();
    const limits = runLimits(o.setup, analysis.value);
    stages.push({ stage: 'limits', seconds: (performance.now() - t1) / 1000, reused: false });
    say(`limits: ${limits.points.length} masses`);

    // Outputs.
    const dir = join(root, runId);
    makeDirs(join(dir, 'dst'));
    makeDirs(join(dir, 'truth'));
    makeDirs(join(dir, 'hist'));
    const files: Record<string, string> = {};
    for (const s of samples) {
      publishFile(dstFiles.get(s.name)!, join(dir, 'dst', `${s.name}.parquet`));
      publishFile(join(simDirs.get(s.name)!, 'truth.parquet'), join(dir, 'truth', `${s.name}.parquet`));
    }
    files.dst = join(dir, 'dst');
    files.truth = join(dir, 'truth');
    for (const [name, json] of Object.entries(analysis.value.histograms)) {
      writeOutput(join(dir, 'hist', `${name}.json`), JSON.stringify(json));
    }
    files.hist = join(dir, 'hist');
    writeOutput(join(dir, 'workspace.json'), `${JSON.stringify(limits.workspace, null, 1)}\n`);
    files.workspace = join(dir, 'workspace.json');
    writeOutput(join(dir, 'background.yaml'), readFileSync(join(analysis.dir, 'background.yaml')));
    files.background_config = join(dir, 'background.yaml');
    const wall = (performance.now() - t0) / 1000;
    const provenance = {
      format: 'emiss-provenance/1',
      run_id: runId,
      emiss_version: EMISS_VERSION,
      git_commit: gitCommit(),
    code_sha256: code,
      setup: o.setup.name,
      setup_file: o.setupPath,
      setup_sha256: setupSha,
      seed: o.seed,
      sample_seeds: Object.fromEntries(samples.map((s, k) => [s.name, (o.seed * 1000003 + k * 7919 + 1) >>> 0])),
      options,
      stages,
      wall_seconds: wall,
      machine: machineInfo(),
      finished_at: new Date().toISOString(),
    };
    writeOutput(join(dir, 'provenance.json'), `${JSON.stringify(provenance, null, 1)}\n`);
    files.provenance = join(dir, 'provenance.json');
    const results = resultsJson(runId, o, setupSha, samples, analysis.value, limits);
    writeOutput(join(dir, 'report.html'), writeRunReport({ setup: o.setup, runId, analysis: analysis.value, limits, provenance, samples }));
    files.report = join(dir, 'report.html');
    // results.json last: its presence marks a finished run folder.
    writeOutput(join(dir, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
    files.results = join(dir, 'results.json');
    await recordRun(join(root, 'emiss.duckdb'), {
      runId,
      finishedAt: provenance.finished_at,
      setupName: o.setup.name,
      setupSha256: setupSha,
      setupText: o.setupText,
      seed: o.seed,
      emissVersion: EMISS_VERSION,
      gitCommit: provenance.git_commit,
      outDir: dir,
      wallSeconds: wall,
      options,
      periods: limits.periods.map((p) => ({ name: p.name, particlesOnTarget: p.particles_on_target })),
      results: limits.points.map((p) => ({
        massGeV: p.mass_GeV,
        epsilonObserved: p.epsilon_obs,
        epsilonExpected: p.epsilon_exp[2],
        epsilonExpectedMinus1: p.epsilon_exp[1],
        epsilonExpectedPlus1: p.epsilon_exp[3],
        yObserved: p.y_obs,
        efficiency: p.efficiency,
        background: limits.background.expected,
      })),
    });
    files.store = join(root, 'emiss.duckdb');
    return { run_id: runId, out_dir: dir, files, stages, wall_seconds: wall, limits, analysis: analysis.value };
  }
}

/** results.json (keys documented in docs/run.md). */
function resultsJson(runId: string, o: RunSearchOptions, setupSha: string, samples: RunSample[], a: RunAnalysis, l: RunLimits): Record<string, unknown> {
  return {
    format: 'emiss-run-results/1',
    run_id: runId,
    setup: o.setup.name,
    setup_sha256: setupSha,
    seed: o.seed,
    emiss_version: EMISS_VERSION,
    particles_on_target: l.particles_on_target,
    periods: l.periods,
    samples: samples.map((s) => ({ name: s.name, process: s.process, kind: s.kind, events: s.events, ...(s.massGeV !== undefined ? { mass_GeV: s.massGeV } : {}) })),
    cut_flow: a.cutFlow,
    regions: a.cutFlow.regions,
    background: l.background,
    background_sources: a.background.sources,
    observed: l.observed,
    cl: l.cl,
    model: l.model,
    signal: a.signal,
    limits: l.points,
    published: l.published,
  };
}
