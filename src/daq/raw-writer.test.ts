import { describe, expect, it } from 'vitest';
import { errorCode } from '../../test/support/error-code.js';
import { crc32c } from './crc32c.js';
import { RawEvent } from './raw-event.js';
import { decodeFileHeader } from './raw-file-header.js';
import { RAW_SYNC } from './raw-format.js';
import { RawEncoder, encodeEvent, encodeFileHeader } from './raw-writer.js';

const hash = Uint8Array.from({ length: 32 }, (_, i) => i + 1);

describe('encodeFileHeader', () => {
  it('encodeFileHeader(info) lays the fields out at the offsets of docs/raw-format.md', () => {
    const h = encodeFileHeader({ run: 4242, setupName: 'na64e-2023 ✓', setupHash: hash, createdMs: 1718000000123.5, samplesPerChannel: 24 });
    const dv = new DataView(h.buffer);
    const nameBytes = new TextEncoder().encode('na64e-2023 ✓').length; // 14
    expect(new TextDecoder().decode(h.subarray(0, 8))).toBe('EMISSRAW');
    expect(dv.getUint16(8, true)).toBe(1);
    expect(dv.getUint32(12, true)).toBe(h.length);
    expect(h.length).toBe(Math.ceil((72 + nameBytes) / 8) * 8);
    expect(dv.getUint32(16, true)).toBe(4242);
    expect(dv.getUint16(20, true)).toBe(24);
    expect(dv.getFloat64(24, true)).toBe(1718000000123.5);
    expect(Array.from(h.subarray(32, 64))).toEqual(Array.from(hash));
    expect(dv.getUint32(64, true)).toBe(nameBytes);
    expect(new TextDecoder().decode(h.subarray(68, 68 + nameBytes))).toBe('na64e-2023 ✓');
    expect(dv.getUint32(h.length - 4, true)).toBe(crc32c(h, 0, h.length - 4));
  });

  it('encodeFileHeader(info) round-trips through decodeFileHeader', () => {
    const h = encodeFileHeader({ run: 1, setupName: '', setupHash: hash, createdMs: 0 });
    const r = decodeFileHeader(h);
    expect(r.kind).toBe('header');
    if (r.kind !== 'header') return;
    expect(r.header).toMatchObject({ version: 1, headerBytes: 72, run: 1, setupName: '', samplesPerChannel: 32, createdMs: 0, intact: true });
    expect(Array.from(r.header.setupHash)).toEqual(Array.from(hash));
  });

  it('encodeFileHeader(info) rejects a hash that is not 32 bytes, a bad run or samples per channel', () => {
    expect(errorCode(() => encodeFileHeader({ run: 1, setupName: 'x', setupHash: new Uint8Array(31), createdMs: 0 }))).toBe('BAD_OPTION');
    expect(errorCode(() => encodeFileHeader({ run: -1, setupName: 'x', setupHash: hash, createdMs: 0 }))).toBe('BAD_OPTION');
    expect(errorCode(() => encodeFileHeader({ run: 1, setupName: 'x', setupHash: hash, createdMs: 0, samplesPerChannel: 0 }))).toBe('BAD_OPTION');
  });
});

describe('RawEncoder', () => {
  function event(): RawEvent {
    const ev = new RawEvent();
    ev.samplesPerChannel = 3;
    ev.eventNumber = 2 ** 40 + 5;
    ev.run = 9;
    ev.spill = 2;
    ev.eventInSpill = 77;
    ev.triggerBits = 0x80000001;
    ev.timestampNs = 123.25;
    ev.adcSamples.set([10, 11, 12], ev.addAdc(500));
    ev.adcSamples.set([20, 21, 22], ev.addAdc(501));
    ev.adcSamples.set([30, 31, 32], ev.addAdc(502));
    ev.addStraw(70000, 1.5);
    ev.addStrip(8, 300, -2.5);
    return ev;
  }

  it('encode(ev) writes sync word, body length, event header, three blocks, reserved word and CRC', () => {
    const rec = new RawEncoder().encode(event());
    const dv = new DataView(rec.buffer, rec.byteOffset, rec.length);
    expect(Array.from(rec.subarray(0, 4))).toEqual([0x45, 0x56, 0x4e, 0x54]); // "EVNT"
    expect(dv.getUint32(0, true)).toBe(RAW_SYNC);
    const body = dv.getUint32(4, true);
    expect(rec.length).toBe(body + 16);
    expect(rec.length % 8).toBe(0);
    // Event header.
    expect(dv.getUint32(8, true) + dv.getUint32(12, true) * 2 ** 32).toBe(2 ** 40 + 5);
    expect([dv.getUint32(16, true), dv.getUint32(20, true), dv.getUint32(24, true), dv.getUint32(28, true)]).toEqual([9, 2, 77, 0x80000001]);
    expect(dv.getFloat64(32, true)).toBe(123.25);
    // SADC block at record offset 40: 8 + align4(6) + 18 = 34 → 40 bytes of payload.
    expect([dv.getUint16(40, true), dv.getUint16(42, true), dv.getUint32(44, true)]).toEqual([1, 0, 40]);
    expect([dv.getUint16(48, true), dv.getUint32(52, true)]).toEqual([3, 3]);
    expect([dv.getUint16(56, true), dv.getUint16(58, true), dv.getUint16(60, true)]).toEqual([500, 501, 502]);
    expect(dv.getUint16(64, true)).toBe(10);
    expect(dv.getUint16(64 + 2 * 8, true)).toBe(32);
    // Straw block at 88: payload align8(4 + 8) = 16.
    expect([dv.getUint16(88, true), dv.getUint32(92, true)]).toEqual([2, 16]);
    expect([dv.getUint32(96, true), dv.getUint32(100, true), dv.getFloat32(104, true)]).toEqual([1, 70000, 1.5]);
    // Strip block at 112: payload align8(4 + 10) = 16.
    expect([dv.getUint16(112, true), dv.getUint32(116, true)]).toEqual([3, 16]);
    expect([dv.getUint32(120, true), dv.getUint32(124, true), dv.getFloat32(128, true), dv.getUint16(132, true)]).toEqual([1, 8, -2.5, 300]);
    expect(body).toBe(136 - 8);
    expect(dv.getUint32(rec.length - 8, true)).toBe(0);
    expect(dv.getUint32(rec.length - 4, true)).toBe(crc32c(rec, 0, rec.length - 4));
  });

  it('encode(ev) reuses its buffer: consecutive records are views of the same memory', () => {
    const enc = new RawEncoder();
    const a = enc.encode(event());
    const b = enc.encode(event());
    expect(a.buffer).toBe(b.buffer);
    expect(a.byteOffset).toBe(0);
  });

  it('encode(ev) clears padding left by a larger previous event', () => {
    const enc = new RawEncoder();
    const big = new RawEvent();
    for (let k = 0; k < 50; k++) big.adcSamples.fill(0xffff, big.addAdc(k), (k + 1) * 32);
    enc.encode(big);
    const small = enc.encode(event()).slice();
    expect(Array.from(small)).toEqual(Array.from(new RawEncoder().encode(event())));
  });

  it('encodeEvent(ev) without scratch returns an array that owns its bytes', () => {
    const a = encodeEvent(event());
    const enc = new RawEncoder();
    const b = encodeEvent(event(), enc);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a.buffer.byteLength).toBe(a.length);
  });

  it('encode(ev) rejects header fields out of range and samples that do not match the channels', () => {
    const enc = new RawEncoder();
    const ev = event();
    ev.eventNumber = 2 ** 53;
    expect(() => enc.encode(ev)).toThrow(/RawEvent.eventNumber/);
    ev.eventNumber = 1.5;
    expect(errorCode(() => enc.encode(ev))).toBe('BAD_OPTION');
    ev.eventNumber = 1;
    ev.run = 2 ** 32;
    expect(() => enc.encode(ev)).toThrow(/RawEvent.run/);
    ev.run = 1;
    ev.samplesPerChannel = 10_000;
    expect(() => enc.encode(ev)).toThrow(/RawEvent.samplesPerChannel/);
  });
});
