import { describe, expect, it } from 'vitest';
import { Hist1D } from './hist-1d.js';
import { Hist2D } from './hist-2d.js';
import { histFromRootJson } from './hist-from-root-json.js';
import { errorCode } from '../../../test/support/error-code.js';

interface JsrootApi {
  parse(json: string): Record<string, unknown>;
  create(type: string): Record<string, unknown>;
  makeSVG(args: { object: unknown; option: string; width: number; height: number }): Promise<string>;
}

async function jsroot(): Promise<JsrootApi> {
  return (await import('jsroot')) as unknown as JsrootApi;
}

/** Every member JSROOT's create(type) defines must be present in ours with the same JS type. */
function expectSameMembers(ours: Record<string, unknown>, ref: Record<string, unknown>, path: string): void {
  for (const [k, v] of Object.entries(ref)) {
    if (typeof v === 'function') continue; // methods JSROOT attaches (TestBit…), not members
    expect(ours, `${path}.${k}`).toHaveProperty(k);
    const o = ours[k];
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)) expectSameMembers(o as Record<string, unknown>, v as Record<string, unknown>, `${path}.${k}`);
    else if (v !== null) expect(Array.isArray(o) || ArrayBuffer.isView(o) ? 'array' : typeof o, `${path}.${k}`).toBe(Array.isArray(v) || ArrayBuffer.isView(v) ? 'array' : typeof v);
  }
}

function sample1D(): Hist1D {
  const h = new Hist1D('e_ecal', 'ECAL energy', 30, 0, 150, 'E_{ECAL} [GeV]', 'events');
  for (let i = 0; i < 500; i++) h.fill(100 - ((i * 7.3) % 60), 1 + (i % 4) * 0.25);
  h.fill(-5);
  h.fill(200, 2);
  return h;
}

describe('Hist1D.toRootJson / Hist2D.toRootJson (TBufferJSON layout)', () => {
  it('has every member JSROOT creates for TH1D and TH2D, with the same types', async () => {
    const J = await jsroot();
    expectSameMembers(sample1D().toRootJson() as unknown as Record<string, unknown>, J.create('TH1D'), 'TH1D');
    expectSameMembers(new Hist2D('p', '', 3, 0, 1, 4, 0, 1).toRootJson() as unknown as Record<string, unknown>, J.create('TH2D'), 'TH2D');
  });

  it('JSROOT parses the TH1D and draws it to SVG with our entries and mean in its stat box', async () => {
    const J = await jsroot();
    const h = sample1D();
    const obj = J.parse(JSON.stringify(h.toRootJson()));
    expect(obj._typename).toBe('TH1D');
    expect((obj.fArray as number[]).length).toBe(32);
    const svg = await J.makeSVG({ object: obj, option: 'hist', width: 600, height: 400 });
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('ECAL energy');
    // JSROOT's stat box shows fEntries and the mean it computes from fTsumwx/fTsumw
    expect(svg).toContain(String(h.entries));
    expect(svg).toContain(h.mean().toPrecision(4));
  });

  it('JSROOT draws the TH2D with option colz', async () => {
    const J = await jsroot();
    const h = new Hist2D('plane', 'E_{ECAL} vs E_{HCAL}', 30, 0, 150, 30, 0, 150, 'E_{ECAL} [GeV]', 'E_{HCAL} [GeV]');
    for (let i = 0; i < 300; i++) h.fill((i * 13) % 100, 100 - ((i * 13) % 100) + (i % 5));
    const svg = await J.makeSVG({ object: J.parse(JSON.stringify(h.toRootJson())), option: 'colz', width: 600, height: 500 });
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('<path');
  });

  it('histFromRootJson round-trips both classes through JSON', () => {
    const h = sample1D();
    const back = histFromRootJson(JSON.parse(JSON.stringify(h.toRootJson()))) as Hist1D;
    expect(back).toBeInstanceOf(Hist1D);
    expect(back.toRootJson()).toEqual(h.toRootJson());
    const p = new Hist2D('p', 't', 3, 0, 3, 2, -1, 1, 'x', 'y');
    p.fill(1, 0, 0.5);
    p.fill(9, 9);
    const p2 = histFromRootJson(JSON.parse(JSON.stringify(p.toRootJson()))) as Hist2D;
    expect(p2).toBeInstanceOf(Hist2D);
    expect(p2.toRootJson()).toEqual(p.toRootJson());
  });

  it('histFromRootJson rejects a non-histogram and a short fArray with BAD_FILE naming the member', () => {
    expect(errorCode(() => histFromRootJson({ _typename: 'TGraph' }, 'g.json'))).toBe('BAD_FILE');
    const j = sample1D().toRootJson();
    j.fArray = j.fArray.slice(1);
    expect(() => histFromRootJson(j, 'h.json')).toThrow(/h\.json\.fArray/);
  });
});
