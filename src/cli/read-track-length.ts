/** Reading a simulation's tracklength.json as the e± track-length spectrum of the yield calculation. */
import { readFileSync } from 'node:fs';
import { EmissError } from '../core/index.js';
import type { TrackLengthSpectrum } from '../sensitivity/index.js';
import { trackLengthSpectrum } from '../sensitivity/index.js';
import { trackLengthFromJson } from '../sim/index.js';

/**
 * Reads `path` (written by `emiss sim`) and returns its e± spectrum; the yield must not need
 * energies below the run's tracking cut, where the tally is empty (checked against `minEnergyGeV`).
 */
export function readTrackLength(path: string, minEnergyGeV: number, where = '--track-length'): TrackLengthSpectrum {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new EmissError('BAD_FILE', `${where} ${path}`, `cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'the tracklength.json of an emiss sim run');
  }
  const t = trackLengthFromJson(text, path);
  if (t.biased === true) {
    throw new EmissError('BAD_OPTION', where, `${path} comes from a biased '${t.process ?? 'signal'}' run, whose forced emissions shorten the e± tracks`, 'the tracklength.json of an emiss sim --process beam run');
  }
  if (t.trackingCutGeV > minEnergyGeV) {
    throw new EmissError('BAD_OPTION', where, `${path} was tallied with a tracking cut of ${t.trackingCutGeV} GeV, above the energy cut ${minEnergyGeV} GeV of the yield`, `a run with --tracking-cut ≤ ${minEnergyGeV}`);
  }
  return trackLengthSpectrum({ edgesGeV: t.edgesGeV, electronCm: t.electronCm, positronCm: t.positronCm, photonCm: t.photonCm, origin: `simulation: ${path} (${t.events} beam particles, ${t.targetElements.join(', ')})` });
}
