import type { Condition } from './condition.js';
import { linearExprSql, sqlNumber } from './linear-expr.js';

/**
 * The DuckDB SQL of a parsed condition. Built only from parsed pieces: column names that match
 * `[A-Za-z_][A-Za-z0-9_]*` in double quotes, finite numbers, and fixed operators — so a
 * selection file cannot inject SQL. `shift` (same units as the expression) loosens every
 * threshold by that amount (`<`: value + shift, `>`: value − shift, between: [lo − shift,
 * hi + shift]); used for the systematic variations of {@link Cut.uncertainty}.
 */
export function conditionSql(c: Condition, shift = 0): string {
  switch (c.kind) {
    case 'compare': {
      const v = c.op === '<' || c.op === '<=' ? c.value + shift : c.op === '>' || c.op === '>=' ? c.value - shift : c.value;
      const op = c.op === '==' ? '=' : c.op === '!=' ? '<>' : c.op;
      return `(${linearExprSql(c.expr)} ${op} ${sqlNumber(v, c.expr.text)})`;
    }
    case 'between':
      return `(${linearExprSql(c.expr)} BETWEEN ${sqlNumber(c.lo - shift, c.expr.text)} AND ${sqlNumber(c.hi + shift, c.expr.text)})`;
    case 'all':
      return c.of.length === 0 ? 'TRUE' : `(${c.of.map((s) => conditionSql(s, shift)).join(' AND ')})`;
    case 'any':
      return c.of.length === 0 ? 'FALSE' : `(${c.of.map((s) => conditionSql(s, shift)).join(' OR ')})`;
    case 'not':
      // A shift loosens the outer cut: inside a `not` the thresholds move the other way.
      return `(NOT ${conditionSql(c.of, -shift)})`;
  }
}
