import { describe, expect, it } from 'vitest';
import { parseWorkspace } from './workspace-schema.js';
import { ALL_MODIFIERS, PYHF_TWO_BIN } from './test-workspaces.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('parseWorkspace(json, where)', () => {
  it('accepts pyhf workspaces with every modifier type', () => {
    expect(parseWorkspace(clone(PYHF_TWO_BIN)).channels[0].samples).toHaveLength(2);
    expect(parseWorkspace(clone(ALL_MODIFIERS)).channels).toHaveLength(2);
  });
  it('names an unknown modifier type with its key path and the allowed types', () => {
    const ws = clone(PYHF_TWO_BIN) as unknown as { channels: { samples: { modifiers: { type: string }[] }[] }[] };
    ws.channels[0].samples[1].modifiers[0].type = 'gammasys';
    expect(() => parseWorkspace(ws, 'ws.json')).toThrow(/ws\.json: channels\[0\]\.samples\[1\]\.modifiers\[0\]\.type: unknown modifier type "gammasys" \(allowed: normfactor/);
  });
  it('names a misspelt key, a wrong version and missing data', () => {
    const a = clone(PYHF_TWO_BIN) as unknown as Record<string, unknown>;
    a.observation = a.observations;
    expect(() => parseWorkspace(a, 'ws.json')).toThrow(/ws\.json: \(top level\): unknown key 'observation'/);
    const b = clone(PYHF_TWO_BIN) as unknown as Record<string, unknown>;
    b.version = '2.0.0';
    expect(() => parseWorkspace(b, 'ws.json')).toThrow(/ws\.json: version/);
    const c = clone(PYHF_TWO_BIN) as unknown as { channels: { samples: { data?: number[] }[] }[] };
    delete c.channels[0].samples[0].data;
    expect(() => parseWorkspace(c, 'ws.json')).toThrow(/channels\[0\]\.samples\[0\]\.data/);
  });
  it('checks bin counts, observations and uncertainties', () => {
    const a = clone(PYHF_TWO_BIN);
    a.channels[0].samples[1].data = [50];
    expect(() => parseWorkspace(a, 'ws.json')).toThrow(/channels\[0\]\.samples\[1\]\.data: 1 bins/);
    const b = clone(PYHF_TWO_BIN);
    b.observations[0].name = 'other';
    expect(() => parseWorkspace(b, 'ws.json')).toThrow(/no observation for channel 'singlechannel'/);
    const c = clone(PYHF_TWO_BIN);
    (c.channels[0].samples[1].modifiers[0].data as number[])[0] = -1;
    expect(() => parseWorkspace(c, 'ws.json')).toThrow(/modifiers\[0\]\.data: a negative uncertainty/);
  });
});
