/**
 * The track-length spectrum of the beam lepton in the target, per particle on target:
 *  - e− / e+: the analytic shower (sensitivity/analytic-track-length.ts: Tsai's primary plus
 *    the cascade's secondaries in approximation B), from the threshold up to E0;
 *  - μ−: the muon does not shower and loses ≲ 0.3% of 160 GeV by ionization in 40 X0 of the
 *    NA64 ECAL, so it is one bin at E0 holding the thickness (the thin-target yield
 *    N/MOT = n σ(E0) L of Gninenko, Krasnikov, Matveev, arXiv:1412.1400, eq. (2)).
 */
import { material } from '../../../physics/index.js';
import { analyticTrackLength, trackLengthSpectrum } from '../../../sensitivity/index.js';
import type { TrackLengthSpectrum } from '../../../sensitivity/index.js';
import type { ExplorerBeam } from './explorer-inputs.js';

/** Options of {@link leptonTrackLength}. */
export interface LeptonTrackLengthOptions {
  beam: ExplorerBeam;
  beamEnergyGeV: number;
  /** Lowest energy of interest [GeV] (the signal threshold). */
  minEnergyGeV: number;
  /** Target material name (physics/materials) and thickness [X0]. */
  targetMaterial: string;
  thicknessX0: number;
}

/** e± or μ track length [cm] per beam particle, binned in energy [GeV]. */
export function leptonTrackLength(o: LeptonTrackLengthOptions): TrackLengthSpectrum {
  const t = material(o.targetMaterial);
  if (o.beam === 'mu-') {
    // One bin [E0(1 − 1e-3), E0]: the muon's energy loss in the target is neglected.
    const lengthCm = o.thicknessX0 * t.radiationLengthCm;
    return trackLengthSpectrum({
      edgesGeV: Float64Array.of(o.beamEnergyGeV * (1 - 1e-3), o.beamEnergyGeV),
      electronCm: Float64Array.of(lengthCm),
      positronCm: Float64Array.of(0),
      photonCm: Float64Array.of(0),
      origin: `muon at E0 through ${o.thicknessX0} X0 (no energy loss)`,
    });
  }
  return analyticTrackLength({
    beamEnergyGeV: o.beamEnergyGeV,
    minEnergyGeV: o.minEnergyGeV,
    radiationLengthCm: t.radiationLengthCm,
    criticalEnergyGeV: t.criticalEnergy,
    thicknessX0: o.thicknessX0,
    beam: o.beam === 'e+' ? 'positron' : 'electron',
  });
}
