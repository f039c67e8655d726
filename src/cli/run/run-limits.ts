/**
 * The limits of `emiss run`: per mass, the 90% CL upper limit on the number of signal events
 * and from it ε and y, observed and expected (−2σ … +2σ), and the pyhf workspace of the model.
 *
 * Statistics: one counting experiment (the signal box) with the estimated background and its
 * uncertainty, CLs with the event count as test statistic and the uncertainties averaged over
 * their priors (src/stats/counting-cls.ts; A.L. Read, J. Phys. G 28 (2002) 2693). The
 * asymptotic formulae (arXiv:1007.1727) assume large counts and are not used for a box with
 * ≲ 1 expected event: with n = 0 they would give N_up ≈ 1.6 instead of the exact 2.30.
 * Expected limits: the limit for the background-only count n_k at the quantiles Φ(k),
 * k = −2 … 2, of Poisson(b) (the median-and-bands construction of the CLs method for a counting
 * experiment, Read 2002, §5). The workspace (pyhf HistFactory JSON) has one channel per run
 * period (N_EOT share of signal and background, observed counts split so that their sum is the
 * observed total), with the signal of the mass with the largest signal per EOT at ε = 10⁻⁴, so
 * μ_up = (ε_up/10⁻⁴)².
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import poissonCdf from '@stdlib/stats-base-dists-poisson-cdf';
import { EmissError } from '../../core/index.js';
import { compareWithPublished } from '../../sensitivity/index.js';
import type { Setup } from '../../setup/index.js';
import { clsUpperLimit, workspaceFromCounting } from '../../stats/index.js';
import type { Workspace } from '../../stats/index.js';
import type { RunAnalysis } from './run-analysis.js';

/** Dark-sector parameters of the y limits (as `emiss limit`'s defaults). */
const ALPHA_D = 0.5;
const RATIO = 3;
const CL = 0.9;
/** ε of the signal in the workspace. */
const WORKSPACE_EPSILON = 1e-4;

/** The limit at one mass. */
export interface RunLimitPoint {
  mass_GeV: number;
  dm_mass_GeV: number;
  efficiency: number;
  /** Signal events for ε = 1 (first order) over the whole exposure. */
  signal_per_eps2: number;
  n_up_obs: number;
  n_up_exp: number[];
  epsilon_obs: number;
  epsilon_exp: number[];
  y_obs: number;
  y_exp: number[];
  /** ε from the semi-analytic yield with the same N_up and efficiency: ε_run/ε_semi = √(Y_semi/Y_sim). */
  epsilon_semi_analytic: number;
}

/** All limits of a run. */
export interface RunLimits {
  cl: number;
  model: { alpha_D: number; ratio: number; dm: string; statistics: string };
  particles_on_target: number;
  periods: { name: string; particles_on_target: number; observed: number }[];
  observed: number;
  observed_source: string;
  /** Expected background, its uncertainty, and the sum of the sources' 68% upper bounds (what the simulated statistics can exclude). */
  background: { expected: number; uncertainty: number; upper_68: number };
  points: RunLimitPoint[];
  published: { key: string; ratio_to_published: { mass_GeV: number; ratio: number }[] }[];
  workspace: Workspace;
  /** The mass whose signal the workspace holds (the largest signal per EOT). */
  workspace_mass_GeV: number;
}

/** The count at which the Poisson(b) CDF first reaches p. */
function poissonQuantile(b: number, p: number): number {
  if (b <= 0) return 0;
  // P(N ≤ n) = Q(n + 1, b) (regularized upper incomplete gamma): the smallest n with Q(n+1, b) ≥ p.
  let n = Math.max(0, Math.floor(b + 0.5 - 3 * Math.sqrt(b)));
  let cdf = poissonCdf(n, b);
  while (cdf < p) cdf = poissonCdf(++n, b);
  return n;
}

/** Computes the limits from the analysis (see the module comment). */
export function runLimits(setup: Setup, a: RunAnalysis): RunLimits {
  const pot = setup.exposure.particlesOnTarget;
  const periods = setup.exposure.periods?.length ? setup.exposure.periods : [{ name: 'all', particlesOnTarget: pot }];
  const b = a.background.total.expected;
  const bUnc = Math.hypot(a.background.total.stat_err, a.background.total.syst_err);
  const observed = setup.result?.observed ?? poissonQuantile(b, 0.5);
  const observedSource = setup.result ? `the setup's published count (${setup.result.source ?? 'result.observed'})` : 'no data: the median background-only count';
  const band = [-2, -1, 0, 1, 2].map((k) => poissonQuantile(b, normalCdf(k, 0, 1)));
  const points: RunLimitPoint[] = [];
  for (const s of a.signal) {
    const sPerEps2 = pot * s.signal_per_eot;
    if (!(sPerEps2 > 0)) throw new EmissError('NUMERICAL', `signal at ${s.mass_GeV} GeV`, 'no simulated signal event passed the selection: no limit can be set', 'more signal events (--events, --scale)');
    const sigUnc = Math.min(0.9, s.signal_relative_error);
    const nUp = (n: number): number => clsUpperLimit({ observed: n, background: b, backgroundUncertainty: bUnc, signalRelativeUncertainty: sigUnc }, CL);
    const nObs = nUp(observed);
    const nExp = band.map(nUp);
    const eps = (n: number): number => Math.sqrt(n / sPerEps2);
    const y = (e: number): number => (e * e * ALPHA_D) / RATIO ** 4;
    const epsObs = eps(nObs);
    points.push({
      mass_GeV: s.mass_GeV,
      dm_mass_GeV: s.mass_GeV / RATIO,
      efficiency: s.efficiency,
      signal_per_eps2: sPerEps2,
      n_up_obs: nObs,
      n_up_exp: nExp,
      epsilon_obs: epsObs,
      epsilon_exp: nExp.map(eps),
      y_obs: y(epsObs),
      y_exp: nExp.map((n) => y(eps(n))),
      epsilon_semi_analytic: epsObs * Math.sqrt(s.yield_per_eot / s.yield_semi_analytic),
    });
  }
  // Observed counts per period: all in the largest period (the sum is what the counting uses).
  const largest = periods.reduce((m, p, i) => (p.particlesOnTarget > periods[m].particlesOnTarget ? i : m), 0);
  const periodRows = periods.map((p, i) => ({ name: p.name, particles_on_target: p.particlesOnTarget, observed: i === largest ? observed : 0 }));
  const ref = a.signal.reduce((best, s) => (s.signal_per_eot > best.signal_per_eot ? s : best), a.signal[0]);
  const workspace = workspaceFromCounting({
    channels: periodRows.map((p) => ({
      name: `box_${p.name.replace(/[^A-Za-z0-9_]/g, '_')}`,
      observed: p.observed,
      signal: WORKSPACE_EPSILON ** 2 * p.particles_on_target * ref.signal_per_eot,
      background: Math.max(b * (p.particles_on_target / pot), 1e-6),
      bkgUncertainty: bUnc * (p.particles_on_target / pot) || undefined,
      signalUncertainty: Math.min(0.9, ref.signal_relative_error),
    })),
  });
  const published = (setup.publishedLimits ?? []).map((key) => ({
    key,
    ratio_to_published: compareWithPublished(key, points.map((p) => p.mass_GeV), points.map((p) => p.epsilon_obs)),
  }));
  return {
    cl: CL,
    model: { alpha_D: ALPHA_D, ratio: RATIO, dm: 'complex-scalar', statistics: 'CLs, counting (exact Poisson with priors on the uncertainties)' },
    particles_on_target: pot,
    periods: periodRows,
    observed,
    observed_source: observedSource,
    background: { expected: b, uncertainty: bUnc, upper_68: a.background.sources.reduce((t, x) => t + x.upper_68, 0) },
    points,
    published,
    workspace,
    workspace_mass_GeV: ref.mass_GeV,
  };
}
