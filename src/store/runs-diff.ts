/**
 * What differs between two recorded runs (`emiss runs diff a b`): the inputs (setup, seed,
 * version, options, particles on target) and how the limits moved, mass by mass.
 */
import type { RunRecord } from './runs-store.js';

/** One input that differs. */
export interface InputDifference {
  key: string;
  a: unknown;
  b: unknown;
}

/** The limits of both runs at a mass they share, and their ratio b/a. */
export interface LimitShift {
  massGeV: number;
  epsilonObservedA: number;
  epsilonObservedB: number;
  /** ε_obs(b)/ε_obs(a). */
  ratioObserved: number;
  ratioExpected: number;
}

/** The comparison of two runs. */
export interface RunDiff {
  a: string;
  b: string;
  inputs: InputDifference[];
  limits: LimitShift[];
  /** Masses in only one of the runs. */
  massesOnlyInA: number[];
  massesOnlyInB: number[];
}

/** Compares run `a` with run `b` (masses matched to 1e-9 relative). */
export function diffRuns(a: RunRecord, b: RunRecord): RunDiff {
  const inputs: InputDifference[] = [];
  const cmp = (key: string, x: unknown, y: unknown): void => {
    if (JSON.stringify(x) !== JSON.stringify(y)) inputs.push({ key, a: x, b: y });
  };
  cmp('setup', a.setupName, b.setupName);
  cmp('setup_sha256', a.setupSha256, b.setupSha256);
  cmp('seed', a.seed, b.seed);
  cmp('emiss_version', a.emissVersion, b.emissVersion);
  cmp('git_commit', a.gitCommit, b.gitCommit);
  const keys = [...new Set([...Object.keys(a.options), ...Object.keys(b.options)])].sort();
  for (const k of keys) cmp(`options.${k}`, a.options[k], b.options[k]);
  const pot = (r: RunRecord): Record<string, number> => Object.fromEntries(r.periods.map((p) => [p.name, p.particlesOnTarget]));
  cmp('particles_on_target', pot(a), pot(b));
  const same = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  const limits: LimitShift[] = [];
  for (const p of a.results) {
    const q = b.results.find((r) => same(r.massGeV, p.massGeV));
    if (!q) continue;
    limits.push({
      massGeV: p.massGeV,
      epsilonObservedA: p.epsilonObserved,
      epsilonObservedB: q.epsilonObserved,
      ratioObserved: q.epsilonObserved / p.epsilonObserved,
      ratioExpected: q.epsilonExpected / p.epsilonExpected,
    });
  }
  return {
    a: a.runId,
    b: b.runId,
    inputs,
    limits,
    massesOnlyInA: a.results.filter((p) => !b.results.some((q) => same(q.massGeV, p.massGeV))).map((p) => p.massGeV),
    massesOnlyInB: b.results.filter((p) => !a.results.some((q) => same(q.massGeV, p.massGeV))).map((p) => p.massGeV),
  };
}
