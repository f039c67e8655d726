/**
 * One run of the simulation, as seen by one worker: the geometry, the transport modules, the
 * digitizer and the signal generator, built once; `simulateChunk(first, count)` then produces
 * the encoded raw records, the truth columns and the track-length tally of events
 * first … first + count − 1. Every event depends only on (seed, event number), so the output of a
 * run is the same whatever the chunking and the number of workers.
 */
import { EmissError, RandomStream } from '../core/index.js';
import { RawEncoder, RawEvent, encodeFileHeader } from '../daq/index.js';
import { darkPhotonWidths, material } from '../physics/index.js';
import type { BremsMethod, DarkMatterType, MediatorKind } from '../physics/index.js';
import type { Setup } from '../setup/index.js';
import { analyticTrackLength, bremsYield } from '../sensitivity/index.js';
import { beamModel, drawBeamParticle } from './beam.js';
import type { BeamModel } from './beam.js';
import { createTransportContext } from './create-context.js';
import { createEmTransport } from './em/em-transport.js';
import { muonPairRate } from './em/muon-pair-rate.js';
import { TRUTH_COLUMNS } from './event-truth.js';
import { createHadronTransport, electronuclearHook, photonuclearHook, photonuclearRate } from './hadron/index.js';
import { createMuonTransport } from './muon/index.js';
import { ParticleState } from './particle-stack.js';
import { createPassiveTransport } from './passive/index.js';
import type { BiasedPassiveTransport } from './passive/index.js';
import { processInfo } from './processes.js';
import type { ProcessName } from './processes.js';
import { createDigitizer, trueCalibration } from './response/index.js';
import type { Digitizer, TrueCalibration } from './response/index.js';
import { ElementKind, buildGeometry } from './sim-geometry.js';
import type { SimElement, SimGeometry } from './sim-geometry.js';
import { buildEmissionTable, emissionRate } from './signal/emission-table.js';
import type { EmissionTable } from './signal/emission-table.js';
import { createSignalGenerator } from './signal/signal-generator.js';
import type { SignalGenerator } from './signal/signal-generator.js';
import { visibleLifetimeNs } from './signal/x-decay.js';
import type { XDecayMode, XDecaySpec } from './signal/x-decay.js';
import { MUON_MASS, ELECTRON_MASS } from '../core/index.js';
import { Species } from './species.js';
import { TrackLengthTally } from './track-length-tally.js';
import { transportAll } from './transport.js';
import type { TransportContext } from './transport-context.js';

/** Default e±/γ tracking cut [GeV] (setup.simulation.trackingCutGeV; the choice: docs/sim.md). */
export const DEFAULT_TRACKING_CUT_GEV = 5;

/** Lowest resonance energy E_R for signal-resonant [GeV]: below, tracking positrons to E_R/2 costs too much. */
const RESONANCE_MIN_GEV = 0.1;

/** Everything that defines a run (the same in every worker). */
export interface SimulationConfig {
  setup: Setup;
  fileName: string;
  process: ProcessName;
  seed: number;
  runNumber: number;
  /** 32-byte hash of the setup text (raw file header). */
  setupHash: Uint8Array;
  /** Boson mass [GeV] (signal processes). */
  massGeV?: number;
  mediator?: MediatorKind;
  method?: BremsMethod;
  decay?: XDecayMode;
  /** Coupling for decay lengths of visible decays (yields are at ε = 1 and scale as ε²). */
  epsilon?: number;
  dm?: DarkMatterType;
  alphaD?: number;
  ratio?: number;
  /** Lowest boson energy generated [GeV] (default: E0 − E_ECAL,max − 10 GeV, or E0/2). */
  signalMinEnergyGeV?: number;
  /** Overrides the setup's tracking cut [GeV]. */
  trackingCutGeV?: number;
  /** Desired mean number of forced rare interactions per event (default 3). */
  biasTarget?: number;
}

/** What a chunk produces. */
export interface ChunkResult {
  first: number;
  count: number;
  /** Encoded raw records, in event order. */
  raw: Uint8Array;
  /** Truth columns (TRUTH_COLUMNS order), `count` values each. */
  truth: Float64Array[];
  /** Track-length tally of the chunk (cm, summed over its events). */
  tally: { electron: Float64Array; positron: Float64Array; photon: Float64Array };
}

/** Facts about a run, for the summary and the output metadata. */
export interface RunInfo {
  process: ProcessName;
  biasFactor: number;
  expectedPerEvent: number;
  trackingCutGeV: number;
  signalMinEnergyGeV: number;
  tallyEdgesGeV: number[];
  targetElements: string[];
  /** Weight the process's events carry for drawing a part of the beam only. */
  beamFraction: number;
}

const EVENTS_PER_SPILL = 10000;
const SPS_CYCLE_NS = 16.8e9;

/** A run for one worker. */
export class SimulationRun {
  readonly geometry: SimGeometry;
  readonly calibration: TrueCalibration;
  readonly info: RunInfo;
  private readonly ctx: TransportContext;
  /** The digitizer; after an event, `digitizer.lastVisibleEnergy` holds what each element saw (validation scripts read it). */
  readonly digitizer: Digitizer;
  private readonly encoder = new RawEncoder();
  /** Size of the last encoded record [bytes], to size the next chunk buffer. */
  private lastRecordBytes = 4096;
  private readonly raw = new RawEvent();
  private readonly beam: BeamModel;
  private readonly passive: BiasedPassiveTransport;
  private readonly signal: SignalGenerator | null;
  private readonly p = new ParticleState();
  private readonly digiRng = new RandomStream(0, 0, 1);
  private readonly tally: TrackLengthTally;
  private readonly pileupMean: number;
  private readonly windowNs: number;
  private readonly triggerNs: number;
  private readonly ecal: number;
  private readonly ecalPreCells: Int32Array;
  /** Per element: which truth energy it adds to (ROLE_*). */
  private readonly roleCodes: Int8Array;

  constructor(readonly config: SimulationConfig) {
    const { setup } = config;
    const info = processInfo(config.process);
    if (!info) throw new EmissError('UNKNOWN_NAME', '--process', `unknown process '${config.process}'`, 'see emiss sim --list-processes');
    this.geometry = buildGeometry(setup, config.fileName);
    const g = this.geometry;
    this.roleCodes = Int8Array.from(g.elements, roleCode);
    const E0 = setup.beam.energyGeV;
    const signalMin = config.signalMinEnergyGeV ?? (setup.signal ? Math.max(E0 - setup.signal.maxEcalEnergyGeV - 10, 0.01) : E0 / 2);
    // The tracking cut: the setup's (default 5 GeV, docs/sim.md), lowered where a signal needs
    // tracked leptons below it: brems emitters above the lowest X energy generated, positrons
    // at half the resonance energy E_R = m²/2mₑ.
    let trackingCutGeV = config.trackingCutGeV ?? setup.simulation?.trackingCutGeV ?? DEFAULT_TRACKING_CUT_GEV;
    if (info.needsMass && config.massGeV !== undefined) {
      const eRes = (config.massGeV * config.massGeV) / (2 * ELECTRON_MASS);
      trackingCutGeV = Math.min(trackingCutGeV, config.process === 'signal-resonant' ? 0.5 * eRes : signalMin);
    }
    this.passive = createPassiveTransport();
    this.ctx = createTransportContext(g, { trackingCutGeV, hadronCutGeV: 0.05 }, {
      em: createEmTransport(photonuclearHook, electronuclearHook),
      muon: createMuonTransport(),
      hadron: createHadronTransport(),
      passive: this.passive,
    });
    this.calibration = trueCalibration(g, config.seed);
    this.digitizer = createDigitizer(g, setup, this.calibration);
    this.beam = beamModel(setup);
    // Target elements: the calorimeters made of the setup's target material (else the ECAL).
    let targets = g.elements.filter((e) => e.kind === ElementKind.Calorimeter && e.material?.name === material(setup.target.material).name);
    if (targets.length === 0) targets = g.elements.filter((e) => e.role === 'ecal');
    this.tally = new TrackLengthTally(Math.min(1, E0 / 10), E0 * 1.1, 220, g.elements.length, targets.map((t) => t.index));
    this.ctx.tally = this.tally;
    const sim = setup.simulation;
    this.windowNs = (sim?.adcSamples ?? 32) * (sim?.adcSampleNs ?? 12.5);
    this.triggerNs = sim?.triggerTimeNs ?? 100;
    this.pileupMean = (this.beam.particlesPerSpill / this.beam.spillNs) * this.windowNs;
    const ecalEl = g.elements.find((e) => e.role === 'ecal');
    this.ecal = ecalEl ? ecalEl.index : -1;
    const pre: number[] = [];
    if (ecalEl && ecalEl.sectionZ0.length > 1) for (let c = ecalEl.firstCell; c < ecalEl.firstCell + ecalEl.nx * ecalEl.ny; c++) pre.push(c);
    this.ecalPreCells = Int32Array.from(pre);

    const K = config.biasTarget ?? 3;
    let biasFactor = 1;
    let expected = 0;
    let beamFraction = 1;
    this.signal = null;
    const p = config.process;
    if (info.needsMass) {
      const M = config.massGeV;
      if (M === undefined) throw new EmissError('BAD_OPTION', '--mass', `process '${p}' needs the boson mass`, 'a mass in GeV, e.g. --mass 0.02');
      const muonBeam = p === 'signal-muon';
      if (muonBeam !== (setup.beam.particle === 'mu-' || setup.beam.particle === 'mu+')) {
        throw new EmissError('BAD_OPTION', '--process', `process '${p}' needs a ${muonBeam ? 'muon' : 'electron or positron'} beam, the setup has '${setup.beam.particle}'`, muonBeam ? 'signal, signal-resonant for e± beams' : 'signal-muon for muon beams');
      }
      const leptonMass = muonBeam ? MUON_MASS : ELECTRON_MASS;
      const decay: XDecaySpec = {
        mode: config.decay ?? 'invisible',
        massGeV: M,
        epsilon: config.epsilon ?? 1e-4,
        dm: config.dm,
        dmMassGeV: M / (config.ratio ?? 3),
        alphaD: config.alphaD ?? 0.5,
      };
      const lifetime = decay.mode === 'visible' ? visibleLifetimeNs(decay) : Number.POSITIVE_INFINITY;
      const tables = new Map<number, EmissionTable>();
      let resonanceHalfWindow: number | undefined;
      const targetMat = material(setup.target.material);
      if (p !== 'signal-resonant') {
        for (const t of targets) {
          tables.set(t.index, buildEmissionTable(t, { massGeV: M, mediator: config.mediator ?? 'vector', method: config.method ?? setup.signal?.crossSection ?? 'etl', minEnergyGeV: signalMin, maxLeptonEnergyGeV: E0 * 1.08, leptonMassGeV: leptonMass }));
        }
        if (muonBeam) {
          // Muons cross the target at nearly the beam energy: rate(E0) × target length.
          expected = targets.reduce((s, t) => s + emissionRate(tables.get(t.index) as EmissionTable, E0) * (t.z1 - t.z0), 0);
        } else {
          const spec = analyticTrackLength({ beamEnergyGeV: E0, minEnergyGeV: signalMin, radiationLengthCm: targetMat.radiationLengthCm, criticalEnergyGeV: targetMat.criticalEnergy, thicknessX0: setup.target.thicknessX0, beam: setup.beam.particle === 'e+' ? 'positron' : 'electron' });
          expected = bremsYield({ spectrum: spec, material: targetMat, massGeV: M, minEnergyGeV: signalMin, mediator: config.mediator, method: config.method ?? setup.signal?.crossSection ?? 'etl' }).perParticle;
        }
      } else {
        // Resonant: n_e σ_int × positron track-length density at E_R (analytic shower).
        const eRes = (M * M) / (2 * ELECTRON_MASS);
        if (!(eRes >= RESONANCE_MIN_GEV && eRes < E0)) {
          throw new EmissError('OUT_OF_DOMAIN', '--mass', `resonant production needs E_R = m²/2mₑ = ${eRes.toPrecision(3)} GeV between ${RESONANCE_MIN_GEV} GeV (positrons are tracked down to E_R/2) and the beam energy`, `${Math.sqrt(2 * ELECTRON_MASS * RESONANCE_MIN_GEV).toFixed(4)} ≤ m < ${Math.sqrt(2 * ELECTRON_MASS * E0).toFixed(3)} GeV`);
        }
        const spec = analyticTrackLength({ beamEnergyGeV: E0, minEnergyGeV: eRes * 0.8, radiationLengthCm: targetMat.radiationLengthCm, criticalEnergyGeV: targetMat.criticalEnergy, thicknessX0: setup.target.thicknessX0, beam: setup.beam.particle === 'e+' ? 'positron' : 'electron' });
        // Half-width of the window that stands for δ(E₊ − E_R) (signal-generator.ts): at most 2%
        // of E_R where the shower's T₊(E) is smooth, and a tenth of the beam's momentum spread
        // near E0, where the primary positron's peak would otherwise be smeared.
        resonanceHalfWindow = Math.min(0.02 * eRes, Math.max(0.1 * setup.beam.momentumSpread * E0, 0.25 * Math.abs(E0 - eRes)));
        let dens = 0;
        for (let k = 0; k < spec.positronCm.length; k++) if (spec.edgesGeV[k] <= eRes && eRes < spec.edgesGeV[k + 1]) dens = spec.positronCm[k] / (spec.edgesGeV[k + 1] - spec.edgesGeV[k]);
        const ne = targets[0].electronDensity;
        expected = ne * ((2 * Math.PI * Math.PI) / 137.035999084 / ELECTRON_MASS) * 0.3893793721e9 * 1e-36 * dens;
      }
      biasFactor = expected > 0 ? Math.max(1, K / expected) : 1;
      this.signal = createSignalGenerator({
        mechanism: p === 'signal-resonant' ? 'resonant' : 'brems',
        tables,
        resonantElements: new Set(targets.map((t) => t.index)),
        biasFactor,
        resonanceHalfWindowGeV: resonanceHalfWindow,
        decay,
        lifetimeNs: lifetime,
        emitters: muonBeam ? [Species.MuMinus, Species.MuPlus] : [Species.Electron, Species.Positron],
      });
      this.ctx.signal = this.signal;
      // Widths must exist for the decay spec (throws for a mass outside the model's domain).
      darkPhotonWidths(M, decay.epsilon);
    } else if (p === 'dimuon' || p === 'electronuclear') {
      // Expected rare interactions per event: photon track length (analytic) × rate in the target.
      const targetMat = material(setup.target.material);
      const spec = analyticTrackLength({ beamEnergyGeV: E0, minEnergyGeV: trackingCutGeV, radiationLengthCm: targetMat.radiationLengthCm, criticalEnergyGeV: targetMat.criticalEnergy, thicknessX0: setup.target.thicknessX0 });
      const el = targets[0];
      for (let k = 0; k < spec.photonCm.length; k++) {
        const E = Math.sqrt(spec.edgesGeV[k] * spec.edgesGeV[k + 1]);
        const rate = p === 'dimuon' ? muonPairRate(el, E) : photonuclearRate(E, el);
        expected += spec.photonCm[k] * rate;
      }
      biasFactor = expected > 0 ? Math.max(1, K / expected) : 1;
      (p === 'dimuon' ? this.ctx.bias.muonPairs : this.ctx.bias.photoNuclear).factor = biasFactor;
    } else if (p === 'hadrons') {
      beamFraction = this.beam.contaminationFraction;
    } else if (p === 'low-energy-tail') {
      beamFraction = (1 - this.beam.contaminationFraction) * this.beam.tailFraction;
    } else if (p === 'pileup') {
      beamFraction = -Math.expm1(-this.pileupMean);
    } else if (p === 'decay-in-flight') {
      beamFraction = this.beam.contaminationFraction;
      for (const s of [Species.PiMinus, Species.KMinus]) {
        this.passive.setDecayLengthBiasing(s, 1000);
        this.passive.setDecayBiasing(s, 'e nu', 1000);
      }
    }
    this.info = {
      process: p,
      biasFactor,
      expectedPerEvent: expected,
      trackingCutGeV,
      signalMinEnergyGeV: signalMin,
      tallyEdgesGeV: Array.from(this.tally.edges),
      targetElements: targets.map((t) => t.name),
      beamFraction,
    };
  }

  /** The raw file header of the run (creation time 0: simulated files are reproducible). */
  fileHeader(): Uint8Array {
    return encodeFileHeader({ run: this.config.runNumber, setupName: this.config.setup.name, setupHash: this.config.setupHash, createdMs: 0, samplesPerChannel: this.digitizer.adcSamples });
  }

  /** Simulates events first … first + count − 1. */
  simulateChunk(first: number, count: number): ChunkResult {
    const truthCols = TRUTH_COLUMNS.map(() => new Float64Array(count));
    let buf = new Uint8Array(Math.max(1024, count * (this.lastRecordBytes + 256)));
    let bytes = 0;
    this.tally.clear();
    for (let i = 0; i < count; i++) {
      const n = first + i;
      this.simulateEvent(n);
      const rec = this.encoder.encode(this.raw);
      if (bytes + rec.length > buf.length) {
        const grown = new Uint8Array(Math.max(2 * buf.length, bytes + rec.length));
        grown.set(buf.subarray(0, bytes));
        buf = grown;
      }
      buf.set(rec, bytes);
      bytes += rec.length;
      this.lastRecordBytes = rec.length;
      this.ctx.truth.writeRow(truthCols, i);
    }
    return { first, count, raw: buf.slice(0, bytes), truth: truthCols, tally: { electron: this.tally.electron.slice(), positron: this.tally.positron.slice(), photon: this.tally.photon.slice() } };
  }

  private simulateEvent(n: number): void {
    const { ctx, config, p } = this;
    RandomStream.reset(ctx.rng, config.seed, n, 0);
    RandomStream.reset(this.digiRng, config.seed, n, 1);
    ctx.deposits.reset();
    ctx.stack.clear();
    ctx.truth.reset(n);
    ctx.bias.muonPairs.reset();
    ctx.bias.photoNuclear.reset();
    this.signal?.bias.reset();
    const truth = ctx.truth;
    const proc = config.process;
    truth.process = PROCESS_CODES[proc];
    const part = proc === 'hadrons' || proc === 'decay-in-flight' ? 'contamination' : proc === 'low-energy-tail' ? 'tail' : proc === 'beam' ? 'all' : 'nominal';
    drawBeamParticle(this.beam, ctx.rng, p, part);
    truth.weight = this.info.beamFraction;
    truth.beamSpecies = p.species;
    truth.beamEnergyGeV = p.e;
    truth.beamX = p.x;
    truth.beamY = p.y;
    // Pile-up: extra beam particles at random times in the read-out window.
    let extra = 0;
    if (proc === 'beam') extra = ctx.rng.poisson(this.pileupMean);
    else if (proc === 'pileup') extra = 1 + ctx.rng.poisson(this.pileupMean);
    transportAll(ctx, p);
    // Their deposits are kept apart: the read-out makes them a second pulse per cell.
    ctx.deposits.pileUp = extra > 0;
    for (let k = 0; k < extra; k++) {
      drawBeamParticle(this.beam, ctx.rng, p, 'all');
      p.t = (ctx.rng.uniform() * this.windowNs - this.triggerNs);
      transportAll(ctx, p);
    }
    ctx.deposits.pileUp = false;
    truth.pileup = extra > 0 ? 1 : 0;
    // Truth energies by role (codes per element, computed once).
    const E = ctx.deposits.elementEnergy;
    const codes = this.roleCodes;
    for (let i = 0; i < codes.length; i++) {
      const e = E[i];
      if (e === 0) continue;
      switch (codes[i]) {
        case ROLE_ECAL:
          truth.eEcal += e;
          break;
        case ROLE_HCAL:
          truth.eHcal += e;
          break;
        case ROLE_VHCAL:
          truth.eVhcal += e;
          break;
        case ROLE_SRD:
          truth.eSrd += e;
          break;
        case ROLE_WCAL:
          truth.eWcal += e;
          break;
        case ROLE_VETO:
          truth.eVeto += e;
          break;
      }
    }
    let pre = 0;
    for (let k = 0; k < this.ecalPreCells.length; k++) pre += ctx.deposits.cellEnergy[this.ecalPreCells[k]] + ctx.deposits.cellEnergyPileUp[this.ecalPreCells[k]];
    truth.eEcalPre = pre;
    // Electronics.
    this.digitizer.digitize(ctx.deposits, this.digiRng, this.raw);
    const spill = Math.floor(n / EVENTS_PER_SPILL);
    const inSpill = n % EVENTS_PER_SPILL;
    this.raw.run = config.runNumber;
    this.raw.spill = spill + 1;
    this.raw.eventInSpill = inSpill;
    this.raw.eventNumber = n;
    this.raw.timestampNs = spill * SPS_CYCLE_NS + (inSpill / EVENTS_PER_SPILL) * this.beam.spillNs;
    truth.beamTimeNs = this.raw.timestampNs;
    void this.ecal;
  }
}

const ROLE_NONE = 0;
const ROLE_ECAL = 1;
const ROLE_HCAL = 2;
const ROLE_VHCAL = 3;
const ROLE_SRD = 4;
const ROLE_WCAL = 5;
const ROLE_VETO = 6;

/** The truth energy an element's deposits go to: by calorimeter role, counters named V… are vetoes. */
function roleCode(el: SimElement): number {
  switch (el.role) {
    case 'ecal':
      return ROLE_ECAL;
    case 'hcal':
      return ROLE_HCAL;
    case 'vhcal':
      return ROLE_VHCAL;
    case 'srd':
      return ROLE_SRD;
    case 'wcal':
      return ROLE_WCAL;
    case 'veto':
      return ROLE_VETO;
    default:
      return el.kind === ElementKind.Counter && el.name.toUpperCase().startsWith('V') ? ROLE_VETO : ROLE_NONE;
  }
}

/** Numeric codes of the processes in the truth table (docs/sim.md). */
export const PROCESS_CODES: Record<ProcessName, number> = {
  beam: 0,
  signal: 1,
  'signal-resonant': 2,
  'signal-muon': 3,
  hadrons: 4,
  electronuclear: 5,
  dimuon: 6,
  pileup: 7,
  'decay-in-flight': 8,
  'low-energy-tail': 9,
};

