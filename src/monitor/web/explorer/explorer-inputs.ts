/**
 * The inputs of the sensitivity explorer: everything the user can change on the page, with
 * units in the names. Split in two groups by cost: what the yield table (track length × σ(E)
 * per mass) depends on, and what only re-solves the scaling N_sig = N · Y ε² η B ≤ N_90.
 */
import type { DarkMatterType, MediatorKind } from '../../../physics/index.js';

/** Beam particles of the explorer. */
export type ExplorerBeam = 'e-' | 'e+' | 'mu-';

/** All beam choices, for the page's select. */
export const EXPLORER_BEAMS: readonly ExplorerBeam[] = ['e-', 'e+', 'mu-'];

/** The explorer's state. */
export interface ExplorerInputs {
  /** Boson coupling to the beam lepton (vector = dark photon). */
  mediator: MediatorKind;
  /** Dark-matter type: B(A′ → χχ̄) and the meaning of y (vector mediator only). */
  dm: DarkMatterType;
  beam: ExplorerBeam;
  /** Beam energy E0 [GeV] (1–1000, the domain of the cross sections). */
  beamEnergyGeV: number;
  /** Signal threshold as a fraction of E0: E_X > f·E0 (NA64e: 50/100, NA64μ: 80/160 → 0.5). */
  thresholdFraction: number;
  /** Target thickness [X0] (NA64 ECAL: 40). */
  thicknessX0: number;
  /** Particles on target (EOT/MOT). */
  particlesOnTarget: number;
  /** Observed events in the signal box. */
  observed: number;
  /** Expected background [events] and its absolute uncertainty. */
  background: number;
  backgroundUncertainty: number;
  /** Signal efficiency (flat in mass) and its relative uncertainty. */
  efficiency: number;
  efficiencyRelUncertainty: number;
  /** Dark coupling α_D. */
  alphaD: number;
  /** m_A′/m_χ (> 2). */
  ratio: number;
  /** Confidence level. */
  cl: number;
  /** Mass grid: lowest, highest mediator mass [GeV] and number of log-spaced points. */
  massMinGeV: number;
  massMaxGeV: number;
  nMasses: number;
}

/** NA64e 2016–2022 (configs/na64e-2016-2022.yaml: 9.37e11 EOT, 0 observed, 0.5 ± 0.2, η = 0.6 ± 15%). */
export const DEFAULT_INPUTS: Readonly<ExplorerInputs> = {
  mediator: 'vector',
  dm: 'complex-scalar',
  beam: 'e-',
  beamEnergyGeV: 100,
  thresholdFraction: 0.5,
  thicknessX0: 40,
  particlesOnTarget: 9.37e11,
  observed: 0,
  background: 0.5,
  backgroundUncertainty: 0.2,
  efficiency: 0.6,
  efficiencyRelUncertainty: 0.15,
  alphaD: 0.5,
  ratio: 3,
  cl: 0.9,
  massMinGeV: 1e-3,
  massMaxGeV: 1,
  nMasses: 30,
};

/** The part of the inputs the yield table depends on, as a cache key. */
export function yieldKey(i: ExplorerInputs, method: string): string {
  return [i.mediator, i.beam, i.beamEnergyGeV, i.thresholdFraction, i.thicknessX0, i.massMinGeV, i.massMaxGeV, i.nMasses, method].join('|');
}

/** The part the relic targets depend on, as a cache key. */
export function relicKey(i: ExplorerInputs): string {
  return [i.ratio, i.alphaD, i.massMinGeV, i.massMaxGeV].join('|');
}
