/**
 * The e± track-length spectrum of an electron (or positron) beam in a thick target from
 * analytic shower theory: the primary's degradation by Tsai's formula
 * (tsai-primary-track-length.ts), plus the secondary e± of the cascade in approximation B
 * (cascade-track-length.ts: the full cascade minus its primary-only solution).
 */
import { EmissError } from '../core/index.js';
import { cascadeTrackLength } from './cascade-track-length.js';
import { tsaiPrimaryLengthAbove } from './tsai-primary-track-length.js';
import { trackLengthSpectrum } from './track-length-spectrum.js';
import type { TrackLengthSpectrum } from './track-length-spectrum.js';

/** Options of {@link analyticTrackLength}. */
export interface AnalyticTrackLengthOptions {
  /** Beam energy E0 [GeV]. */
  beamEnergyGeV: number;
  /** Lowest energy of the spectrum [GeV] (e.g. the signal's energy cut). */
  minEnergyGeV: number;
  /** Target radiation length [cm] (converts X0 to cm). */
  radiationLengthCm: number;
  /** Target thickness [X0] (default 40, the NA64 ECAL). */
  thicknessX0?: number;
  /** Critical energy of the target [GeV] (ionization in approximation B). */
  criticalEnergyGeV: number;
  /** Beam particle (default 'electron'). */
  beam?: 'electron' | 'positron';
  /** Bin width in ln E (default 0.004). */
  logStep?: number;
}

/** The analytic e± (and photon) track-length spectrum per beam particle, in cm. */
export function analyticTrackLength(o: AnalyticTrackLengthOptions): TrackLengthSpectrum {
  const T = o.thicknessX0 ?? 40;
  if (!(o.radiationLengthCm > 0)) throw new EmissError('BAD_OPTION', 'radiationLengthCm', `${o.radiationLengthCm} must be > 0`, '> 0');
  const common = {
    beamEnergyGeV: o.beamEnergyGeV,
    minEnergyGeV: o.minEnergyGeV,
    thicknessX0: T,
    criticalEnergyGeV: o.criticalEnergyGeV,
    primary: o.beam ?? 'electron',
    logStep: o.logStep,
  } as const;
  const full = cascadeTrackLength(common);
  const primaryOnly = cascadeTrackLength({ ...common, pairProduction: false });
  const n = full.electronX0.length;
  const X0 = o.radiationLengthCm;
  const electronCm = new Float64Array(n);
  const positronCm = new Float64Array(n);
  const photonCm = new Float64Array(n);
  const primaryIsPositron = o.beam === 'positron';
  let above = tsaiPrimaryLengthAbove(o.beamEnergyGeV, full.edgesGeV[n], T);
  for (let k = n - 1; k >= 0; k--) {
    const g = tsaiPrimaryLengthAbove(o.beamEnergyGeV, full.edgesGeV[k], T);
    const tsai = g - above;
    above = g;
    const secE = Math.max(0, full.electronX0[k] - primaryOnly.electronX0[k]);
    const secP = Math.max(0, full.positronX0[k] - primaryOnly.positronX0[k]);
    electronCm[k] = X0 * (secE + (primaryIsPositron ? 0 : tsai));
    positronCm[k] = X0 * (secP + (primaryIsPositron ? tsai : 0));
    photonCm[k] = X0 * full.photonX0[k];
  }
  return trackLengthSpectrum({
    edgesGeV: full.edgesGeV,
    electronCm,
    positronCm,
    photonCm,
    origin: 'analytic: Tsai primary (Bethe–Heitler) + cascade secondaries in approximation B',
  });
}
