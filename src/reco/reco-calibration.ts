/**
 * The calibration constants the reconstruction uses for one run range (docs/reco.md,
 * "Calibration store"): the channel map (ADC channel → detector, section, cell) and, per
 * channel, gain [ADC counts per GeV], LED correction, pedestal, noise and time offset; per
 * straw tracker t0 and r(t); per strip tracker the plane gains. The constant arrays have the
 * layout of the simulation's true calibration (src/sim/response/true-calibration.ts), so a
 * simulated run's constants can be compared one to one. Format tag `emiss-calib/1`.
 */
import { EmissError } from '../core/index.js';
import { ElementKind } from '../sim/sim-geometry.js';
import type { SimGeometry } from '../sim/sim-geometry.js';
import { calibrationFromJson } from '../sim/response/calibration-json.js';
import { TRUE_CALIBRATION_FORMAT } from '../sim/response/true-calibration.js';
import type { AdcCalibration, StrawCalibration, StripCalibration } from '../sim/response/true-calibration.js';

/** Format tag of a calibration file. */
export const RECO_CALIBRATION_FORMAT = 'emiss-calib/1';

/** One ADC channel of the channel map. */
export interface ChannelMapEntry {
  /** Electronics channel (the raw file's SADC channel id). */
  channel: number;
  /** Detector name (a calorimeter or counter of the setup). */
  detector: string;
  /** Section index within the detector (module × sections + section). */
  section: number;
  /** Cell column and row. */
  ix: number;
  iy: number;
}

/** A calibration entry: constants valid for runs firstRun … lastRun of one setup. */
export interface RecoCalibration {
  format: typeof RECO_CALIBRATION_FORMAT;
  /** Setup name (as in the raw file header). */
  setup: string;
  /** Inclusive run range. */
  firstRun: number;
  lastRun: number;
  /** Where the constants come from (e.g. "nominal: the setup's response blocks", "emiss calib ecal on run 12"). */
  source: string;
  /** Channel map. */
  channels: ChannelMapEntry[];
  /** ADC constants, index = channel. */
  adc: AdcCalibration;
  /** LED correction per channel (multiplies the gain; 1 = none). */
  ledCorrection: number[];
  straws: StrawCalibration[];
  strips: StripCalibration[];
}

/** Integer check naming the key. */
function int(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new EmissError('BAD_FILE', where, `is ${JSON.stringify(v)}`, 'a non-negative integer');
  return v;
}

/**
 * Reads and checks a calibration entry (JSON text or parsed object): format, run range,
 * finite constants of equal lengths (through the true-calibration reader), the channel map
 * (one entry per ADC channel). With a geometry, also that the sizes, names and the channel map
 * match it. Throws BAD_FILE naming the file and key.
 */
export function parseRecoCalibration(json: string | unknown, where: string, geometry?: SimGeometry): RecoCalibration {
  let o: Record<string, unknown>;
  try {
    o = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown>;
  } catch (e) {
    throw new EmissError('BAD_FILE', where, `not valid JSON: ${(e as Error).message}`);
  }
  if (!o || typeof o !== 'object') throw new EmissError('BAD_FILE', where, 'is not a JSON object', `{ "format": "${RECO_CALIBRATION_FORMAT}", … }`);
  if (o.format !== RECO_CALIBRATION_FORMAT) throw new EmissError('BAD_FILE', `${where}: format`, `is ${JSON.stringify(o.format)}`, `'${RECO_CALIBRATION_FORMAT}'`);
  if (typeof o.setup !== 'string' || !o.setup) throw new EmissError('BAD_FILE', `${where}: setup`, `is ${JSON.stringify(o.setup)}`, 'the setup name');
  const firstRun = int(o.firstRun, `${where}: firstRun`);
  const lastRun = int(o.lastRun, `${where}: lastRun`);
  if (lastRun < firstRun) throw new EmissError('BAD_FILE', `${where}: lastRun`, `${lastRun} < firstRun ${firstRun}`, 'lastRun ≥ firstRun');
  const consts = calibrationFromJson({ format: TRUE_CALIBRATION_FORMAT, seed: 0, adc: o.adc, straws: o.straws, strips: o.strips }, geometry, where);
  const n = consts.adc.gain.length;
  const led = o.ledCorrection === undefined ? new Array<number>(n).fill(1) : (o.ledCorrection as number[]);
  if (!Array.isArray(led) || led.length !== n || !led.every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0)) {
    throw new EmissError('BAD_FILE', `${where}: ledCorrection`, 'must hold one positive number per ADC channel', `${n} numbers`);
  }
  consts.adc.gain.forEach((g, i) => {
    if (!(g > 0)) throw new EmissError('BAD_FILE', `${where}: adc.gain[${i}]`, `is ${g}`, 'a positive gain');
  });
  if (!Array.isArray(o.channels) || o.channels.length !== n) throw new EmissError('BAD_FILE', `${where}: channels`, `must list the ${n} ADC channels`, 'one entry per channel');
  const channels = (o.channels as Record<string, unknown>[]).map((c, i) => {
    const w = `${where}: channels[${i}]`;
    if (!c || typeof c !== 'object' || typeof c.detector !== 'string') throw new EmissError('BAD_FILE', w, 'is not { channel, detector, section, ix, iy }');
    return { channel: int(c.channel, `${w}.channel`), detector: c.detector, section: int(c.section, `${w}.section`), ix: int(c.ix, `${w}.ix`), iy: int(c.iy, `${w}.iy`) };
  });
  channels.forEach((c, i) => {
    if (c.channel !== i) throw new EmissError('BAD_FILE', `${where}: channels[${i}].channel`, `is ${c.channel}`, `${i} (entries in channel order)`);
  });
  if (geometry) checkChannelMap(channels, geometry, where);
  return {
    format: RECO_CALIBRATION_FORMAT,
    setup: o.setup,
    firstRun,
    lastRun,
    source: typeof o.source === 'string' ? o.source : '',
    channels,
    adc: consts.adc,
    ledCorrection: led,
    straws: consts.straws,
    strips: consts.strips,
  };
}

/** The channel map of a geometry: channel = global cell index (docs/sim-response.md). */
export function geometryChannelMap(g: SimGeometry): ChannelMapEntry[] {
  const out: ChannelMapEntry[] = [];
  for (let c = 0; c < g.nCells; c++) out.push({ channel: c, detector: g.elements[g.cellElement[c]].name, section: g.cellSection[c], ix: g.cellIx[c], iy: g.cellIy[c] });
  return out;
}

/** Throws BAD_FILE at the first channel whose map entry differs from the geometry's cell. */
export function checkChannelMap(channels: readonly ChannelMapEntry[], g: SimGeometry, where: string): void {
  if (channels.length !== g.nCells) throw new EmissError('BAD_FILE', `${where}: channels`, `has ${channels.length} channels, the setup ${g.nCells}`, 'a channel map of this setup');
  for (let c = 0; c < g.nCells; c++) {
    const e = g.elements[g.cellElement[c]];
    const m = channels[c];
    if (m.detector !== e.name || m.section !== g.cellSection[c] || m.ix !== g.cellIx[c] || m.iy !== g.cellIy[c]) {
      throw new EmissError('BAD_FILE', `${where}: channels[${c}]`, `maps to ${m.detector}/${m.section}/${m.ix},${m.iy}, the setup has ${e.name}/${g.cellSection[c]}/${g.cellIx[c]},${g.cellIy[c]}`, 'a channel map of this setup');
    }
  }
}

/**
 * Nominal constants of a setup for runs firstRun … lastRun: what its response blocks say —
 * gain adcPerGeV, pedestal pedestalAdc, noise noiseAdc, time offset 0, LED correction 1; straws
 * t0 = 20 ns, maximum drift time (pitch/2)/v, κ = 0.4 (the digitization's documented means,
 * docs/sim-response.md); strip gains 1.
 */
export function nominalCalibration(g: SimGeometry, setupName: string, firstRun = 0, lastRun = 4294967295): RecoCalibration {
  const n = g.nCells;
  const adc: AdcCalibration = { gain: [], pedestal: [], noise: [], timeOffsetNs: [] };
  for (let c = 0; c < n; c++) {
    const r = g.elements[g.cellElement[c]].response;
    adc.gain.push(r?.adcPerGeV ?? 1);
    adc.pedestal.push(r?.pedestalAdc ?? 0);
    adc.noise.push(r?.noiseAdc ?? 0);
    adc.timeOffsetNs.push(0);
  }
  const straws: StrawCalibration[] = [];
  const strips: StripCalibration[] = [];
  for (const el of g.elements) {
    if (el.kind !== ElementKind.Tracker) continue;
    const planes = el.planeZ.length;
    if (el.role === 'straw') {
      const T = el.driftVelocityCmPerNs > 0 ? (0.5 * el.pitch) / el.driftVelocityCmPerNs : 0;
      straws.push({ element: el.name, t0Ns: new Array<number>(planes * el.stripsPerPlane).fill(20), maxDriftTimeNs: new Array<number>(planes).fill(T), rtNonLinearity: new Array<number>(planes).fill(0.4) });
    } else strips.push({ element: el.name, gain: new Array<number>(planes).fill(1) });
  }
  return {
    format: RECO_CALIBRATION_FORMAT,
    setup: setupName,
    firstRun,
    lastRun,
    source: "nominal: the setup's response blocks (gain adcPerGeV, pedestal pedestalAdc, noise noiseAdc, no time offsets; straw t0 20 ns, T = (pitch/2)/v, κ = 0.4; strip gains 1)",
    channels: geometryChannelMap(g),
    adc,
    ledCorrection: new Array<number>(n).fill(1),
    straws,
    strips,
  };
}

/** The entry as JSON text (fixed key order; the channel map one channel per line). */
export function recoCalibrationToJson(c: RecoCalibration): string {
  const lines = [
    '{',
    `  "format": ${JSON.stringify(c.format)},`,
    `  "setup": ${JSON.stringify(c.setup)},`,
    `  "firstRun": ${c.firstRun},`,
    `  "lastRun": ${c.lastRun},`,
    `  "source": ${JSON.stringify(c.source)},`,
    '  "channels": [',
    c.channels.map((m) => `    ${JSON.stringify(m)}`).join(',\n'),
    '  ],',
    `  "adc": {`,
    `    "gain": ${JSON.stringify(c.adc.gain)},`,
    `    "pedestal": ${JSON.stringify(c.adc.pedestal)},`,
    `    "noise": ${JSON.stringify(c.adc.noise)},`,
    `    "timeOffsetNs": ${JSON.stringify(c.adc.timeOffsetNs)}`,
    '  },',
    `  "ledCorrection": ${JSON.stringify(c.ledCorrection)},`,
    `  "straws": [${c.straws.map((s) => `\n    ${JSON.stringify(s)}`).join(',')}${c.straws.length ? '\n  ' : ''}],`,
    `  "strips": [${c.strips.map((s) => `\n    ${JSON.stringify(s)}`).join(',')}${c.strips.length ? '\n  ' : ''}]`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
