import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hist1D, Hist2D, histFromRootJson } from '../../src/analysis/index.js';
import { goodElectrons, writeDstFile } from '../support/dst-files.js';
import { runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-hist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 6 preselected events: 2 in the signal box, 4 outside; 1 event failing the preselection (momentum)
const ECAL = [10, 40, 100, 60, 30, 95, 100];
const HCAL = [0.2, 0.5, 0.1, 38, 12, 3, 0];
let data = '';
beforeAll(async () => {
  const g = goodElectrons(ECAL.length, ECAL, HCAL);
  (g.mom_GeV as Float64Array)[6] = 80;
  data = await writeDstFile(join(dir, 'd.parquet'), ECAL.length, g);
});

describe('emiss hist', () => {
  it('writes TH1D/TH2D JSON of the preselected events, leaving out the blinded box, and the plane SVG', async () => {
    const out = join(dir, 'h');
    const r = await runInProcess(['hist', data, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ blinded: true, events: 4, simulation: false });
    const e = histFromRootJson(JSON.parse(readFileSync(join(out, 'e_ecal_GeV.json'), 'utf8'))) as Hist1D;
    expect(e).toBeInstanceOf(Hist1D);
    expect(e.entries).toBe(4);
    expect(e.binContent(e.findBin(100))).toBe(1);
    const p = histFromRootJson(JSON.parse(readFileSync(join(out, 'ecal_hcal.json'), 'utf8'))) as Hist2D;
    expect(p.integral()).toBe(4);
    // the file as written opens in JSROOT
    const J = (await import('jsroot')) as unknown as { parse(t: string): { _typename: string; fEntries: number } };
    expect(J.parse(readFileSync(join(out, 'ecal_hcal.json'), 'utf8'))).toMatchObject({ _typename: 'TH2D', fEntries: 4 });
    expect(readFileSync(join(out, 'e_ecal_GeV.svg'), 'utf8')).toMatch(/^<svg[^]*Entries/);
    const svg = readFileSync(join(out, 'ecal_hcal.svg'), 'utf8');
    expect(svg).toMatch(/^<svg/);
    for (const label of ['>I<', '>II<', '>III<', 'signal box']) expect(svg).toContain(label);
    expect(svg).not.toMatch(/NaN|Infinity/);
    const un = JSON.parse((await runInProcess(['hist', data, '--out', out, '--unblind', '--json'])).out);
    expect(un.events).toBe(6);
  });

  it('refuses a histogram with zero bins in one line naming the option', async () => {
    const r = await runInProcess(['hist', data, '--out', join(dir, 'z'), '--h1', 'e_ecal_GeV:0:0:150']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/hist 'e_ecal_GeV' x axis: number of bins 0 must be a positive integer/);
  });
});
