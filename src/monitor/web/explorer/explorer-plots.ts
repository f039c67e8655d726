/**
 * Plot specs of the explorer (drawn by plot/render-plot.ts, the CLI's SVG renderer, which runs
 * in the browser): ε(m_A′) with its excluded region, and y(m_χ) with the relic targets, styled
 * as `emiss limit --plot` (cli/limit-plots.ts).
 */
import type { PlotSpec, Series } from '../../../plot/index.js';
import type { ExplorerInputs } from './explorer-inputs.js';
import type { RelicCurve } from './relic-curves.js';
import type { ExplorerCurve } from './solve-limit.js';

const RELIC_STYLE: Record<string, { label: string; dash: string; color: string }> = {
  'complex-scalar': { label: 'Scalar relic target', dash: '8 4', color: '#D55E00' },
  majorana: { label: 'Majorana relic target', dash: '3 3', color: '#0072B2' },
  'pseudo-dirac': { label: 'Pseudo-Dirac relic target', dash: '10 3 2 3', color: '#009E73' },
};

/** Decade-rounded range of positive values, widened by `pad` decades. */
function decades(v: ArrayLike<number>, pad: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < v.length; k++) {
    if (v[k] > 0 && v[k] < lo) lo = v[k];
    if (v[k] > hi) hi = v[k];
  }
  return [10 ** Math.floor(Math.log10(lo) - pad), 10 ** Math.ceil(Math.log10(hi) + pad)];
}

const BEAM_LABEL: Record<string, string> = { 'e-': 'e^{−}', 'e+': 'e^{+}', 'mu-': '\\mu^{−}' };

function info(i: ExplorerInputs): string {
  const n = i.particlesOnTarget.toExponential(2).replace(/e\+?(-?\d+)$/, '×10^{$1}');
  return `${n} ${BEAM_LABEL[i.beam] ?? i.beam} on target, ${i.beamEnergyGeV} GeV, ${Math.round(i.cl * 100)}% CL`;
}

/** ε vs m_A′. */
export function epsilonPlotSpec(c: ExplorerCurve, i: ExplorerInputs): PlotSpec {
  const [lo, hi] = decades(c.epsilon, 0.3);
  const m = c.massesGeV;
  return {
    width: 760,
    height: 560,
    x: { label: i.mediator === 'vector' ? "m_{A'} [GeV]" : 'm_{X} [GeV]', min: m[0], max: m[m.length - 1], log: true },
    y: { label: '\\epsilon', min: lo, max: Math.min(1, hi), log: true },
    series: [
      { kind: 'excluded', x: m, y: c.epsilon, fill: '#56B4E9', opacity: 0.35, label: 'excluded' },
      { kind: 'line', x: m, y: c.epsilon, color: '#000000', width: 2.5, label: `${i.mediator} mediator` },
    ],
    legend: { position: 'bottom-right' },
    annotations: [{ x: m[0] * 1.3, y: Math.min(1, hi) / 3, text: info(i) }],
  };
}

/** y vs m_χ with the relic targets (vector mediator). */
export function yPlotSpec(c: ExplorerCurve, i: ExplorerInputs, relic: readonly RelicCurve[]): PlotSpec {
  const all: number[] = Array.from(c.y);
  for (const r of relic) all.push(...r.y);
  const [lo, hi] = decades(all, 0.3);
  const mx = c.dmMassesGeV;
  const series: Series[] = [
    { kind: 'excluded', x: mx, y: c.y, fill: '#56B4E9', opacity: 0.35, label: 'excluded' },
    { kind: 'line', x: mx, y: c.y, color: '#000000', width: 2.5, label: `${i.dm}, \\alpha_{D} = ${i.alphaD}` },
  ];
  for (const r of relic) {
    const s = RELIC_STYLE[r.dm];
    if (s && r.y.length > 1) series.push({ kind: 'line', x: r.dmMassesGeV, y: r.y, color: s.color, dash: s.dash, width: 2, label: s.label });
  }
  return {
    width: 760,
    height: 560,
    x: { label: 'm_{\\chi} [GeV]', min: mx[0], max: mx[mx.length - 1], log: true },
    y: { label: "y = \\epsilon^{2}\\alpha_{D}(m_{\\chi}/m_{A'})^{4}", min: lo, max: hi, log: true },
    series,
    legend: { position: 'bottom-right' },
    annotations: [{ x: mx[0] * 1.3, y: hi / 3, text: `m_{A'} = ${i.ratio} m_{\\chi}, ${info(i)}` }],
  };
}
