/**
 * The expensive half of the explorer: per mediator mass, the number of bosons with
 * E_X > f·E0 produced per particle on target at ε = 1,
 *   Y(m) = Σ_j n_j ∫ dE (dL/dE) σ_j(E; E_X > f E0)
 * (BEST arXiv:0906.0580 eq. (9); Gninenko et al. arXiv:1604.08432 eq. (2)), computed by
 * sensitivity/brems-yield.ts. It does not depend on the particles on target, the background,
 * the efficiency, α_D or the mass ratio, so the page computes it once per beam/energy/mediator
 * and re-solves only the scaling when those change.
 */
import { EmissError, MUON_MASS, logSpace } from '../../../core/index.js';
import { BREMS_MASS_RANGE, atomDensities, bremsCrossSection, material } from '../../../physics/index.js';
import type { BremsMethod, MediatorKind } from '../../../physics/index.js';
import { bremsYield } from '../../../sensitivity/index.js';
import type { TrackLengthSpectrum } from '../../../sensitivity/index.js';
import type { ExplorerInputs } from './explorer-inputs.js';
import { leptonTrackLength } from './lepton-track-length.js';

/** The NA64 ECAL (Pb/Sc Shashlik) is the active target of every NA64 mode. */
export const EXPLORER_TARGET = 'NA64-ECAL';

/** Yields per particle on target at ε = 1 on a mass grid. */
export interface YieldTable {
  /** Mediator masses [GeV]. */
  massesGeV: Float64Array;
  /** Y(m): bosons with E_X above the threshold per particle on target, at ε = 1. */
  yieldPerParticle: Float64Array;
  /** Signal threshold on E_X [GeV]. */
  thresholdGeV: number;
  method: BremsMethod;
  /** Where the track length comes from. */
  spectrumOrigin: string;
}

/**
 * The mass grid of the inputs (log-spaced), capped at 3 GeV (BREMS_MASS_RANGE, the domain of
 * the cross sections) and at E0/2 (far below the kinematic limit E0 − m_ℓ).
 */
export function explorerMasses(i: Pick<ExplorerInputs, 'massMinGeV' | 'massMaxGeV' | 'nMasses' | 'beamEnergyGeV'>): Float64Array {
  const [lo, top] = BREMS_MASS_RANGE;
  if (!(i.massMinGeV >= lo && i.massMinGeV < top)) throw new EmissError('BAD_OPTION', 'lowest mass', `${i.massMinGeV} GeV is outside the cross sections' domain`, `${lo} to ${top} GeV`);
  if (!(i.massMaxGeV > i.massMinGeV)) throw new EmissError('BAD_OPTION', 'highest mass', `${i.massMaxGeV} GeV must exceed the lowest mass ${i.massMinGeV} GeV`, `> ${i.massMinGeV} GeV`);
  const hi = Math.min(i.massMaxGeV, top, 0.5 * i.beamEnergyGeV);
  return logSpace(i.massMinGeV, Math.max(hi, i.massMinGeV * 1.0001), Math.max(2, Math.round(i.nMasses)));
}

// The track length (~50 ms for e±) depends on neither the mediator nor the mass grid: the last few are kept.
const spectra = new Map<string, TrackLengthSpectrum>();
function cachedTrackLength(beam: ExplorerInputs['beam'], beamEnergyGeV: number, minEnergyGeV: number, thicknessX0: number): TrackLengthSpectrum {
  const key = [beam, beamEnergyGeV, minEnergyGeV, thicknessX0].join('|');
  let s = spectra.get(key);
  if (!s) {
    s = leptonTrackLength({ beam, beamEnergyGeV, minEnergyGeV, targetMaterial: EXPLORER_TARGET, thicknessX0 });
    if (spectra.size >= 8) spectra.delete(spectra.keys().next().value as string);
    spectra.set(key, s);
  }
  return s;
}

/** Computes the {@link YieldTable} for the yield-relevant part of the inputs. */
export function yieldTable(i: ExplorerInputs, method: BremsMethod): YieldTable {
  const thresholdGeV = i.thresholdFraction * i.beamEnergyGeV;
  const spectrum = cachedTrackLength(i.beam, i.beamEnergyGeV, thresholdGeV, i.thicknessX0);
  const target = material(EXPLORER_TARGET);
  const massesGeV = explorerMasses(i);
  const yieldPerParticle = new Float64Array(massesGeV.length);
  for (let k = 0; k < massesGeV.length; k++) {
    if (i.beam === 'mu-') {
      yieldPerParticle[k] = muonYield(spectrum.electronCm[0], i.beamEnergyGeV, massesGeV[k], thresholdGeV, method, i.mediator);
      continue;
    }
    yieldPerParticle[k] = bremsYield({
      spectrum,
      material: target,
      massGeV: massesGeV[k],
      minEnergyGeV: thresholdGeV,
      method,
      mediator: i.mediator,
      precision: 'fast',
    }).perParticle;
  }
  return { massesGeV, yieldPerParticle, thresholdGeV, method, spectrumOrigin: spectrum.origin };
}

/**
 * Thin-target muon yield Y = Σ_j n_j L σ_j(E0; E_X > E_cut) (Gninenko, Krasnikov, Matveev,
 * arXiv:1412.1400, eq. (2)): the muon keeps its energy through the target.
 */
function muonYield(lengthCm: number, beamEnergyGeV: number, massGeV: number, cutGeV: number, method: BremsMethod, mediator: MediatorKind): number {
  let sum = 0;
  for (const { element, atomsPerCm3 } of atomDensities(material(EXPLORER_TARGET))) {
    if (element.Z < 2) continue; // hydrogen: < 1e-3 of Σ n Z² in the NA64 ECAL (brems-yield.ts)
    const sigmaPb = bremsCrossSection({ method, beamEnergyGeV, massGeV, target: element, minEnergyGeV: cutGeV, mediator, precision: 'fast', leptonMassGeV: MUON_MASS });
    sum += atomsPerCm3 * lengthCm * sigmaPb * 1e-36;
  }
  return sum;
}
