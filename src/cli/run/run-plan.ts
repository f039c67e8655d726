/**
 * What `emiss run` simulates for a setup: the samples (process, events, mass) scaled by
 * `--events` and `--scale`, and the mass grid. Pure.
 *
 * Default sizes (for the < 5 min default on two cores, docs/run.md): 60 000 beam events (the
 * standard-model sample: region II and the cut flow), 20 000 events of each biased background
 * process (its rare tail weighted to the particles on target), 4 000 signal events per mass.
 */
import { EmissError } from '../../core/index.js';
import type { Setup } from '../../setup/index.js';

/** One simulated sample. */
export interface RunSample {
  /** Name of the sample (file names, tables): the process, with the mass for signal. */
  name: string;
  process: string;
  kind: 'beam' | 'background' | 'signal';
  events: number;
  massGeV?: number;
}

/** Options of {@link runPlan}. */
export interface RunPlanOptions {
  /** Beam events (60 000); the other samples scale with it. */
  events?: number;
  /** Multiplies every sample (1). */
  scale?: number;
  /** A′ masses [GeV] (1 MeV … 1 GeV, 7 masses). */
  massesGeV?: number[];
}

/** The default mass grid [GeV]: 1, 3, 10, 30, 100, 300, 1000 MeV. */
export const DEFAULT_RUN_MASSES_GEV = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1];

/** Biased background processes simulated for an e± beam (see `emiss sim --list-processes`). */
export const RUN_BACKGROUNDS = ['hadrons', 'dimuon', 'electronuclear', 'decay-in-flight', 'low-energy-tail', 'pileup'] as const;

/** The samples of a run. Throws BAD_OPTION for a setup `emiss run` cannot search with. */
export function runPlan(setup: Setup, o: RunPlanOptions = {}): RunSample[] {
  const p = setup.beam.particle;
  if (p !== 'e-' && p !== 'e+') {
    throw new EmissError('BAD_OPTION', `${setup.name}: beam.particle`, `emiss run searches with e± beams; this setup has '${p}'`, 'an NA64e setup such as configs/na64e-invisible.yaml');
  }
  if (!setup.detectors || setup.detectors.length === 0) throw new EmissError('BAD_FILE', `${setup.name}: detectors`, 'emiss run needs the detector list to simulate', 'a setup with detectors, e.g. configs/na64e-invisible.yaml');
  if (!setup.signal) throw new EmissError('BAD_FILE', `${setup.name}: signal`, 'missing: the search needs the signal box', 'see docs/setup.md');
  const scale = o.scale ?? 1;
  const beam = Math.round((o.events ?? 60000) * scale);
  if (!(beam >= 100)) throw new EmissError('BAD_OPTION', '--events', `${beam} beam events are too few for a search`, '≥ 100 (with --scale)');
  const bkg = Math.max(1000, Math.round(beam / 3));
  const sig = Math.max(500, Math.round(beam / 15));
  const masses = o.massesGeV ?? DEFAULT_RUN_MASSES_GEV;
  const samples: RunSample[] = [{ name: 'beam', process: 'beam', kind: 'beam', events: beam }];
  for (const b of RUN_BACKGROUNDS) samples.push({ name: b, process: b, kind: 'background', events: bkg });
  for (const m of masses) samples.push({ name: `signal-m${m}`, process: 'signal', kind: 'signal', events: sig, massGeV: m });
  return samples;
}
