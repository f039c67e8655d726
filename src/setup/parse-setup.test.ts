import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseSetup } from './parse-setup.js';

const dir = new URL('../../configs/', import.meta.url);
/** Base files are read from the configs folder (the CLI resolves them relative to the file). */
const readBase = (ref: string): { text: string; fileName: string } => ({ text: readFileSync(new URL(ref, dir), 'utf8'), fileName: ref });

describe('parseSetup(text, fileName)', () => {
  it('accepts every bundled setup file', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) expect(parseSetup(readFileSync(new URL(f, dir), 'utf8'), f, readBase).name).toBe(f.replace(/\.yaml$/, ''));
  });
  const good = readFileSync(new URL('na64e-2016-2018.yaml', dir), 'utf8');
  it('names an unknown key, its line and where to look', () => {
    const bad = good.replace('  energyGeV: 100', '  energyGeV: 100\n  energyGev: 100');
    expect(() => parseSetup(bad, 'x.yaml')).toThrow(/x\.yaml:\d+: beam: unknown key 'energyGev'/);
  });
  it('names a value of the wrong type with its key path and line', () => {
    const bad = good.replace('particlesOnTarget: 2.84e11', 'particlesOnTarget: lots');
    expect(() => parseSetup(bad, 'x.yaml')).toThrow(/x\.yaml:\d+: exposure\.particlesOnTarget: .*number/);
  });
  it('rejects zero or negative particles on target', () => {
    expect(() => parseSetup(good.replace('particlesOnTarget: 2.84e11', 'particlesOnTarget: 0'), 'x.yaml')).toThrow(/particlesOnTarget/);
  });
  it('reports broken YAML with its line', () => {
    expect(() => parseSetup('beam: [1, 2\nname: x', 'y.yaml')).toThrow(/y\.yaml:\d+: not valid YAML/);
  });
  it('checks that the efficiency table has as many values as masses', () => {
    expect(() => parseSetup(good.replace('values: [0.6, 0.6]', 'values: [0.6]'), 'x.yaml')).toThrow(/signal\.efficiency\.values: massesGeV and values/);
  });
});

describe('parseSetup with extends', () => {
  const base = readFileSync(new URL('na64e-2021-2023.yaml', dir), 'utf8');
  const files: Record<string, string> = { 'base.yaml': base };
  const read = (ref: string): { text: string; fileName: string } => {
    if (!(ref in files)) throw new Error(`test: no file ${ref}`);
    return { text: files[ref], fileName: ref };
  };
  const variant = (body: string): string => `extends: base.yaml\nname: variant\n${body}`;

  it('keeps what the variant does not say and overrides what it does, key by key', () => {
    const s = parseSetup(variant('beam:\n  particle: e+\n  energyGeV: 70\n'), 'v.yaml', read);
    const b = parseSetup(base, 'base.yaml');
    expect(s.beam.particle).toBe('e+');
    expect(s.beam.energyGeV).toBe(70);
    expect(s.beam.spotSigmaXCm).toBe(b.beam.spotSigmaXCm);
    expect(s.detectors?.length).toBe(b.detectors?.length);
    expect(s.exposure).toEqual(b.exposure);
  });
  it('merges detectors by name, removes with remove: true, appends new names', () => {
    const s = parseSetup(
      variant(
        'detectors:\n  - { name: MBPL1, fieldIntegralTm: -3.5 }\n  - { name: VHCAL, remove: true }\n' +
          '  - { type: volume, name: AIR, material: air, zCm: 3000, lengthCm: 10 }\n',
      ),
      'v.yaml',
      read,
    );
    const names = (s.detectors ?? []).map((d) => d.name);
    expect(names).not.toContain('VHCAL');
    expect(names[names.length - 1]).toBe('AIR');
    const m = s.detectors?.find((d) => d.name === 'MBPL1');
    expect(m?.type === 'magnet' && m.fieldIntegralTm).toBe(-3.5);
    expect(m?.type === 'magnet' && m.lengthCm).toBe(200);
  });
  it('drops a key set to null', () => {
    expect(parseSetup(variant('signal: null\n'), 'v.yaml', read).signal).toBeUndefined();
  });
  it('names the variant file and the item when it removes an unknown detector', () => {
    expect(() => parseSetup(variant('detectors:\n  - { name: NOPE, remove: true }\n'), 'v.yaml', read)).toThrow(/v\.yaml: detectors: cannot remove 'NOPE'.*one of S0, MM1/);
  });
  it('reports a bad value inherited from the base in the base file, with its line', () => {
    files['bad-base.yaml'] = base.replace('energyGeV: 100', 'energyGeV: -5');
    expect(() => parseSetup('extends: bad-base.yaml\nname: v\n', 'v.yaml', read)).toThrow(/bad-base\.yaml:\d+: beam\.energyGeV/);
  });
  it('reports a bad value set by the variant in the variant file', () => {
    expect(() => parseSetup(variant('beam:\n  energyGeV: -5\n'), 'v.yaml', read)).toThrow(/v\.yaml:4: beam\.energyGeV/);
  });
  it('refuses extends when no reader is given, and a loop', () => {
    expect(() => parseSetup(variant(''), 'v.yaml')).toThrow(/v\.yaml:1: extends: .*given as text alone/);
    files['loop.yaml'] = 'extends: loop.yaml\nname: loop\n';
    expect(() => parseSetup(files['loop.yaml'], 'loop.yaml', read)).toThrow(/levels of extends/);
  });
});
