/** `emiss background`: simulated sources scaled to the exposure, the sideband extrapolation, the signal efficiency vs mass. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EmissError } from '../../core/index.js';
import {
  boxCondition,
  checkSelectionColumns,
  conditionSql,
  efficiencySql,
  extrapolateTail,
  fitExponentialTail,
  preselectionCondition,
  sourceExpectation,
  weightedEfficiency,
} from '../../analysis/index.js';
import type { BackgroundConfig, Condition, Selection } from '../../analysis/index.js';
import { queryParquet } from '../../store/index.js';
import { loadSetup } from '../../store/load-setup.js';
import { openDstSource } from './dst-source.js';
import { loadSelection } from './load-selection.js';
import { sidebandSvg } from './sideband-svg.js';

/** One row of the background table (a simulated source). */
export interface SourceRow {
  name: string;
  file: string;
  process: string | null;
  events_simulated: number;
  passed: number;
  expected: number;
  stat_err: number;
  syst_err: number;
  upper_68: number;
  fraction: number;
  source: string;
}

/** The sideband extrapolation. */
export interface SidebandResult {
  file: string;
  variable: string;
  range: [number, number];
  box: [number, number];
  n: number;
  slope: number;
  slope_err: number;
  expected: number;
  stat_err: number;
  syst_err: number;
  variations: { range: [number, number]; n: number; expected: number }[];
  source: string;
}

/** Signal efficiency at one mass. */
export interface EfficiencyPoint {
  mass_GeV: number | null;
  file: string;
  events: number;
  efficiency: number;
  stat_err: number;
  syst_err: number;
  syst_by_cut: Record<string, number>;
  /** A′ per particle on target per ε² (run.json `yield_per_particle`), null when unknown. */
  yield_per_eot: number | null;
  /** Its relative statistical error (run.json `yield_relative_error`). */
  yield_relative_error: number | null;
}

/** Everything `emiss background` reports (JSON keys in docs/analysis.md). */
export interface BackgroundResult {
  selection: string;
  particles_on_target: number | null;
  sources: SourceRow[];
  sideband: SidebandResult | null;
  total: { expected: number; stat_err: number; syst_err: number };
  signal: EfficiencyPoint[];
}

interface RunJson {
  events?: number;
  process?: string;
  mass_GeV?: number | null;
  yield_per_particle?: number;
  yield_relative_error?: number;
}

function readRunJson(path: string | undefined, dst: string): RunJson | undefined {
  const p = path ?? join(dirname(dst), 'run.json');
  if (!existsSync(p)) {
    if (path !== undefined) throw new EmissError('BAD_FILE', path, 'run.json not found', "the sim's run.json of this sample");
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as RunJson;
  } catch (e) {
    throw new EmissError('BAD_FILE', p, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

function num(t: { columns: Record<string, unknown> }, key: string): number {
  const v = (t.columns[key] as Float64Array | undefined)?.[0];
  return v === undefined || Number.isNaN(v) ? 0 : v;
}

/** Runs the whole estimate; `configPath` locates relative paths. */
export async function runBackground(cfg: BackgroundConfig, configPath: string): Promise<BackgroundResult> {
  return (await runBackgroundWithPlots(cfg, configPath)).result;
}

/** {@link runBackground}, also returning the sideband plot (SVG; null without a sideband). */
export async function runBackgroundWithPlots(cfg: BackgroundConfig, configPath: string): Promise<{ result: BackgroundResult; sidebandSvg: string | null }> {
  const base = dirname(resolve(configPath));
  const rel = (p: string): string => resolve(base, p);
  const sel: Selection = loadSelection(existsSync(rel(cfg.selection)) ? rel(cfg.selection) : cfg.selection);
  const pot = cfg.particlesOnTarget ?? (cfg.setup ? loadSetup(rel(cfg.setup)).exposure.particlesOnTarget : null);
  const allCuts = [...sel.cuts, ...sel.signalBox.cuts];

  const sources: SourceRow[] = [];
  for (const s of cfg.sources) {
    const file = rel(s.dst);
    const src = await openDstSource([file]);
    checkSelectionColumns(sel, src.columns, file);
    if (!src.columns.includes(sel.weightColumn)) throw new EmissError('BAD_FILE', file, `no weight column '${sel.weightColumn}'`, 'a simulated DST');
    const run = readRunJson(s.run ? rel(s.run) : undefined, file);
    const t = await queryParquet(`${efficiencySql(sel, src.from, sel.weightColumn)}`);
    const c = await queryParquet(`SELECT count(*)::DOUBLE AS n_all, count(*) FILTER (WHERE coalesce(${conditionSql(preselectionCondition(sel))}, FALSE) AND coalesce(${conditionSql(boxCondition(sel))}, FALSE))::DOUBLE AS n_pass FROM ${src.from}`);
    const nSim = run?.events ?? num(c, 'n_all');
    let meanWeight = num(c, 'n_all') > 0 ? num(t, 'sw_all') / num(c, 'n_all') : 0;
    if (s.processFlag !== undefined) {
      if (!src.columns.includes(s.processFlag)) throw new EmissError('BAD_FILE', `${configPath}: sources '${s.name}' processFlag`, `column '${s.processFlag}' is not in ${file}`, src.columns.filter((x) => x.startsWith('truth_')).join(', '));
      const m = await queryParquet(`SELECT coalesce(avg("${sel.weightColumn}"::DOUBLE), 0) AS w FROM ${src.from} WHERE "${s.processFlag}" > 0`);
      meanWeight = num(m, 'w');
    }
    const e = sourceExpectation(num(t, 'sw_pass'), num(t, 'sw2_pass'), meanWeight, nSim, pot ?? 1, s.fraction);
    sources.push({
      name: s.name,
      file: s.dst,
      process: run?.process ?? null,
      events_simulated: nSim,
      passed: num(c, 'n_pass'),
      expected: e.expected,
      stat_err: e.statErr,
      syst_err: e.expected * s.relativeSystematic,
      upper_68: e.upper68,
      fraction: s.fraction,
      source: s.source,
    });
  }

  let sideband: SidebandResult | null = null;
  let sidebandPlot: string | null = null;
  if (cfg.sideband) {
    const sb = cfg.sideband;
    if (!sel.signalBox.cuts.some((c) => c.name === sb.replaces)) {
      throw new EmissError('BAD_FILE', `${configPath}: sideband.replaces`, `'${sb.replaces}' is not a signal-box cut of ${sel.fileName}`, sel.signalBox.cuts.map((c) => c.name).join(', '));
    }
    const file = rel(sb.data);
    const src = await openDstSource([file]);
    checkSelectionColumns(sel, src.columns, file);
    if (!src.columns.includes(sb.variable)) throw new EmissError('BAD_FILE', `${configPath}: sideband.variable`, `column '${sb.variable}' is not in ${file}`, src.columns.join(', '));
    const others: Condition = { kind: 'all', of: sel.signalBox.cuts.filter((c) => c.name !== sb.replaces).map((c) => c.where) };
    const lo = Math.min(sb.range[0], ...sb.variations.map((v) => v[0]));
    const hi = Math.max(sb.range[1], ...sb.variations.map((v) => v[1]));
    // Only events in the sideband are read: the box stays blinded.
    const t = await queryParquet(
      `SELECT "${sb.variable}"::DOUBLE AS x FROM ${src.from} WHERE coalesce(${conditionSql(preselectionCondition(sel))}, FALSE) AND coalesce(${conditionSql(others)}, FALSE) AND "${sb.variable}" BETWEEN ${lo} AND ${hi}`,
    );
    const xs = t.columns.x as Float64Array;
    const fit = fitExponentialTail(xs, sb.range[0], sb.range[1], `${configPath}: sideband`);
    const nominal = extrapolateTail(fit, sb.box[0], sb.box[1]);
    const variations = sb.variations.map((r) => {
      const f = fitExponentialTail(xs, r[0], r[1], `${configPath}: sideband variation [${r.join(', ')}]`);
      return { range: r as [number, number], n: f.n, expected: extrapolateTail(f, sb.box[0], sb.box[1]).expected };
    });
    sideband = {
      file: sb.data,
      variable: sb.variable,
      range: sb.range as [number, number],
      box: sb.box as [number, number],
      n: fit.n,
      slope: fit.slope,
      slope_err: fit.slopeErr,
      expected: nominal.expected,
      stat_err: nominal.statErr,
      // NA64: the spread of the extrapolated integral over fit-range variations (CDS 2927144, Fig. "sideband").
      syst_err: variations.reduce((m, v) => Math.max(m, Math.abs(v.expected - nominal.expected)), 0),
      variations,
      source: sb.source,
    };
    sidebandPlot = sidebandSvg(xs, sb.range[0], sb.range[1], fit.slope, fit.n, sb.box as [number, number], nominal.expected, sb.variable);
  }

  const signal: EfficiencyPoint[] = [];
  for (const s of cfg.signal?.samples ?? []) {
    const file = rel(s.dst);
    const src = await openDstSource([file]);
    checkSelectionColumns(sel, src.columns, file);
    const run = readRunJson(s.run ? rel(s.run) : undefined, file);
    const den: Condition | undefined = src.columns.includes('truth_xProduced')
      ? { kind: 'compare', expr: { terms: [{ coef: 1, column: 'truth_xProduced' }], constant: 0, text: 'truth_xProduced' }, op: '==', value: 1 }
      : undefined;
    const weight = src.columns.includes(sel.weightColumn) ? sel.weightColumn : null;
    const t = await queryParquet(efficiencySql(sel, src.from, weight, den));
    const eff = weightedEfficiency(num(t, 'sw_pass'), num(t, 'sw2_pass'), num(t, 'sw_all'), num(t, 'sw2_all'));
    const byCut: Record<string, number> = {};
    let s2 = 0;
    allCuts.forEach((c, k) => {
      if (c.uncertainty > 0 && num(t, 'sw_all') > 0) {
        const up = num(t, `up_${k}`) / num(t, 'sw_all');
        const dn = num(t, `dn_${k}`) / num(t, 'sw_all');
        const d = Math.max(Math.abs(up - eff.value), Math.abs(dn - eff.value));
        byCut[c.name] = d;
        s2 += d * d;
      }
    });
    const c = await queryParquet(`SELECT count(*)::DOUBLE AS n FROM ${src.from}`);
    const y = run?.yield_per_particle;
    signal.push({
      mass_GeV: s.massGeV ?? run?.mass_GeV ?? null,
      file: s.dst,
      events: num(c, 'n'),
      efficiency: eff.value,
      stat_err: eff.statErr,
      syst_err: Math.sqrt(s2),
      syst_by_cut: byCut,
      yield_per_eot: typeof y === 'number' && Number.isFinite(y) && y > 0 ? y : null,
      yield_relative_error: typeof run?.yield_relative_error === 'number' && Number.isFinite(run.yield_relative_error) ? run.yield_relative_error : null,
    });
  }
  signal.sort((a, b) => (a.mass_GeV ?? 0) - (b.mass_GeV ?? 0));

  const rows = [...sources, ...(sideband ? [sideband] : [])];
  const total = {
    expected: rows.reduce((s, r) => s + r.expected, 0),
    stat_err: Math.sqrt(rows.reduce((s, r) => s + r.stat_err ** 2, 0)),
    syst_err: Math.sqrt(rows.reduce((s, r) => s + r.syst_err ** 2, 0)),
  };
  return { result: { selection: sel.name, particles_on_target: pot, sources, sideband, total, signal }, sidebandSvg: sidebandPlot };
}
