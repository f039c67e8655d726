/**
 * The named processes of the simulation (`emiss sim --process …`; `--list-processes`). Each
 * says which beam particles to draw and which rare channel to force; the event weight makes
 * Σ w / N the number of such events per beam particle (EOT for electron beams).
 */

/** A process name. */
export type ProcessName =
  | 'beam'
  | 'signal'
  | 'signal-resonant'
  | 'signal-muon'
  | 'hadrons'
  | 'electronuclear'
  | 'dimuon'
  | 'pileup'
  | 'decay-in-flight'
  | 'low-energy-tail';

/** What a process does. */
export interface ProcessInfo {
  name: ProcessName;
  kind: 'signal' | 'background' | 'beam';
  description: string;
  /** Needs the boson mass (--mass). */
  needsMass: boolean;
}

/** All processes, in the order of `--list-processes`. */
export const PROCESSES: readonly ProcessInfo[] = [
  { name: 'beam', kind: 'beam', needsMass: false, description: 'the beam as configured: nominal particles, contaminations, low-energy tail and pile-up at the configured intensity (standard-model events, weight 1)' },
  { name: 'signal', kind: 'signal', needsMass: true, description: 'new boson X (dark photon by default) radiated by e± in the target (exact tree level), biased to one emission per event; decays per --decay' },
  { name: 'signal-resonant', kind: 'signal', needsMass: true, description: 'X from resonant annihilation of shower positrons on atomic electrons, e+e− → X (arXiv:1802.03794), biased' },
  { name: 'signal-muon', kind: 'signal', needsMass: true, description: 'X (Z′ or A′) radiated by muons of a muon beam in the target, biased' },
  { name: 'hadrons', kind: 'background', needsMass: false, description: 'only the hadron and muon contamination of the beam (π−, K−, p, μ−), weighted by its fraction' },
  { name: 'electronuclear', kind: 'background', needsMass: false, description: 'photo-nuclear reactions of shower photons in the ECAL with leading neutral hadrons, biased to one per event' },
  { name: 'dimuon', kind: 'background', needsMass: false, description: 'μ+μ− pair production by shower photons in the ECAL (the "region I" benchmark), biased to one per event' },
  { name: 'pileup', kind: 'background', needsMass: false, description: 'two beam particles in the same read-out window ("region III"), weighted by the probability at the configured intensity' },
  { name: 'decay-in-flight', kind: 'background', needsMass: false, description: 'beam π− and K− decaying upstream into e− ν (or μ ν), decays forced and weighted' },
  { name: 'low-energy-tail', kind: 'background', needsMass: false, description: 'beam electrons from the low-energy tail of the momentum spectrum, weighted by its fraction' },
];

/** The process with this name, or undefined. */
export function processInfo(name: string): ProcessInfo | undefined {
  return PROCESSES.find((p) => p.name === name);
}
