/**
 * The truth record of one simulated event: what was generated and what happened, one row of
 * the truth table (Parquet). Plain numeric fields, reset per event; the column list is
 * TRUTH_COLUMNS (kept in step with docs/sim.md).
 */

/** Truth of one event (reused object; numbers only). */
export class EventTruth {
  event = 0;
  /** Process code (index into the run's process list). */
  process = 0;
  /** Statistical weight of the event (biasing; 1 when unbiased). */
  weight = 1;
  beamSpecies = 0;
  beamEnergyGeV = 0;
  beamX = 0;
  beamY = 0;
  /** Time of the beam particle within the spill [ns] (pile-up). */
  beamTimeNs = 0;
  /** 1 if a second beam particle was overlaid (pile-up). */
  pileup = 0;
  // The new boson X (A′), when produced.
  xProduced = 0;
  xEnergyGeV = 0;
  xThetaRad = 0;
  xZCm = 0;
  /** Production mechanism: 0 none, 1 bremsstrahlung, 2 resonant annihilation, 3 muon bremsstrahlung. */
  xMechanism = 0;
  /** Species that radiated it (e−, e+, μ…). */
  xParentSpecies = -1;
  /** Decay: 0 invisible, 1 e+e− (visible), 2 semi-visible; −1 not decayed in the set-up. */
  xDecay = -1;
  xDecayZCm = 0;
  // Energy deposited per calorimeter role and per counter group [GeV], true (before the read-out).
  eEcal = 0;
  eEcalPre = 0;
  eHcal = 0;
  eVhcal = 0;
  eVeto = 0;
  eSrd = 0;
  eWcal = 0;
  /** Energy that left the set-up (through the back or the sides) [GeV], and in neutrinos/X. */
  eEscaped = 0;
  eInvisible = 0;
  // Flags and counts of physics processes, for the background studies.
  nNuclearInteractions = 0;
  /** 1 when a photon converted into μ+μ− (dimuon, "region I"). */
  dimuon = 0;
  /** 1 when a hadron decayed in flight (π, K → μν, eν). */
  decayInFlight = 0;
  /** Energy carried out of the ECAL by neutral hadrons (n, K⁰_L) [GeV]. */
  eNeutralHadronsOutOfEcal = 0;
  /** Number of particles transported. */
  nTracked = 0;

  /** Resets every field to its default. */
  reset(event: number): void {
    Object.assign(this, defaults());
    this.event = event;
  }
}

// The defaults are those of a fresh instance (created lazily, after the class is defined).
let DEFAULTS: Record<string, number> | undefined;
function defaults(): Record<string, number> {
  if (!DEFAULTS) DEFAULTS = { ...(new EventTruth() as unknown as Record<string, number>) };
  return DEFAULTS;
}

/** Column names of the truth table, in order. */
export const TRUTH_COLUMNS: readonly (keyof Omit<EventTruth, 'reset'>)[] = [
  'event', 'process', 'weight', 'beamSpecies', 'beamEnergyGeV', 'beamX', 'beamY', 'beamTimeNs', 'pileup',
  'xProduced', 'xEnergyGeV', 'xThetaRad', 'xZCm', 'xMechanism', 'xParentSpecies', 'xDecay', 'xDecayZCm',
  'eEcal', 'eEcalPre', 'eHcal', 'eVhcal', 'eVeto', 'eSrd', 'eWcal', 'eEscaped', 'eInvisible',
  'nNuclearInteractions', 'dimuon', 'decayInFlight', 'eNeutralHadronsOutOfEcal', 'nTracked',
];

/** Parquet column types of the truth table (integers for codes, flags and counts). */
export const TRUTH_COLUMN_TYPES: Readonly<Record<(typeof TRUTH_COLUMNS)[number], 'DOUBLE' | 'BIGINT' | 'INTEGER'>> = {
  event: 'BIGINT',
  process: 'INTEGER',
  weight: 'DOUBLE',
  beamSpecies: 'INTEGER',
  beamEnergyGeV: 'DOUBLE',
  beamX: 'DOUBLE',
  beamY: 'DOUBLE',
  beamTimeNs: 'DOUBLE',
  pileup: 'INTEGER',
  xProduced: 'INTEGER',
  xEnergyGeV: 'DOUBLE',
  xThetaRad: 'DOUBLE',
  xZCm: 'DOUBLE',
  xMechanism: 'INTEGER',
  xParentSpecies: 'INTEGER',
  xDecay: 'INTEGER',
  xDecayZCm: 'DOUBLE',
  eEcal: 'DOUBLE',
  eEcalPre: 'DOUBLE',
  eHcal: 'DOUBLE',
  eVhcal: 'DOUBLE',
  eVeto: 'DOUBLE',
  eSrd: 'DOUBLE',
  eWcal: 'DOUBLE',
  eEscaped: 'DOUBLE',
  eInvisible: 'DOUBLE',
  nNuclearInteractions: 'INTEGER',
  dimuon: 'INTEGER',
  decayInFlight: 'INTEGER',
  eNeutralHadronsOutOfEcal: 'DOUBLE',
  nTracked: 'INTEGER',
};
