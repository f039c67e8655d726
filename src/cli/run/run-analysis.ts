/**
 * The analysis stage of `emiss run`: the bundled selection over every sample's DST (cut flows),
 * the E_ECAL–E_HCAL plane, the background table (`emiss background` on a configuration the run
 * writes, so that it can be rerun by hand), and the signal yield × efficiency per mass from the
 * signal samples, next to the semi-analytic yield of the physics core.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { boxCondition, conditionSql, Hist1D, Hist2D, preselectionCondition } from '../../analysis/index.js';
import type { CutFlow, Selection } from '../../analysis/index.js';
import { material } from '../../physics/index.js';
import { analyticTrackLength, bremsYield } from '../../sensitivity/index.js';
import type { Setup } from '../../setup/index.js';
import { queryParquet, quoteString } from '../../store/index.js';
import { ecalHcalPlaneSvg } from '../analysis/ecal-hcal-plane-svg.js';
import { openDstSource } from '../analysis/dst-source.js';
import { loadSelection } from '../analysis/load-selection.js';
import { runBackground } from '../analysis/run-background.js';
import type { BackgroundResult } from '../analysis/run-background.js';
import { runCutFlow } from '../analysis/run-cut-flow.js';
import { parseBackgroundConfig } from '../../analysis/index.js';
import type { SimulationSummary } from '../sim-runner.js';
import type { RunSample } from './run-plan.js';

/** Signal at one mass (per ε², per particle on target). */
export interface RunSignalPoint {
  mass_GeV: number;
  events: number;
  /** Simulated A′ yield per particle on target with E_A′ > the energy cut, per ε² (first order). */
  yield_per_eot: number;
  yield_relative_error: number;
  /** The physics core's yield (ETL, analytic thick-target track length), per ε². */
  yield_semi_analytic: number;
  /** Fraction of those A′ events that pass the whole selection (weighted). */
  efficiency: number;
  efficiency_error: number;
  /** yield × efficiency: signal events per particle on target per ε², and its relative error. */
  signal_per_eot: number;
  signal_relative_error: number;
}

/** What the analysis stage produces (stored as the stage's JSON). */
export interface RunAnalysis {
  selection: string;
  energy_cut_GeV: number;
  /** The beam sample's cut flow (Σw per simulated beam particle). */
  cutFlow: CutFlow;
  /** Every sample's cut flow. */
  cutFlows: Record<string, CutFlow>;
  background: BackgroundResult;
  signal: RunSignalPoint[];
  /** ROOT TBufferJSON objects by name. */
  histograms: Record<string, object>;
  planeSvg: string;
}

/** Inputs of {@link analyseRun}. */
export interface AnalyseRunInput {
  setup: Setup;
  setupPath: string;
  samples: RunSample[];
  dstFiles: Map<string, string>;
  simSummaries: Map<string, SimulationSummary>;
  dir: string;
}

/** Runs the analysis stage into `dir` (writes background.yaml there). */
export async function analyseRun(i: AnalyseRunInput): Promise<RunAnalysis> {
  const sel: Selection = loadSelection('na64e-invisible');
  const E0 = i.setup.beam.energyGeV;
  const cut = E0 - i.setup.signal!.maxEcalEnergyGeV;
  const cutFlows: Record<string, CutFlow> = {};
  for (const s of i.samples) cutFlows[s.name] = await runCutFlow(sel, await openDstSource([i.dstFiles.get(s.name)!]), { simulation: true });

  // Histograms of the beam sample: the plane and the ECAL spectrum.
  const beamDst = i.dstFiles.get('beam')!;
  const t = await queryParquet(`SELECT e_ecal_GeV, e_hcal_GeV, weight FROM read_parquet(${quoteString(beamDst)})`);
  const ee = t.columns.e_ecal_GeV as Float64Array;
  const eh = t.columns.e_hcal_GeV as Float64Array;
  const w = t.columns.weight as Float64Array;
  const plane = new Hist2D('ecal_hcal', `E_{ECAL} vs E_{HCAL}, ${i.setup.name} beam sample`, 120, 0, 1.2 * E0, 120, 0, 1.2 * E0, 'E_{ECAL} [GeV]', 'E_{HCAL} [GeV]');
  plane.fillArrays(ee, eh, w, t.n);
  const spectrum = new Hist1D('e_ecal', `E_{ECAL}, ${i.setup.name} beam sample`, 120, 0, 1.2 * E0, 'E_{ECAL} [GeV]');
  spectrum.fillArray(ee, w, t.n);
  const histograms: Record<string, object> = { ecal_hcal: plane.toRootJson(), e_ecal: spectrum.toRootJson() };

  // The background table: every simulated source scaled to the exposure.
  const pot = i.setup.exposure.particlesOnTarget;
  const yaml = [
    'schema: emiss-background/1',
    `selection: ${JSON.stringify(sel.fileName)}`,
    `particlesOnTarget: ${pot}`,
    'sources:',
    ...i.samples.filter((s) => s.kind !== 'signal').map((s) => `  - { name: ${JSON.stringify(s.name)}, dst: ${JSON.stringify(i.dstFiles.get(s.name))}, relativeSystematic: 0.3, source: "emiss sim --process ${s.process}; 30% systematic: cross-section and response modelling (estimate)" }`),
    'signal:',
    '  samples:',
    ...i.samples.filter((s) => s.kind === 'signal').map((s) => `    - { dst: ${JSON.stringify(i.dstFiles.get(s.name))}, massGeV: ${s.massGeV} }`),
    '',
  ].join('\n');
  const cfgPath = join(i.dir, 'background.yaml');
  writeFileSync(cfgPath, yaml);
  const background = await runBackground(parseBackgroundConfig(yaml, cfgPath), cfgPath);

  // Signal: yield above the cut and its selection efficiency, from the signal DSTs (truth joined).
  const pass = `coalesce(${conditionSql(preselectionCondition(sel))}, FALSE) AND coalesce(${conditionSql(boxCondition(sel))}, FALSE)`;
  const target = material(i.setup.target.material);
  const spectrumSa = analyticTrackLength({
    beamEnergyGeV: E0,
    minEnergyGeV: cut,
    radiationLengthCm: target.radiationLengthCm,
    criticalEnergyGeV: target.criticalEnergy,
    thicknessX0: i.setup.target.thicknessX0,
    beam: i.setup.beam.particle === 'e+' ? 'positron' : 'electron',
  });
  const signal: RunSignalPoint[] = [];
  for (const s of i.samples.filter((x) => x.kind === 'signal')) {
    const q = await queryParquet(`SELECT count(*)::DOUBLE AS n,
        coalesce(sum(weight) FILTER (WHERE truth_xProduced = 1 AND truth_xEnergyGeV > ${cut}), 0)::DOUBLE AS sw_den,
        coalesce(sum(weight * weight) FILTER (WHERE truth_xProduced = 1 AND truth_xEnergyGeV > ${cut}), 0)::DOUBLE AS sw2_den,
        coalesce(sum(weight) FILTER (WHERE truth_xProduced = 1 AND truth_xEnergyGeV > ${cut} AND ${pass}), 0)::DOUBLE AS sw_pass,
        coalesce(sum(weight * weight) FILTER (WHERE truth_xProduced = 1 AND truth_xEnergyGeV > ${cut} AND ${pass}), 0)::DOUBLE AS sw2_pass
      FROM read_parquet(${quoteString(i.dstFiles.get(s.name)!)})`);
    const v = (k: string): number => (q.columns[k] as Float64Array)[0];
    const n = v('n');
    const eff = v('sw_den') > 0 ? v('sw_pass') / v('sw_den') : 0;
    // Binomial error of a weighted efficiency: Var = Σw²_pass(1 − 2ε)/W² + ε²Σw²_den/W² (weights independent).
    const effErr = v('sw_den') > 0 ? Math.sqrt(Math.max(0, v('sw2_pass') * (1 - 2 * eff) + eff * eff * v('sw2_den'))) / v('sw_den') : 0;
    const ySa = bremsYield({ spectrum: spectrumSa, material: target, massGeV: s.massGeV!, minEnergyGeV: cut, epsilon: 1, method: i.setup.signal!.crossSection, mediator: 'vector' }).perParticle;
    signal.push({
      mass_GeV: s.massGeV!,
      events: n,
      yield_per_eot: v('sw_den') / n,
      yield_relative_error: v('sw_den') > 0 ? Math.sqrt(v('sw2_den')) / v('sw_den') : 1,
      yield_semi_analytic: ySa,
      efficiency: eff,
      efficiency_error: effErr,
      signal_per_eot: v('sw_pass') / n,
      signal_relative_error: v('sw_pass') > 0 ? Math.sqrt(v('sw2_pass')) / v('sw_pass') : 1,
    });
  }
  return {
    selection: sel.name,
    energy_cut_GeV: cut,
    cutFlow: cutFlows.beam,
    cutFlows,
    background,
    signal,
    histograms,
    planeSvg: ecalHcalPlaneSvg(plane, sel, { title: `E_{ECAL} vs E_{HCAL}: ${i.setup.name}, beam sample` }),
  };
}
