/**
 * The differential track length of e−, e+ (and photons) in a target, per incident particle:
 * the quantity a thick-target yield is built from, N/EOT = Σ_j n_j ∫ dE σ_j(E) dL/dE
 * (BEST, arXiv:0906.0580, eq. (9); Gninenko et al., arXiv:1604.08432, eq. (2)).
 *
 * It is a histogram in energy: bin k spans [edgesGeV[k], edgesGeV[k+1]] and holds the summed
 * path length [cm] travelled by particles of that energy, per incident particle. The analytic
 * shower theory (analytic-track-length.ts) and the simulation's tally both produce it.
 */
import { EmissError } from '../core/index.js';

/** A track-length histogram per incident particle. */
export interface TrackLengthSpectrum {
  /** Bin edges [GeV], strictly increasing (n + 1 values). */
  readonly edgesGeV: Float64Array;
  /** Electron path length per bin [cm]. */
  readonly electronCm: Float64Array;
  /** Positron path length per bin [cm]. */
  readonly positronCm: Float64Array;
  /** Photon path length per bin [cm] (zeros where not computed). */
  readonly photonCm: Float64Array;
  /** Where the spectrum comes from ('analytic: Tsai primary + approximation B', 'simulation: …'). */
  readonly origin: string;
}

/** Validates the arrays of a spectrum and returns it; throws BAD_OPTION naming the bad field. */
export function trackLengthSpectrum(s: TrackLengthSpectrum): TrackLengthSpectrum {
  const n = s.edgesGeV.length - 1;
  if (n < 1) throw new EmissError('BAD_OPTION', 'trackLengthSpectrum.edgesGeV', 'needs at least two edges');
  for (let k = 0; k < n; k++) {
    if (!(s.edgesGeV[k + 1] > s.edgesGeV[k]) || !(s.edgesGeV[k] >= 0)) {
      throw new EmissError('BAD_OPTION', 'trackLengthSpectrum.edgesGeV', `edges must be ≥ 0 and increase strictly (at index ${k})`);
    }
  }
  for (const key of ['electronCm', 'positronCm', 'photonCm'] as const) {
    const a = s[key];
    if (a.length !== n) throw new EmissError('BAD_OPTION', `trackLengthSpectrum.${key}`, `has ${a.length} bins, the edges define ${n}`);
    for (let k = 0; k < n; k++) {
      if (!(a[k] >= 0) || !Number.isFinite(a[k])) throw new EmissError('BAD_OPTION', `trackLengthSpectrum.${key}`, `bin ${k} is ${a[k]}; track lengths are finite and ≥ 0`);
    }
  }
  return s;
}

/** Total e± path length [cm] with energy above E [GeV] (linear within the bin that contains E). */
export function leptonTrackLengthAbove(s: TrackLengthSpectrum, energyGeV: number): number {
  let sum = 0;
  const n = s.electronCm.length;
  for (let k = 0; k < n; k++) {
    const lo = s.edgesGeV[k];
    const hi = s.edgesGeV[k + 1];
    if (hi <= energyGeV) continue;
    const frac = lo >= energyGeV ? 1 : (hi - energyGeV) / (hi - lo);
    sum += frac * (s.electronCm[k] + s.positronCm[k]);
  }
  return sum;
}
