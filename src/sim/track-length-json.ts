/**
 * The track-length file of a simulation run (`tracklength.json`, format emiss-tracklength/1):
 * the e± (and photon) path length per beam particle in the target elements, per energy bin,
 * as tallied by the transport (track-length-tally.ts). `emiss yield` and `emiss limit` read it
 * with `--track-length` instead of the analytic shower (src/sensitivity). Pure; the CLI reads
 * and writes the file.
 */
import { z } from 'zod';
import { EmissError } from '../core/index.js';

/** The file's version tag. */
export const TRACK_LENGTH_FORMAT = 'emiss-tracklength/1';

/** What the file holds. */
export interface TrackLengthTable {
  /** Names of the target elements the paths were counted in. */
  targetElements: string[];
  /** Beam particles simulated. */
  events: number;
  /** The simulated process (e.g. 'beam', 'signal'). */
  process?: string;
  /**
   * True when the run forced rare processes in the e± shower (signal emission with bias factor
   * B > 1): an electron that emitted lost E_X, so the tally undercounts the unbiased shower's
   * high-energy path (a 20 MeV signal run: 0.48 cm above 50 GeV against 1.05 cm unbiased).
   * Such a tally must not be used for yields.
   */
  biased?: boolean;
  /** e±/γ tracking cut of the run [GeV]: below it the bins are empty (particles not followed). */
  trackingCutGeV: number;
  /** Bin edges [GeV], increasing. */
  edgesGeV: Float64Array;
  /** Path length per beam particle per bin [cm]. */
  electronCm: Float64Array;
  positronCm: Float64Array;
  photonCm: Float64Array;
}

const finite = z.number().finite().nonnegative();
const schema = z
  .object({
    format: z.literal(TRACK_LENGTH_FORMAT),
    description: z.string().optional(),
    target_elements: z.array(z.string()),
    events: z.number().int().positive(),
    process: z.string().optional(),
    biased: z.boolean().optional(),
    tracking_cut_GeV: finite,
    edges_GeV: z.array(finite).min(2),
    electron_cm: z.array(finite),
    positron_cm: z.array(finite),
    photon_cm: z.array(finite),
  })
  .strict();

/** Serializes a table as the file's JSON text. */
export function trackLengthToJson(t: TrackLengthTable): string {
  return JSON.stringify({
    format: TRACK_LENGTH_FORMAT,
    description: 'e± (and photon) path length in the target elements per beam particle, per energy bin [cm]; empty below the tracking cut',
    target_elements: t.targetElements,
    events: t.events,
    ...(t.process === undefined ? {} : { process: t.process }),
    ...(t.biased === undefined ? {} : { biased: t.biased }),
    tracking_cut_GeV: t.trackingCutGeV,
    edges_GeV: Array.from(t.edgesGeV),
    electron_cm: Array.from(t.electronCm),
    positron_cm: Array.from(t.positronCm),
    photon_cm: Array.from(t.photonCm),
  });
}

/** Parses and checks the file's text; errors (BAD_FILE) name the file and the key. */
export function trackLengthFromJson(text: string, fileName = 'tracklength.json'): TrackLengthTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new EmissError('BAD_FILE', fileName, `not valid JSON (${(e as Error).message})`, 'the tracklength.json written by emiss sim');
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new EmissError('BAD_FILE', `${fileName}: ${issue.path.join('.') || '(top level)'}`, issue.message, 'the tracklength.json written by emiss sim');
  }
  const d = r.data;
  const n = d.edges_GeV.length - 1;
  for (const key of ['electron_cm', 'positron_cm', 'photon_cm'] as const) {
    if (d[key].length !== n) throw new EmissError('BAD_FILE', `${fileName}: ${key}`, `has ${d[key].length} values for ${n} bins`, `${n} values, one per bin of edges_GeV`);
  }
  for (let k = 0; k < n; k++) {
    if (!(d.edges_GeV[k + 1] > d.edges_GeV[k])) throw new EmissError('BAD_FILE', `${fileName}: edges_GeV[${k + 1}]`, 'edges must increase strictly');
  }
  return {
    targetElements: d.target_elements,
    events: d.events,
    ...(d.process === undefined ? {} : { process: d.process }),
    ...(d.biased === undefined ? {} : { biased: d.biased }),
    trackingCutGeV: d.tracking_cut_GeV,
    edgesGeV: Float64Array.from(d.edges_GeV),
    electronCm: Float64Array.from(d.electron_cm),
    positronCm: Float64Array.from(d.positron_cm),
    photonCm: Float64Array.from(d.photon_cm),
  };
}
