/**
 * report.html of `emiss run`: one self-contained page (src/plot/report-html.ts) with the setup
 * to scale, the cut flow, the E_ECAL–E_HCAL plane, the background table, the efficiency vs mass,
 * the exclusion plots with their expected bands, the relic targets and NA64's published curves,
 * and the provenance.
 */
import { htmlFigure, htmlTable, renderPlot, reportHtml, setupDrawingSvg } from '../../plot/index.js';
import type { DrawingKind } from '../../plot/index.js';
import { buildGeometry, ElementKind } from '../../sim/index.js';
import type { Setup } from '../../setup/index.js';
import { exclusionPlotSpecs } from '../limit-plots.js';
import type { RunAnalysis } from './run-analysis.js';
import type { RunLimits } from './run-limits.js';
import type { RunSample } from './run-plan.js';

const KIND: Record<number, DrawingKind> = {
  [ElementKind.Calorimeter]: 'calorimeter',
  [ElementKind.Counter]: 'counter',
  [ElementKind.Tracker]: 'tracker',
  [ElementKind.Magnet]: 'magnet',
  [ElementKind.Volume]: 'volume',
};

const e3 = (v: number): string => v.toExponential(3);
const f3 = (v: number): string => (Math.abs(v) >= 1e-3 || v === 0 ? v.toPrecision(4) : v.toExponential(3));

/** Inputs of {@link writeRunReport}. */
export interface RunReportInput {
  setup: Setup;
  runId: string;
  analysis: RunAnalysis;
  limits: RunLimits;
  provenance: Record<string, unknown>;
  samples: RunSample[];
}

/** The report's HTML text. */
export function writeRunReport(r: RunReportInput): string {
  const { setup, analysis: a, limits: l } = r;
  const g = buildGeometry(setup);
  const drawing = setupDrawingSvg(
    g.elements.map((e) => ({ name: e.name, kind: KIND[e.kind] ?? 'volume', z0: e.z0, z1: e.z1, x0: e.x0, halfX: e.halfX, fieldIntegralTm: e.fieldIntegralTm })),
    { beamMomentumGeV: setup.beam.energyGeV, beamCharge: setup.beam.particle.endsWith('+') ? 1 : -1, beamStartZCm: setup.beam.startZCm, title: `${setup.name}: top view` },
  );
  const best = l.points.reduce((m, p) => (p.epsilon_obs < m.epsilon_obs ? p : m), l.points[0]);
  const summary = `<p>${l.particles_on_target.toExponential(3)} ${setup.beam.particle} on target at ${setup.beam.energyGeV} GeV
 (${l.periods.map((p) => `${p.name}: ${p.particles_on_target.toExponential(2)}`).join(', ')}). Expected background in the signal box
 ${f3(l.background.expected)} ± ${f3(l.background.uncertainty)} events (the simulated statistics bound it below ${f3(l.background.upper_68)} at 68% CL); observed ${l.observed} (${l.observed_source}).
 Strongest limit: ε &lt; ${e3(best.epsilon_obs)} at m<sub>A′</sub> = ${best.mass_GeV} GeV (${Math.round(l.cl * 100)}% CL).</p>`;

  const flow = a.cutFlow;
  const flowTable = htmlTable(
    ['cut', 'Σw (beam sample)', 'stat. error', 'efficiency (cumulative)', 'source'],
    flow.rows.map((row) => [row.name, row.sum_w ?? 'blinded', row.sum_w_err ?? '', row.eff_cum ?? '', row.source]),
    f3,
  );
  const regions = htmlTable(['region', 'Σw', 'stat. error', 'description'], flow.regions.map((x) => [x.name, x.sum_w, x.sum_w_err, x.description]), f3);

  const bg = a.background;
  const bgTable = htmlTable(
    ['source', 'simulated events', 'passing (unweighted)', `expected for ${e3(l.particles_on_target)} EOT`, 'stat.', 'syst.'],
    [...bg.sources.map((s) => [s.name, s.events_simulated, s.passed, s.expected, s.stat_err, s.syst_err] as (string | number)[]), ['total', '', '', bg.total.expected, bg.total.stat_err, bg.total.syst_err]],
    f3,
  );

  const masses = a.signal.map((s) => s.mass_GeV);
  const effSvg = renderPlot({
    width: 800,
    height: 500,
    x: { label: "m_{A'} [GeV]", min: Math.min(...masses) / 1.5, max: Math.max(...masses) * 1.5, log: true },
    y: { label: 'signal efficiency', min: 0, max: 1 },
    series: [
      { kind: 'band', x: masses, low: a.signal.map((s) => Math.max(0, s.efficiency - s.efficiency_error)), high: a.signal.map((s) => Math.min(1, s.efficiency + s.efficiency_error)), fill: '#56B4E9', opacity: 0.5, label: '±1σ (stat.)' },
      { kind: 'line', x: masses, y: a.signal.map((s) => s.efficiency), color: '#000000', width: 2, label: 'emiss simulation' },
      { kind: 'points', x: masses, y: a.signal.map((s) => s.efficiency), color: '#000000' },
    ],
    legend: { position: 'bottom-right' },
  });
  const sigTable = htmlTable(
    ["m_A′ [GeV]", 'yield/EOT (sim, per ε²)', 'rel. error', 'yield/EOT (semi-analytic)', 'sim/semi-analytic', 'efficiency', 'ε_90 obs', 'ε_90 exp (median)', 'y_90 obs'],
    a.signal.map((s, k) => [s.mass_GeV, s.yield_per_eot, s.yield_relative_error, s.yield_semi_analytic, s.yield_per_eot / s.yield_semi_analytic, s.efficiency, l.points[k].epsilon_obs, l.points[k].epsilon_exp[2], l.points[k].y_obs]),
    f3,
  );

  const specs = exclusionPlotSpecs({
    label: setup.name,
    points: l.points.map((p) => ({ massGeV: p.mass_GeV, dmMassGeV: p.dm_mass_GeV, epsilon: p.epsilon_obs, y: p.y_obs, epsilonExpected: p.epsilon_exp, yExpected: p.y_exp })),
    publishedLimits: setup.publishedLimits ?? [],
    ratio: l.model.ratio,
    alphaD: l.model.alpha_D,
    cl: l.cl,
    particlesOnTarget: l.particles_on_target,
    energyCutGeV: a.energy_cut_GeV,
    relic: true,
  });
  const pub = l.published.map((p) => `<p>ε<sub>emiss</sub>/ε<sub>published</sub> (${p.key}): ${p.ratio_to_published.map((x) => `${x.mass_GeV} GeV: ${x.ratio.toFixed(2)}`).join(', ') || 'no common masses'}.</p>`).join('');

  return reportHtml({
    title: `emiss run ${r.runId}`,
    subtitle: `${setup.name}: ${setup.description ?? ''}`,
    sections: [
      { id: 'summary', title: 'Summary', html: summary },
      { id: 'setup', title: 'The setup, to scale', html: htmlFigure('setup', drawing, 'Top view of the beam line from the setup file; the dashed line is the nominal beam trajectory bent by the dipoles.') },
      { id: 'cutflow', title: 'Cut flow', html: `<p>Selection '${a.selection}' on the simulated beam sample (Σw = events per simulated beam particle).</p>${flowTable}<p>Control regions after the preselection:</p>${regions}` },
      { id: 'plane', title: 'E_ECAL–E_HCAL plane', html: htmlFigure('plane', a.planeSvg, 'Beam sample: region I (μ+μ− pairs), II (showers), III (pile-up) and the signal box.') },
      { id: 'background', title: 'Background', html: `<p>Simulated sources scaled to the particles on target, with the biasing weights (rerun with <code>emiss background background.yaml</code>).</p>${bgTable}` },
      { id: 'efficiency', title: 'Signal efficiency vs mass', html: `${htmlFigure('efficiency', effSvg, 'Fraction of A′ events with E_A′ above the cut that pass the whole selection (weighted, statistical error).')}${sigTable}` },
      { id: 'limits', title: 'Exclusion limits', html: `${htmlFigure('epsilon', renderPlot({ width: 900, height: 680, ...specs.epsilon }), `ε vs m_A′ at ${Math.round(l.cl * 100)}% CL with the expected ±1σ/±2σ bands and NA64's published curve.`)}${htmlFigure('y', renderPlot({ width: 900, height: 680, ...specs.y }), `y vs m_χ (α_D = ${l.model.alpha_D}, m_A′ = ${l.model.ratio} m_χ) with the thermal-relic targets.`)}${pub}` },
      { id: 'provenance', title: 'Provenance', html: `<pre>${JSON.stringify(r.provenance, null, 1).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>` },
    ],
    footer: `emiss ${String(r.provenance.emiss_version)} · ${String(r.provenance.finished_at)} · git ${String(r.provenance.git_commit)}`,
  });
}
