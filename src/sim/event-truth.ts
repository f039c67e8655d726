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

  /** Resets every field to its default (field by field: this runs once per event). */
  reset(event: number): void {
    this.event = event;
    this.process = 0;
    this.weight = 1;
    this.beamSpecies = 0;
    this.beamEnergyGeV = 0;
    this.beamX = 0;
    this.beamY = 0;
    this.beamTimeNs = 0;
    this.pileup = 0;
    this.xProduced = 0;
    this.xEnergyGeV = 0;
    this.xThetaRad = 0;
    this.xZCm = 0;
    this.xMechanism = 0;
    this.xParentSpecies = -1;
    this.xDecay = -1;
    this.xDecayZCm = 0;
    this.eEcal = 0;
    this.eEcalPre = 0;
    this.eHcal = 0;
    this.eVhcal = 0;
    this.eVeto = 0;
    this.eSrd = 0;
    this.eWcal = 0;
    this.eEscaped = 0;
    this.eInvisible = 0;
    this.nNuclearInteractions = 0;
    this.dimuon = 0;
    this.decayInFlight = 0;
    this.eNeutralHadronsOutOfEcal = 0;
    this.nTracked = 0;
  }

  /** Writes the fields into row `row` of the columns, in TRUTH_COLUMNS order (checked by a test). */
  writeRow(cols: readonly Float64Array[], row: number): void {
    cols[0][row] = this.event;
    cols[1][row] = this.process;
    cols[2][row] = this.weight;
    cols[3][row] = this.beamSpecies;
    cols[4][row] = this.beamEnergyGeV;
    cols[5][row] = this.beamX;
    cols[6][row] = this.beamY;
    cols[7][row] = this.beamTimeNs;
    cols[8][row] = this.pileup;
    cols[9][row] = this.xProduced;
    cols[10][row] = this.xEnergyGeV;
    cols[11][row] = this.xThetaRad;
    cols[12][row] = this.xZCm;
    cols[13][row] = this.xMechanism;
    cols[14][row] = this.xParentSpecies;
    cols[15][row] = this.xDecay;
    cols[16][row] = this.xDecayZCm;
    cols[17][row] = this.eEcal;
    cols[18][row] = this.eEcalPre;
    cols[19][row] = this.eHcal;
    cols[20][row] = this.eVhcal;
    cols[21][row] = this.eVeto;
    cols[22][row] = this.eSrd;
    cols[23][row] = this.eWcal;
    cols[24][row] = this.eEscaped;
    cols[25][row] = this.eInvisible;
    cols[26][row] = this.nNuclearInteractions;
    cols[27][row] = this.dimuon;
    cols[28][row] = this.decayInFlight;
    cols[29][row] = this.eNeutralHadronsOutOfEcal;
    cols[30][row] = this.nTracked;
  }
}

/** Column names of the truth table, in order. */
export const TRUTH_COLUMNS: readonly (keyof Omit<EventTruth, 'reset' | 'writeRow'>)[] = [
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
