import { describe, expect, it } from 'vitest';
import { RawEvent, RawStreamReader, encodeEvent, encodeFileHeader } from '../../daq/index.js';
import type { RawEventBatch } from '../../daq/index.js';
import { loadSetup } from '../../store/load-setup.js';
import { buildGeometry } from '../../sim/sim-geometry.js';
import { StrawChannelDropper, strawChannelOf } from './drop-straw-channels.js';

const g = buildGeometry(loadSetup('configs/na64e-2021-2023.yaml'));
const st2 = g.elements.find((e) => e.name === 'ST2')!;

describe('strawChannelOf(geometry, spec)', () => {
  it('maps ELEMENT:plane:tube to firstChannel + plane·tubesPerPlane + tube', () => {
    expect(strawChannelOf(g, 'ST2:3:5')).toBe(st2.firstChannel + 3 * st2.stripsPerPlane + 5);
  });

  it('rejects a malformed spec or a tube outside the chamber, listing the valid ranges', () => {
    expect(() => strawChannelOf(g, 'ST2-3-5')).toThrow(/not ELEMENT:plane:tube.*ST1:0…3:0…33/);
    expect(() => strawChannelOf(g, 'ST2:4:0')).toThrow(/no straw tube 'ST2:4:0'/);
    expect(() => strawChannelOf(g, 'MM1:0:0')).toThrow(/no straw tube/);
  });
});

describe('StrawChannelDropper', () => {
  it('removes exactly the hits of the dropped channels and keeps the per-event offsets right', () => {
    const ev = new RawEvent();
    const batches: RawEventBatch[] = [];
    const drop = new StrawChannelDropper([7, 9]);
    const r = new RawStreamReader((b) => {
      const f = drop.apply(b);
      batches.push({ ...f, strawOffset: f.strawOffset.slice(), strawChannel: f.strawChannel.slice(), strawTimeNs: f.strawTimeNs.slice() });
    });
    r.push(encodeFileHeader({ run: 1, setupName: 't', setupHash: new Uint8Array(32), createdMs: 0 }));
    const events = [[7, 8, 9], [9], [1, 7, 2]];
    events.forEach((chs, n) => {
      ev.reset();
      ev.eventNumber = n;
      for (const c of chs) ev.addStraw(c, 10 * c);
      r.push(encodeEvent(ev));
    });
    r.end();
    const b = batches[0];
    expect(Array.from(b.strawOffset)).toEqual([0, 1, 1, 3]);
    expect(Array.from(b.strawChannel)).toEqual([8, 1, 2]);
    expect(Array.from(b.strawTimeNs)).toEqual([80, 10, 20]);
    expect(new StrawChannelDropper([]).empty).toBe(true);
  });
});
