/**
 * The true calibration of a simulated run: the constants that the electronics of every
 * channel actually have — gains, pedestals, noise and time offsets of the ADC channels, t0 and
 * r(t) of the straws, gains of the strip planes. The digitization uses them; the calibration
 * procedures must recover them from simulated data. Drawn once per run, deterministically from
 * the seed (RandomStream(seed, 0xCA1, substream)); plain arrays, so JSON as it is
 * (calibration-json.ts).
 */
import { EmissError, RandomStream } from '../../core/index.js';
import { ElementKind } from '../sim-geometry.js';
import type { SimGeometry } from '../sim-geometry.js';

/** Format tag of the calibration JSON. */
export const TRUE_CALIBRATION_FORMAT = 'emiss-true-calibration/1';

/** Constants of the ADC channels (calorimeter cells and counters); index = global cell index. */
export interface AdcCalibration {
  /** Gain: peak ADC counts per GeV of deposited energy. */
  gain: number[];
  /** Pedestal [ADC counts] (not an integer: the mean baseline). */
  pedestal: number[];
  /** Electronic noise [ADC counts per sample, RMS]. */
  noise: number[];
  /** Time offset of the channel [ns] (cables, PMT transit time), added to the pulse onset. */
  timeOffsetNs: number[];
}

/** Constants of one straw tracker element. */
export interface StrawCalibration {
  /** Element name. */
  element: string;
  /** t0 per tube [ns]: the TDC time of an in-time track passing at the wire; index = plane·stripsPerPlane + tube. */
  t0Ns: number[];
  /** Maximum drift time T per plane [ns] (r(t) of straw-rt.ts). */
  maxDriftTimeNs: number[];
  /** Non-linearity κ of r(t) per plane. */
  rtNonLinearity: number[];
}

/** Constants of one strip (Micromegas, GEM) tracker element. */
export interface StripCalibration {
  /** Element name. */
  element: string;
  /** Relative gain per plane (1 = nominal cluster charge). */
  gain: number[];
}

/** The true calibration of a run (plain JSON-able data). */
export interface TrueCalibration {
  format: typeof TRUE_CALIBRATION_FORMAT;
  /** The seed it was drawn from. */
  seed: number;
  adc: AdcCalibration;
  straws: StrawCalibration[];
  strips: StripCalibration[];
}

/** Spreads of the calibration constants; every field has a documented default. */
export interface TrueCalibrationOptions {
  /** Half-width of the uniform spread of the pedestals around pedestalAdc [ADC counts] (3). */
  pedestalSpreadAdc?: number;
  /** σ of the channel time offsets [ns] (1). */
  timeOffsetSigmaNs?: number;
  /** Mean straw t0 [ns] (20: TDC latency after the trigger, an estimate). */
  strawT0Ns?: number;
  /** σ of the t0 of the tubes around the mean [ns] (2: cable and electronics spread). */
  strawT0SigmaNs?: number;
  /** Relative σ of the mean drift velocity per straw plane (0.03: gas and HV differences). */
  strawVelocitySpread?: number;
  /** Non-linearity κ of r(t) (0.4, an estimate for Ar/CO₂ 70/30; see straw-rt.ts). */
  strawNonLinearity?: number;
  /** Relative σ of the strip-plane gains (0.1). */
  stripGainSpread?: number;
}

/** Smallest relative gain kept (the brief's "clipped > 0"; reached only with a spread ≳ 0.3). */
const MIN_RELATIVE_GAIN = 0.1;

/**
 * Draws the true calibration of a run for a geometry: per ADC channel (index = global cell
 * index) gain = adcPerGeV·max(1 + gainSpread·z, 0.1), pedestal = pedestalAdc + U(−w, w),
 * noise = noiseAdc, time offset σ_t·z; per straw tube t0 = strawT0Ns + σ·z; per straw plane
 * T = (pitch/2)/(v·(1 + spread·z)) and κ; per strip plane a gain 1 + spread·z (z ~ N(0, 1)).
 * Deterministic: RandomStream(seed, 0xCA1, k) with k = 0 gains, 1 pedestals, 2 time offsets,
 * 3 straws, 4 strips, drawn in channel order.
 */
export function trueCalibration(geometry: SimGeometry, seed: number, options: TrueCalibrationOptions = {}): TrueCalibration {
  const pedestalSpread = options.pedestalSpreadAdc ?? 3;
  const timeSigma = options.timeOffsetSigmaNs ?? 1;
  const strawT0 = options.strawT0Ns ?? 20;
  const strawT0Sigma = options.strawT0SigmaNs ?? 2;
  const velocitySpread = options.strawVelocitySpread ?? 0.03;
  const kappa = options.strawNonLinearity ?? 0.4;
  const stripSpread = options.stripGainSpread ?? 0.1;

  const n = geometry.nCells;
  const adc: AdcCalibration = { gain: new Array<number>(n), pedestal: new Array<number>(n), noise: new Array<number>(n), timeOffsetNs: new Array<number>(n) };
  const rGain = new RandomStream(seed, 0xca1, 0);
  const rPed = new RandomStream(seed, 0xca1, 1);
  const rTime = new RandomStream(seed, 0xca1, 2);
  for (let c = 0; c < n; c++) {
    const resp = geometry.elements[geometry.cellElement[c]].response;
    if (!resp) throw new EmissError('BAD_OPTION', `trueCalibration: ADC channel ${c}`, 'belongs to an element without a response', 'a geometry from buildGeometry');
    adc.gain[c] = resp.adcPerGeV * Math.max(1 + resp.gainSpread * rGain.normal(), MIN_RELATIVE_GAIN);
    adc.pedestal[c] = resp.pedestalAdc + pedestalSpread * (2 * rPed.uniform() - 1);
    adc.noise[c] = resp.noiseAdc;
    adc.timeOffsetNs[c] = timeSigma * rTime.normal();
  }

  const straws: StrawCalibration[] = [];
  const strips: StripCalibration[] = [];
  const rStraw = new RandomStream(seed, 0xca1, 3);
  const rStrip = new RandomStream(seed, 0xca1, 4);
  for (const el of geometry.elements) {
    if (el.kind !== ElementKind.Tracker) continue;
    const nPlanes = el.planeZ.length;
    if (el.role === 'straw') {
      const t0Ns = new Array<number>(nPlanes * el.stripsPerPlane);
      for (let k = 0; k < t0Ns.length; k++) t0Ns[k] = strawT0 + strawT0Sigma * rStraw.normal();
      const maxDriftTimeNs = new Array<number>(nPlanes);
      const rtNonLinearity = new Array<number>(nPlanes);
      for (let p = 0; p < nPlanes; p++) {
        const v = el.driftVelocityCmPerNs * Math.max(1 + velocitySpread * rStraw.normal(), MIN_RELATIVE_GAIN);
        maxDriftTimeNs[p] = (0.5 * el.pitch) / v;
        rtNonLinearity[p] = kappa;
      }
      straws.push({ element: el.name, t0Ns, maxDriftTimeNs, rtNonLinearity });
    } else {
      const gain = new Array<number>(nPlanes);
      for (let p = 0; p < nPlanes; p++) gain[p] = Math.max(1 + stripSpread * rStrip.normal(), MIN_RELATIVE_GAIN);
      strips.push({ element: el.name, gain });
    }
  }
  return { format: TRUE_CALIBRATION_FORMAT, seed, adc, straws, strips };
}
