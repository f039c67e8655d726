import { describe, expect, it } from 'vitest';
import { eventView } from './event-view.js';
import { phoenixEvent } from './phoenix-event.js';
import { fromRingEvent } from './ring-event.js';
import { testGeometry } from '../../../../test/support/display-geometry.js';

const { display: g } = testGeometry();
const straw = g.elements.find((e) => e.kind === 'tracker' && e.role === 'straw')!;
const strip = g.elements.find((e) => e.kind === 'tracker' && e.role !== 'straw')!;
const ecal = g.elements.find((e) => e.role === 'ecal')!;
const ev = fromRingEvent({
  event: 42,
  run: 7,
  spill: 3,
  event_in_spill: 1,
  trigger_bits: 1,
  time_ns: 0,
  adc: { channel: [ecal.firstCell + 14, ecal.firstCell + 15], energy_GeV: [80.5, 3.2] },
  straw: { channel: [straw.firstChannel + 20, straw.firstChannel + straw.stripsPerPlane + 20], time_ns: [10, 30] },
  strip: { channel: [strip.firstChannel + 40, strip.firstChannel + strip.stripsPerPlane + 40], charge: [300, 280], time_ns: [1, 1] },
  reco: { e_ecal_GeV: 83.7, e_hcal_GeV: 0.1 },
  in_box: false,
});

describe('phoenixEvent(geometry, event, hits, tracks, cells)', () => {
  const v = eventView(g, ev);
  const file = phoenixEvent(g, ev, v.hits, v.tracks, v.cells);
  const obj = file['run 7 event 42'];
  it('has the event-data format of Phoenix: one keyed event with event/run numbers and typed collections', () => {
    expect(Object.keys(file)).toEqual(['run 7 event 42']);
    expect(obj['event number']).toBe(42);
    expect(obj['run number']).toBe(7);
    for (const type of ['Tracks', 'Hits', 'PlanarCaloCells']) expect(typeof obj[type]).toBe('object');
  });
  it('writes tracks as pos triplets, tracker hits as Line hits of 6 numbers, cells as Box hits and planar cells', () => {
    const tracks = Object.values(obj.Tracks as Record<string, { pos: number[][] }[]>).flat();
    expect(tracks.length).toBeGreaterThan(0);
    for (const t of tracks) for (const p of t.pos) expect(p).toHaveLength(3);
    const hits = obj.Hits as Record<string, { type: string; pos: number[] }[]>;
    expect(hits[straw.name].every((h) => h.type === 'Line' && h.pos.length === 6)).toBe(true);
    expect(hits[`${ecal.name} cells`].map((h) => h.type)).toEqual(['Box', 'Box']);
    const planar = Object.values(obj.PlanarCaloCells as Record<string, { plane: number[]; cells: { pos: number[]; energy: number; cellSize: number }[] }>);
    expect(planar[0].plane).toHaveLength(4);
    expect(planar[0].cells.map((c) => c.energy)).toEqual([80.5, 3.2]);
    expect(planar[0].cells[0].pos).toHaveLength(2);
  });
  it('converts lengths from cm to mm', () => {
    const hits = obj.Hits as Record<string, { pos: number[] }[]>;
    expect(hits[straw.name][0].pos[2]).toBeCloseTo(10 * v.hits.z[0], 6);
    const box = (obj.Hits as Record<string, { pos: number[] }[]>)[`${ecal.name} cells`][0].pos;
    expect(box[3]).toBeCloseTo(10 * ecal.pitchX, 6);
  });
  it('holds only finite numbers (JSON round trip unchanged)', () => {
    const text = JSON.stringify(file);
    expect(text).not.toMatch(/null|NaN|Infinity/);
    expect(JSON.parse(text)).toEqual(file);
  });
});

describe('fromRingEvent(json)', () => {
  it('names the bad field of a malformed event', () => {
    expect(() => fromRingEvent({ event: 1, adc: { channel: [1], energy_GeV: ['x'] } })).toThrow(/event\.adc\.energy_GeV/);
    expect(() => fromRingEvent({ run: 1 })).toThrow(/event\.event/);
  });
});
