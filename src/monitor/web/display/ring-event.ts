/**
 * From the server's event JSON (`GET /api/events/:n`, src/monitor/server/event-ring.ts
 * RingEvent: snake_case, hits as column lists) to the display's {@link DisplayEvent}. Checks the
 * shape and names the first bad field, so a server change shows as one clear line on the page.
 */
import { EmissError } from '../../../core/index.js';
import type { DisplayEvent, DisplayTrack } from './display-event.js';

type Json = Record<string, unknown>;

function numbers(o: unknown, where: string): number[] {
  if (!Array.isArray(o) || !o.every((v) => typeof v === 'number' && Number.isFinite(v))) throw new EmissError('BAD_FILE', where, 'is not a list of finite numbers', 'number[]');
  return o as number[];
}

function num(o: Json, key: string, fallback?: number): number {
  const v = o[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (fallback !== undefined && v === undefined) return fallback;
  throw new EmissError('BAD_FILE', `event.${key}`, `is ${JSON.stringify(v)}`, 'a finite number');
}

/** Converts the server's event JSON; throws BAD_FILE naming the field when the shape is wrong. */
export function fromRingEvent(json: unknown): DisplayEvent {
  if (typeof json !== 'object' || json === null) throw new EmissError('BAD_FILE', 'event', 'is not an object', '{ event, run, adc, straw, strip, reco }');
  const o = json as Json;
  const adc = (o.adc ?? { channel: [], energy_GeV: [] }) as Json;
  const straw = (o.straw ?? { channel: [], time_ns: [] }) as Json;
  const strip = (o.strip ?? { channel: [], charge: [] }) as Json;
  const reco = (o.reco ?? {}) as Json;
  const summary: Record<string, number> = {};
  for (const [k, v] of Object.entries(reco)) if (typeof v === 'number' && Number.isFinite(v)) summary[k] = v;
  if (typeof o.in_box === 'boolean') summary.in_box = o.in_box ? 1 : 0;
  for (const k of ['run', 'spill', 'event', 'trigger_bits'] as const) if (typeof o[k] === 'number') summary[k] = o[k] as number;
  const tracks: DisplayTrack[] = Array.isArray(o.tracks)
    ? (o.tracks as Json[]).map((t, i) => ({
        points: (t.points as unknown[]).map((p, j) => numbers(p, `event.tracks[${i}].points[${j}]`) as [number, number, number]),
        momGeV: typeof t.mom_GeV === 'number' ? t.mom_GeV : undefined,
        chi2ndf: typeof t.chi2ndf === 'number' ? t.chi2ndf : undefined,
        origin: 'reco',
      }))
    : [];
  const ev: DisplayEvent = {
    run: num(o, 'run', 0),
    spill: num(o, 'spill', 0),
    event: num(o, 'event'),
    triggerBits: num(o, 'trigger_bits', 0),
    strawChannels: numbers(straw.channel ?? [], 'event.straw.channel'),
    strawTimesNs: numbers(straw.time_ns ?? [], 'event.straw.time_ns'),
    stripChannels: numbers(strip.channel ?? [], 'event.strip.channel'),
    stripCharges: numbers(strip.charge ?? [], 'event.strip.charge'),
    cellChannels: numbers(adc.channel ?? [], 'event.adc.channel'),
    cellEnergiesGeV: numbers(adc.energy_GeV ?? [], 'event.adc.energy_GeV'),
    summary,
    tracks,
  };
  if (ev.cellChannels.length !== ev.cellEnergiesGeV.length) throw new EmissError('BAD_FILE', 'event.adc', `${ev.cellChannels.length} channels but ${ev.cellEnergiesGeV.length} energies`, 'equal lengths');
  return ev;
}
