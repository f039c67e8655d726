import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../test/support/error-code.js';
import { conditionSql } from './condition-sql.js';
import { parseLinearExpr } from './linear-expr.js';
import { parseSelection } from './parse-selection.js';

const BUNDLED = new URL('../../../configs/selections/na64e-invisible.yaml', import.meta.url);

const minimal = (where: string): string => `schema: emiss-selection/1
name: t
cuts:
  - { name: a, source: test, where: ${where} }
signalBox:
  source: test
  cuts:
    - { name: box, source: test, where: { expr: e_ecal_GeV, op: "<", value: 50 } }
`;

describe('parseSelection(text, fileName)', () => {
  it('parses the bundled NA64e invisible selection: 8 cuts, a 2-cut blinded box, regions I–III, every cut with a source', () => {
    const sel = parseSelection(readFileSync(BUNDLED, 'utf8'), 'na64e-invisible.yaml');
    expect(sel.cuts.map((c) => c.name)).toEqual(['physics_trigger', 'momentum', 'single_track', 'srd', 'preshower', 'shower_shape', 'veto', 'vhcal_quiet']);
    expect(sel.signalBox.blind).toBe(true);
    expect(sel.signalBox.cuts.map((c) => conditionSql(c.where))).toEqual(['("e_ecal_GeV" < (50)::DOUBLE)', '("e_hcal_GeV" < (1)::DOUBLE)']);
    expect(sel.regions.map((r) => r.name)).toEqual(['I', 'II', 'III']);
    for (const c of [...sel.cuts, ...sel.signalBox.cuts]) expect(c.source.length).toBeGreaterThan(10);
    expect(conditionSql(sel.cuts[1].where)).toBe('(("mom_ok" = (1)::DOUBLE) AND ("mom_GeV" BETWEEN (97)::DOUBLE AND (103)::DOUBLE))');
  });

  it('names the file, the line and the key of a bad operator, a missing source, a bad expression', () => {
    expect(() => parseSelection(minimal('{ expr: e_ecal_GeV, op: "=<", value: 1 }'), 's.yaml')).toThrow(/^s\.yaml:4: cuts\.0 'a' where\.op: unknown operator "=<"/);
    expect(() => parseSelection(minimal('{ expr: e_ecal_GeV, op: "<", value: 1 }').replace('source: test, where', 'where'), 's.yaml')).toThrow(/s\.yaml:4: cuts\.0\.source/);
    expect(errorCode(() => parseSelection(minimal('{ expr: "e_ecal_GeV); DROP TABLE x; --", op: "<", value: 1 }')))).toBe('BAD_FILE');
    expect(() => parseSelection(minimal('{ expr: "e_ecal_GeV OR 1=1", op: "<", value: 1 }'))).toThrow(/cannot parse expression/);
  });
});

describe('parseLinearExpr(text)', () => {
  it('reads columns, coefficients and constants', () => {
    expect(parseLinearExpr('e_ecal_GeV + e_hcal_GeV', 'x')).toMatchObject({ terms: [{ coef: 1, column: 'e_ecal_GeV' }, { coef: 1, column: 'e_hcal_GeV' }], constant: 0 });
    expect(parseLinearExpr('-2.5*a - b + 1e-3', 'x')).toMatchObject({ terms: [{ coef: -2.5, column: 'a' }, { coef: -1, column: 'b' }], constant: 0.001 });
    expect(() => parseLinearExpr('a b', 'x')).toThrow(/cannot parse/);
    expect(() => parseLinearExpr('3', 'x')).toThrow(/names no column/);
    expect(() => parseLinearExpr('a * b', 'x')).toThrow(/cannot parse/);
  });
});
