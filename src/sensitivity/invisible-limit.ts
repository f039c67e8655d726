/**
 * 90% CL exclusion of an invisibly decaying dark photon by a missing-energy experiment:
 * the ε (and y = ε²α_D(m_χ/m_A′)⁴) above which more than the CLs upper limit of signal events
 * would have been seen,
 *   N_sig(ε) = N_EOT · Y(m_A′) ε² · η(m_A′) · B(A′ → χχ̄) ≤ N_90,
 * with Y the yield per EOT at ε = 1 (brems-yield.ts) for E_A′ > E0 − E_ECAL,max, η the signal
 * efficiency and N_90 from the observed events and expected background (stats: CLs).
 * B(A′ → χχ̄) depends on ε; it is solved for by fixed-point iteration (it is 1 to < 1e-6 for
 * α_D = 0.5 where the invisible channel is open). NA64: arXiv:1906.00176 eq. (1);
 * Gninenko et al. arXiv:1604.08432.
 */
import { EmissError } from '../core/index.js';
import { darkPhotonBranchingRatios, material } from '../physics/index.js';
import type { BremsMethod, BremsPrecision, DarkMatterType } from '../physics/index.js';
import type { SetupWithResult } from '../setup/index.js';
import { clsUpperLimit } from '../stats/index.js';
import { analyticTrackLength } from './analytic-track-length.js';
import { bremsYield } from './brems-yield.js';
import { signalEfficiency } from './signal-efficiency.js';
import type { TrackLengthSpectrum } from './track-length-spectrum.js';

/** Options of {@link invisibleLimit}. */
export interface InvisibleLimitOptions {
  setup: SetupWithResult;
  /** A′ masses [GeV]. */
  massesGeV: readonly number[];
  /** Dark-matter type for B(A′ → χχ̄) and the meaning of y (default 'complex-scalar'). */
  dm?: DarkMatterType;
  /** Dark coupling α_D (default 0.5). */
  alphaD?: number;
  /** m_A′/m_χ (default 3). */
  ratio?: number;
  /** Confidence level (default 0.9). */
  cl?: number;
  /** Cross-section approximation (default: the setup's). */
  method?: BremsMethod;
  precision?: BremsPrecision;
  /** e± track length; default: analytic shower theory in the setup's target. */
  spectrum?: TrackLengthSpectrum;
}

/** One mass point of the limit. */
export interface LimitPoint {
  mass_GeV: number;
  /** 90% CL upper limit on ε (at the requested CL). */
  epsilon_90: number;
  /** The same as y = ε²α_D(m_χ/m_A′)⁴. */
  y_90: number;
  /** m_χ = m_A′/ratio [GeV]. */
  dm_mass_GeV: number;
  /** A′ with E_A′ above the cut per EOT at ε = 1. */
  yield_per_eot: number;
  /** Signal efficiency used. */
  efficiency: number;
  /** B(A′ → χχ̄) at ε_90. */
  branching_invisible: number;
}

/** The limit curve and what it was computed from. */
export interface InvisibleLimit {
  points: LimitPoint[];
  /** Upper limit on the number of signal events. */
  signal_events_90: number;
  particles_on_target: number;
  energy_cut_GeV: number;
  cl: number;
  alpha_D: number;
  ratio: number;
  dm: DarkMatterType;
  method: BremsMethod;
  spectrum_origin: string;
}

/** Computes the exclusion curve; see the module comment. */
export function invisibleLimit(o: InvisibleLimitOptions): InvisibleLimit {
  const { setup } = o;
  const dm = o.dm ?? 'complex-scalar';
  const alphaD = o.alphaD ?? 0.5;
  const ratio = o.ratio ?? 3;
  const cl = o.cl ?? 0.9;
  const method = o.method ?? setup.signal.crossSection;
  if (setup.beam.particle !== 'e-' && setup.beam.particle !== 'e+') {
    throw new EmissError('BAD_OPTION', 'beam.particle', `invisible-mode limits from bremsstrahlung are computed for electron and positron beams, not '${setup.beam.particle}'`, 'e-, e+');
  }
  if (!(alphaD > 0)) throw new EmissError('BAD_OPTION', 'alphaD', `${alphaD} must be > 0`, '> 0');
  if (!(ratio > 2)) throw new EmissError('BAD_OPTION', 'ratio', `m_A′/m_χ = ${ratio} must exceed 2 for A′ → χχ̄ to be open`, '> 2');
  const E0 = setup.beam.energyGeV;
  const Ecut = E0 - setup.signal.maxEcalEnergyGeV;
  if (!(Ecut > 0)) throw new EmissError('BAD_OPTION', 'signal.maxEcalEnergyGeV', `${setup.signal.maxEcalEnergyGeV} GeV leaves no energy for the A′ of a ${E0} GeV beam`, `< ${E0} GeV`);
  const target = material(setup.target.material);
  const spectrum =
    o.spectrum ??
    analyticTrackLength({
      beamEnergyGeV: E0,
      minEnergyGeV: Ecut,
      radiationLengthCm: target.radiationLengthCm,
      criticalEnergyGeV: target.criticalEnergy,
      thicknessX0: setup.target.thicknessX0,
      beam: setup.beam.particle === 'e+' ? 'positron' : 'electron',
    });
  const nUp = clsUpperLimit(
    {
      observed: setup.result.observed,
      background: setup.result.background,
      backgroundUncertainty: setup.result.backgroundUncertainty,
      signalRelativeUncertainty: setup.signal.efficiency.relativeUncertainty,
    },
    cl,
  );
  const eff = signalEfficiency(setup.signal.efficiency);
  const N = setup.exposure.particlesOnTarget;
  const points: LimitPoint[] = o.massesGeV.map((m) => {
    const y1 = bremsYield({ spectrum, material: target, massGeV: m, minEnergyGeV: Ecut, method, precision: o.precision ?? 'fast' }).perParticle;
    const e = eff(m);
    const dark = { dm, dmMassGeV: m / ratio, alphaD };
    let br = 1;
    let eps = Math.sqrt(nUp / (N * y1 * e));
    for (let it = 0; it < 5; it++) {
      br = darkPhotonBranchingRatios(m, eps, dark).invisible;
      eps = Math.sqrt(nUp / (N * y1 * e * br));
    }
    if (!Number.isFinite(eps) || !(eps > 0)) throw new EmissError('NUMERICAL', `limit at m = ${m} GeV`, `ε_90 = ${eps} (yield ${y1}, efficiency ${e}, B = ${br})`);
    return {
      mass_GeV: m,
      epsilon_90: eps,
      y_90: (eps * eps * alphaD) / ratio ** 4,
      dm_mass_GeV: m / ratio,
      yield_per_eot: y1,
      efficiency: e,
      branching_invisible: br,
    };
  });
  return {
    points,
    signal_events_90: nUp,
    particles_on_target: N,
    energy_cut_GeV: Ecut,
    cl,
    alpha_D: alphaD,
    ratio,
    dm,
    method,
    spectrum_origin: spectrum.origin,
  };
}
