/**
 * The exclusion plots of `emiss limit --plot`: ε vs m_A′ and y vs m_χ (with the thermal-relic
 * targets), as SVG, or PNG when the file name ends in .png. Node side: writes files.
 */
import { makeDirs } from './make-dirs.js';
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EmissError, logSpace } from '../core/index.js';

import { relicTarget } from '../physics/index.js';
import type { DarkMatterType } from '../physics/index.js';
import { renderPlot } from '../plot/index.js';
import type { PlotSpec, Series } from '../plot/index.js';
import { publishedLimit } from '../sensitivity/index.js';
import type { InvisibleLimit } from '../sensitivity/index.js';
import type { SetupWithResult as Setup } from '../setup/index.js';
import { svgToPng } from '../store/svg-to-png.js';

const RELIC_STYLES: { dm: DarkMatterType; label: string; dash: string; color: string }[] = [
  { dm: 'complex-scalar', label: 'Scalar relic target', dash: '8 4', color: '#D55E00' },
  { dm: 'majorana', label: 'Majorana relic target', dash: '3 3', color: '#0072B2' },
  { dm: 'pseudo-dirac', label: 'Pseudo-Dirac relic target', dash: '10 3 2 3', color: '#009E73' },
];

/** One mass point of an exclusion plot; expected limits (−2σ, −1σ, median, +1σ, +2σ) optional. */
export interface ExclusionPoint {
  massGeV: number;
  dmMassGeV: number;
  epsilon: number;
  y: number;
  epsilonExpected?: readonly number[];
  yExpected?: readonly number[];
}

/** What the two exclusion plots show. */
export interface ExclusionPlotInput {
  label: string;
  points: readonly ExclusionPoint[];
  publishedLimits: readonly string[];
  ratio: number;
  alphaD: number;
  cl: number;
  particlesOnTarget: number;
  energyCutGeV: number;
  relic: boolean;
}

/**
 * The specs of the ε(m_A′) and y(m_χ) plots: the observed limit with its excluded area, the
 * expected ±1σ (green) and ±2σ (yellow) bands and median when given, NA64's published curves,
 * and the thermal-relic targets (y plot).
 */
export function exclusionPlotSpecs(input: ExclusionPlotInput): { epsilon: PlotSpec; y: PlotSpec } {
  const pts = input.points;
  const m = pts.map((p) => p.massGeV);
  const eps = pts.map((p) => p.epsilon);
  const mchi = pts.map((p) => p.dmMassGeV);
  const y = pts.map((p) => p.y);
  const eot = input.particlesOnTarget.toExponential(2).replace(/e\+?(-?\d+)$/, '×10^{$1}');
  const info = `${eot} EOT, E_{A'} > ${input.energyCutGeV} GeV, ${Math.round(input.cl * 100)}% CL`;
  const range = (v: number[], pad: number): [number, number] => {
    const lo = Math.min(...v);
    const hi = Math.max(...v);
    return [10 ** Math.floor(Math.log10(lo) - pad), 10 ** Math.ceil(Math.log10(hi) + pad)];
  };
  // A single mass still gets a drawable axis: a factor 2 either side.
  const span = (v: number[]): { min: number; max: number } => {
    const lo = Math.min(...v);
    const hi = Math.max(...v);
    return lo < hi ? { min: lo, max: hi } : { min: lo / 2, max: hi * 2 };
  };
  const bands = (x: number[], key: 'epsilonExpected' | 'yExpected'): Series[] => {
    if (!pts.every((p) => p[key]?.length === 5)) return [];
    const q = (k: number): number[] => pts.map((p) => p[key]![k]);
    // Bands of zero width (a counting experiment whose ±2σ background counts are all the same,
    // e.g. b ≪ 1) would only crowd the legend: the observed line is then the expected one.
    const width = Math.max(...pts.map((p) => (p[key]![4] - p[key]![0]) / p[key]![2]));
    if (!(width > 1e-9)) return [];
    return [
      { kind: 'band', x, low: q(0), high: q(4), fill: '#F5E000', label: 'expected ±2σ' },
      { kind: 'band', x, low: q(1), high: q(3), fill: '#00C000', label: 'expected ±1σ' },
      { kind: 'line', x, y: q(2), color: '#000000', dash: '6 4', width: 1.5, label: 'expected (median)' },
    ];
  };
  const published = input.publishedLimits.map((k) => publishedLimit(k));
  const epsExpAll = pts.flatMap((p) => p.epsilonExpected ?? []);
  const [eLo, eHi] = range(eps.concat(epsExpAll, published.flatMap((p) => [...p.epsilon])), 0.3);
  const pubColors = ['#CC79A7', '#E69F00', '#009E73'];
  const epsSpec: PlotSpec = {
    x: { label: "m_{A'} [GeV]", ...span(m), log: true },
    y: { label: '\\epsilon', min: eLo, max: Math.min(1, eHi), log: true },
    series: [
      { kind: 'excluded', x: m, y: eps, fill: '#56B4E9', opacity: 0.35, label: 'excluded by emiss' },
      ...bands(m, 'epsilonExpected'),
      { kind: 'line', x: m, y: eps, color: '#000000', width: 2.5, label: `emiss, ${input.label}` },
      ...published.map((p, i): Series => ({ kind: 'line', x: [...p.massesGeV], y: [...p.epsilon], color: pubColors[i % 3], dash: '7 4', width: 2, label: p.label })),
    ],
    legend: { position: 'bottom-right' },
    annotations: [{ x: Math.min(...m) * 1.3, y: Math.min(1, eHi) / 3, text: info }],
  };
  const ySeries: Series[] = [
    { kind: 'excluded', x: mchi, y, fill: '#56B4E9', opacity: 0.35, label: 'excluded by emiss' },
    ...bands(mchi, 'yExpected'),
    { kind: 'line', x: mchi, y, color: '#000000', width: 2.5, label: `emiss, ${input.label}` },
    ...published.map((p, i): Series => ({
      kind: 'line',
      x: p.massesGeV.map((mm) => mm / input.ratio),
      y: p.epsilon.map((e) => (e * e * input.alphaD) / input.ratio ** 4),
      color: pubColors[i % 3],
      dash: '7 4',
      width: 2,
      label: p.label,
    })),
  ];
  let yAll = [...y, ...pts.flatMap((p) => p.yExpected ?? [])];
  for (const p of published) yAll = yAll.concat(p.epsilon.map((e) => (e * e * input.alphaD) / input.ratio ** 4));
  if (input.relic) {
    const lo = Math.max(1e-3, Math.min(...mchi));
    const hi = Math.min(1, Math.max(...mchi));
    if (hi > lo) {
      const grid = Array.from(logSpace(lo, hi, 24));
      for (const s of RELIC_STYLES) {
        const ys = grid.map((mc) => relicTarget({ dm: s.dm, dmMassGeV: mc, ratio: input.ratio, alphaD: input.alphaD }).y);
        yAll = yAll.concat(ys);
        ySeries.push({ kind: 'line', x: grid, y: ys, color: s.color, dash: s.dash, width: 2, label: s.label });
      }
    }
  }
  const [yLo, yHi] = range(yAll, 0.3);
  const ySpec: PlotSpec = {
    x: { label: 'm_{\\chi} [GeV]', ...span(mchi), log: true },
    y: { label: "y = \\epsilon^{2}\\alpha_{D}(m_{\\chi}/m_{A'})^{4}", min: yLo, max: yHi, log: true },
    series: ySeries,
    legend: { position: 'bottom-right' },
    annotations: [
      { x: span(mchi).min * 1.3, y: yHi / 3, text: `\\alpha_{D} = ${input.alphaD}, m_{A'} = ${input.ratio} m_{\\chi}` },
      { x: span(mchi).min * 1.3, y: yHi / 30, text: info },
    ],
  };
  return { epsilon: epsSpec, y: ySpec };
}

/** Writes the two plots; returns the paths written. */
export async function writeLimitPlots(file: string, setup: Setup, limit: InvisibleLimit, options: { relic: boolean }): Promise<string[]> {
  const png = /\.png$/i.test(file);
  if (!/\.(svg|png)$/i.test(file)) throw new EmissError('BAD_OPTION', '--plot', `'${file}' must end in .svg or .png`, 'file.svg or file.png');
  const yFile = file.replace(/\.(svg|png)$/i, (ext) => `-y${ext}`);
  const specs = exclusionPlotSpecs({
    label: setup.name,
    points: limit.points.map((p) => ({ massGeV: p.mass_GeV, dmMassGeV: p.dm_mass_GeV, epsilon: p.epsilon_90, y: p.y_90 })),
    publishedLimits: setup.publishedLimits ?? [],
    ratio: limit.ratio,
    alphaD: limit.alpha_D,
    cl: limit.cl,
    particlesOnTarget: limit.particles_on_target,
    energyCutGeV: limit.energy_cut_GeV,
    relic: options.relic,
  });
  const epsSpec = specs.epsilon;
  const ySpec = specs.y;
  const written: string[] = [];
  for (const [f, spec] of [[file, epsSpec], [yFile, ySpec]] as const) {
    const svg = renderPlot({ width: 900, height: 680, ...spec });
    try {
      makeDirs(dirname(f));
      writeFileSync(f, png ? svgToPng(svg, { width: 1800 }) : svg);
    } catch (e) {
      throw new EmissError('BAD_FILE', '--plot', `cannot write ${f} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'a writable path');
    }
    written.push(f);
  }
  return written;
}
