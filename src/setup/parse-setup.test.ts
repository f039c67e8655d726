import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseSetup } from './parse-setup.js';

const dir = new URL('../../configs/', import.meta.url);

describe('parseSetup(text, fileName)', () => {
  it('accepts every bundled setup file', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) expect(parseSetup(readFileSync(new URL(f, dir), 'utf8'), f).name).toBe(f.replace(/\.yaml$/, ''));
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
