/**
 * The detector response and digitization of one simulated event: from the deposits
 * (EventDeposits) to a raw event (RawEvent) — sampling-ADC waveforms of every calorimeter cell
 * and counter, straw drift times, strip clusters, and the trigger bits — plus the truth of
 * what the detector saw (visible energy per element). Built once per run; no allocation per
 * event.
 */
import { EmissError } from '../../core/index.js';
import type { RandomStream } from '../../core/index.js';
import type { RawEvent } from '../../daq/index.js';
import type { EventDeposits } from '../event-deposits.js';
import type { SimGeometry } from '../sim-geometry.js';
import { AdcDigitizer } from './adc-digitizer.js';
import type { NoiseMode } from './adc-digitizer.js';
import { checkAgainstGeometry } from './calibration-json.js';
import { PULSE_SHAPE } from './pulse-shape.js';
import type { PulseShapeParameters } from './pulse-shape.js';
import { STRIP_RESPONSE } from './strip-cluster.js';
import type { StripResponse } from './strip-cluster.js';
import { TrackerDigitizer } from './tracker-digitizer.js';
import { compileTrigger, triggerBits } from './trigger-bits.js';
import type { TriggerConditions, TriggerSettings } from './trigger-bits.js';
import type { TrueCalibration } from './true-calibration.js';

/** The simulation block of a setup (defaults as in geometry-schema.ts). */
export interface SimulationSettings {
  /** Samples per waveform (32). */
  adcSamples?: number;
  /** Sample spacing [ns] (12.5: the 80 MHz MSADC). */
  adcSampleNs?: number;
  /** Time of the trigger within the waveform window [ns] (100). */
  triggerTimeNs?: number;
}

/** What the digitizer reads of a setup (a whole parsed Setup will do). */
export interface DigitizerSetup {
  trigger?: TriggerSettings;
  simulation?: SimulationSettings;
  /** beam.startZCm: where the beam particle is at t = 0 [cm] (0), the origin of the time of flight. */
  beam?: { startZCm?: number };
}

/** Options of the digitization; every field has a documented default. */
export interface DigitizerOptions {
  /** Sampling and photo-statistics fluctuations, time jitter (true; false: every cell gives its mean). */
  fluctuations?: boolean;
  /** Electronic noise of the ADCs: 'bank' (default, see noise-bank.ts), 'stream' (normalFast per sample) or 'off'. */
  noise?: NoiseMode;
  /** The pulse shape (PULSE_SHAPE: n = 2, τ = 30 ns). */
  pulseShape?: PulseShapeParameters;
  /** Largest ADC value (4095: 12-bit MSADC). */
  adcMax?: number;
  /** Time jitter σ_t = c ⊕ s/√N_pe of the ADC pulses: c [ns] (0.3) and s [ns] (5: scintillator and WLS decay). */
  timeJitterConstantNs?: number;
  timeJitterStochasticNs?: number;
  /** Straw TDC window [ns] (200). */
  strawWindowNs?: number;
  /** Strip read-out parameters (STRIP_RESPONSE). */
  strip?: Partial<StripResponse>;
}

/** A digitizer for one run (one per worker thread: it holds scratch state). */
export interface Digitizer {
  /**
   * Digitizes one event into out: resets it, writes the waveforms (out.samplesPerChannel set
   * to adcSamples), the straw and strip hits and the trigger bits (Physics, Beam). The caller
   * then fills run, spill, eventInSpill, eventNumber and timestampNs, and ORs in
   * TriggerBit.Random for a random trigger. rng is the event's digitization stream.
   */
  digitize(deposits: EventDeposits, rng: RandomStream, out: RawEvent): void;
  /** Per element, of the last event: measured energy summed over its cells [GeV, deposited scale] (sampling + photo-statistics, no electronics): what the detector saw. */
  readonly lastVisibleEnergy: Float64Array;
  /** Per element, of the last event: the energy the trigger saw [GeV] (analog sum: gains and the sum's noise included). */
  readonly lastTriggerEnergy: Float64Array;
  /** The trigger conditions in force. */
  readonly trigger: TriggerConditions;
  /** Samples per waveform, their spacing [ns] and the trigger time in the window [ns]. */
  readonly adcSamples: number;
  readonly adcSampleNs: number;
  readonly triggerTimeNs: number;
  /** The ADC channels written every event (holes excluded; zero-suppressed ones may be skipped). */
  readonly readoutChannels: Int32Array;
}

/**
 * Creates the digitizer of a run from the geometry, the setup's trigger and simulation blocks
 * and the run's true calibration (trueCalibration or calibrationFromJson). Throws BAD_FILE if
 * the trigger names an unknown element or the calibration does not fit the geometry.
 */
export function createDigitizer(geometry: SimGeometry, setup: DigitizerSetup, calibration: TrueCalibration, options: DigitizerOptions = {}): Digitizer {
  checkAgainstGeometry(calibration, geometry);
  const sim = setup.simulation ?? {};
  const samples = sim.adcSamples ?? 32;
  const sampleNs = sim.adcSampleNs ?? 12.5;
  const triggerTimeNs = sim.triggerTimeNs ?? 100;
  if (!(Number.isInteger(samples) && samples >= 1 && samples <= 65535)) throw new EmissError('BAD_FILE', 'simulation.adcSamples', `${samples} samples`, 'an integer 1 … 65535 (the raw format)');
  const startZCm = setup.beam?.startZCm ?? 0;
  const adc = new AdcDigitizer(geometry, calibration, {
    samples,
    sampleNs,
    triggerTimeNs,
    startZCm,
    fluctuations: options.fluctuations ?? true,
    noise: options.noise ?? 'bank',
    pulseShape: options.pulseShape ?? PULSE_SHAPE,
    adcMax: options.adcMax ?? 4095,
    timeJitterConstantNs: options.timeJitterConstantNs ?? 0.3,
    timeJitterStochasticNs: options.timeJitterStochasticNs ?? 5,
  });
  const tracker = new TrackerDigitizer(geometry, calibration, {
    startZCm,
    strawWindowNs: options.strawWindowNs ?? 200,
    strip: { ...STRIP_RESPONSE, ...options.strip },
  });
  const trigger = compileTrigger(geometry, setup.trigger);
  const visible = new Float64Array(geometry.elements.length);
  const analog = new Float64Array(geometry.elements.length);
  return {
    lastVisibleEnergy: visible,
    lastTriggerEnergy: analog,
    trigger,
    adcSamples: samples,
    adcSampleNs: sampleNs,
    triggerTimeNs,
    readoutChannels: adc.readout,
    digitize(deposits: EventDeposits, rng: RandomStream, out: RawEvent): void {
      out.reset();
      visible.fill(0);
      analog.fill(0);
      adc.digitize(deposits, rng, out, visible, analog);
      tracker.digitize(deposits, rng, out);
      out.triggerBits = triggerBits(trigger, analog);
    },
  };
}
