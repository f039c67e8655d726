/**
 * Removing straw hits of chosen channels from a raw batch: the monitor's dead-tube injection
 * (`--dead-straw ST1:0:17`), applied to the stream before anything is filled, so that the
 * dead-tube alarm is tested on data that really lacks the tube. Not part of the simulation.
 */
import { EmissError } from '../../core/index.js';
import type { RawEventBatch } from '../../daq/index.js';
import type { SimGeometry } from '../../sim/sim-geometry.js';

/** Parses `ELEMENT:plane:tube` against the geometry; returns the straw channel id. Throws BAD_OPTION naming the fix. */
export function strawChannelOf(g: SimGeometry, spec: string, where = '--dead-straw'): number {
  const m = /^([^:]+):(\d+):(\d+)$/.exec(spec.trim());
  const straws = g.elements.filter((e) => e.role === 'straw');
  const valid = straws.length ? straws.map((e) => `${e.name}:0…${e.planeZ.length - 1}:0…${e.stripsPerPlane - 1}`).join(', ') : 'none: the setup has no straw chamber';
  if (!m) throw new EmissError('BAD_OPTION', where, `'${spec}' is not ELEMENT:plane:tube`, valid);
  const el = straws.find((e) => e.name === m[1]);
  const plane = Number(m[2]);
  const tube = Number(m[3]);
  if (!el || plane >= el.planeZ.length || tube >= el.stripsPerPlane) throw new EmissError('BAD_OPTION', where, `no straw tube '${spec}' in the setup`, valid);
  return el.firstChannel + plane * el.stripsPerPlane + tube;
}

/** A filter that returns `b` unchanged, or a shallow copy whose straw columns lack the dropped channels (own storage, reused). */
export class StrawChannelDropper {
  private channel = new Uint32Array(1024);
  private time = new Float32Array(1024);
  private offset = new Uint32Array(1025);
  private readonly drop: Set<number>;

  constructor(channels: number[]) {
    this.drop = new Set(channels);
  }

  /** True when no channel is dropped. */
  get empty(): boolean {
    return this.drop.size === 0;
  }

  /** Applies the filter to `b` (the result is valid until the next call). */
  apply(b: RawEventBatch): RawEventBatch {
    if (this.drop.size === 0) return b;
    const nHits = b.strawChannel.length;
    if (this.channel.length < nHits) {
      this.channel = new Uint32Array(2 * nHits);
      this.time = new Float32Array(2 * nHits);
    }
    if (this.offset.length < b.n + 1) this.offset = new Uint32Array(2 * (b.n + 1));
    let w = 0;
    for (let i = 0; i < b.n; i++) {
      this.offset[i] = w;
      for (let j = b.strawOffset[i]; j < b.strawOffset[i + 1]; j++) {
        if (this.drop.has(b.strawChannel[j])) continue;
        this.channel[w] = b.strawChannel[j];
        this.time[w] = b.strawTimeNs[j];
        w++;
      }
    }
    this.offset[b.n] = w;
    return { ...b, strawOffset: this.offset.subarray(0, b.n + 1), strawChannel: this.channel.subarray(0, w), strawTimeNs: this.time.subarray(0, w) };
  }
}
