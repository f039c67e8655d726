/**
 * The true calibration as JSON text and back, with a check of its shape (and, given the
 * geometry, of its sizes and element names) that names the bad key. Format
 * `emiss-true-calibration/1`: { format, seed, adc: { gain, pedestal, noise, timeOffsetNs },
 * straws: [{ element, t0Ns, maxDriftTimeNs, rtNonLinearity }], strips: [{ element, gain }] }.
 */
import { EmissError } from '../../core/index.js';
import { ElementKind } from '../sim-geometry.js';
import type { SimGeometry } from '../sim-geometry.js';
import { TRUE_CALIBRATION_FORMAT } from './true-calibration.js';
import type { StrawCalibration, StripCalibration, TrueCalibration } from './true-calibration.js';

/** The calibration as JSON text (numbers at full precision: the round trip is exact). */
export function calibrationToJson(calibration: TrueCalibration, indent?: number): string {
  const c = calibration;
  // Fixed key order, so that files diff cleanly.
  const plain = {
    format: c.format,
    seed: c.seed,
    adc: { gain: c.adc.gain, pedestal: c.adc.pedestal, noise: c.adc.noise, timeOffsetNs: c.adc.timeOffsetNs },
    straws: c.straws.map((s) => ({ element: s.element, t0Ns: s.t0Ns, maxDriftTimeNs: s.maxDriftTimeNs, rtNonLinearity: s.rtNonLinearity })),
    strips: c.strips.map((s) => ({ element: s.element, gain: s.gain })),
  };
  return JSON.stringify(plain, null, indent);
}

/**
 * Reads a calibration from JSON text (or an already parsed object). Throws BAD_FILE naming the
 * key for a wrong format, a missing key, a non-finite number or arrays of unequal length; with
 * a geometry, also when the sizes or the tracker names do not match it. `where` names the
 * source in messages.
 */
export function calibrationFromJson(json: string | unknown, geometry?: SimGeometry, where = 'calibration'): TrueCalibration {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new EmissError('BAD_FILE', where, `not valid JSON: ${(e as Error).message}`);
    }
  }
  const o = object(data, where);
  if (o.format !== TRUE_CALIBRATION_FORMAT) throw new EmissError('BAD_FILE', `${where}: format`, `is ${JSON.stringify(o.format)}`, `'${TRUE_CALIBRATION_FORMAT}'`);
  const seed = o.seed;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new EmissError('BAD_FILE', `${where}: seed`, `is ${JSON.stringify(seed)}`, 'a number');
  const a = object(o.adc, `${where}: adc`);
  const gain = numbers(a.gain, `${where}: adc.gain`);
  const n = gain.length;
  const adc = {
    gain,
    pedestal: numbers(a.pedestal, `${where}: adc.pedestal`, n),
    noise: numbers(a.noise, `${where}: adc.noise`, n),
    timeOffsetNs: numbers(a.timeOffsetNs, `${where}: adc.timeOffsetNs`, n),
  };
  const straws: StrawCalibration[] = list(o.straws, `${where}: straws`).map((s, i) => {
    const w = `${where}: straws[${i}]`;
    const e = object(s, w);
    const maxDriftTimeNs = numbers(e.maxDriftTimeNs, `${w}.maxDriftTimeNs`);
    return { element: name(e.element, `${w}.element`), t0Ns: numbers(e.t0Ns, `${w}.t0Ns`), maxDriftTimeNs, rtNonLinearity: numbers(e.rtNonLinearity, `${w}.rtNonLinearity`, maxDriftTimeNs.length) };
  });
  const strips: StripCalibration[] = list(o.strips, `${where}: strips`).map((s, i) => {
    const w = `${where}: strips[${i}]`;
    const e = object(s, w);
    return { element: name(e.element, `${w}.element`), gain: numbers(e.gain, `${w}.gain`) };
  });
  const cal: TrueCalibration = { format: TRUE_CALIBRATION_FORMAT, seed, adc, straws, strips };
  if (geometry) checkAgainstGeometry(cal, geometry, where);
  return cal;
}

/** Throws BAD_FILE unless the calibration's sizes and tracker names match the geometry. */
export function checkAgainstGeometry(cal: TrueCalibration, g: SimGeometry, where = 'calibration'): void {
  if (cal.adc.gain.length !== g.nCells) throw new EmissError('BAD_FILE', `${where}: adc.gain`, `has ${cal.adc.gain.length} channels, the geometry ${g.nCells}`, 'a calibration drawn for this setup');
  for (const el of g.elements) {
    if (el.kind !== ElementKind.Tracker) continue;
    const nPlanes = el.planeZ.length;
    if (el.role === 'straw') {
      const s = cal.straws.find((x) => x.element === el.name);
      if (!s) throw new EmissError('BAD_FILE', `${where}: straws`, `no entry for the straw tracker '${el.name}'`, cal.straws.map((x) => x.element).join(', ') || 'none present');
      if (s.t0Ns.length !== nPlanes * el.stripsPerPlane || s.maxDriftTimeNs.length !== nPlanes) {
        throw new EmissError('BAD_FILE', `${where}: straws (${el.name})`, `has ${s.t0Ns.length} tubes and ${s.maxDriftTimeNs.length} planes`, `${nPlanes * el.stripsPerPlane} tubes, ${nPlanes} planes`);
      }
    } else {
      const s = cal.strips.find((x) => x.element === el.name);
      if (!s) throw new EmissError('BAD_FILE', `${where}: strips`, `no entry for the strip tracker '${el.name}'`, cal.strips.map((x) => x.element).join(', ') || 'none present');
      if (s.gain.length !== nPlanes) throw new EmissError('BAD_FILE', `${where}: strips (${el.name}).gain`, `has ${s.gain.length} planes`, `${nPlanes}`);
    }
  }
}

function object(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new EmissError('BAD_FILE', where, 'missing or not an object', 'an object');
  return v as Record<string, unknown>;
}

function list(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) throw new EmissError('BAD_FILE', where, 'missing or not an array', 'an array');
  return v;
}

function name(v: unknown, where: string): string {
  if (typeof v !== 'string') throw new EmissError('BAD_FILE', where, 'missing or not a string', 'an element name');
  return v;
}

function numbers(v: unknown, where: string, length?: number): number[] {
  const a = list(v, where);
  if (length !== undefined && a.length !== length) throw new EmissError('BAD_FILE', where, `has ${a.length} entries`, `${length}, as the other arrays`);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new EmissError('BAD_FILE', `${where}[${i}]`, `is ${JSON.stringify(x)}`, 'a finite number');
  }
  return a as number[];
}
