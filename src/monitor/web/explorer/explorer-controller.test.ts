import { describe, expect, it } from 'vitest';
import { ExplorerController } from './explorer-controller.js';
import type { ExplorerState } from './explorer-controller.js';
import { DEFAULT_INPUTS } from './explorer-inputs.js';
import { runJob } from './table-worker.js';
import type { WorkerJob } from './table-worker.js';

function make(): { c: ExplorerController; jobs: WorkerJob[]; states: (ExplorerState | null)[] } {
  const jobs: WorkerJob[] = [];
  const states: (ExplorerState | null)[] = [];
  const c = new ExplorerController({ ...DEFAULT_INPUTS, nMasses: 4 }, (j) => jobs.push(j), (s) => states.push(s));
  return { c, jobs, states };
}

describe('ExplorerController', () => {
  it('draws from IWW first, asks the worker for ETL and the relic targets, then uses them', () => {
    const { c, jobs } = make();
    const first = c.recompute()!;
    expect(first.table.method).toBe('iww');
    expect(first.pending).toBe(true);
    expect(jobs.map((j) => j.type).sort()).toEqual(['relic', 'relic', 'relic', 'yield']);
    for (const j of jobs.splice(0)) c.receive(runJob(j));
    const s = c.recompute()!;
    expect(s.table.method).toBe('etl');
    expect(s.pending).toBe(false);
    expect(s.relic).toHaveLength(3);
  });
  it('re-solves without new worker jobs when only N, background or efficiency change', () => {
    const { c, jobs } = make();
    c.recompute();
    for (const j of jobs.splice(0)) c.receive(runJob(j));
    c.set({ particlesOnTarget: 1e13, background: 2, efficiency: 0.3 });
    expect(jobs).toHaveLength(0);
    c.set({ beamEnergyGeV: 150 });
    expect(jobs.map((j) => j.type)).toEqual(['yield']);
  });
  it('stops waiting when the worker fails, keeping the IWW curve', () => {
    const { c, jobs } = make();
    c.recompute();
    const y = jobs.find((j) => j.type === 'yield')!;
    c.receive({ type: 'error', key: y.key, job: 'yield', message: 'boom' });
    for (const j of jobs.filter((x) => x.type === 'relic')) c.receive(runJob(j));
    const s = c.recompute()!;
    expect(s.table.method).toBe('iww');
    expect(s.pending).toBe(false);
  });
  it('reports bad input through onUpdate(null, message) and returns null', () => {
    const { c, states } = make();
    expect(c.set({ ratio: 1 })).toBeNull();
    expect(states.at(-1)).toBeNull();
    expect(c.error).toMatch(/must exceed 2/);
  });
});
