import { EmissError } from '../../core/index.js';
import type { Condition } from './condition.js';
import type { LinearExpr } from './linear-expr.js';

/** Columns of a batch: name → values (row i at index i), e.g. a DST batch of src/reco. */
export type ColumnArrays = Readonly<Record<string, Float64Array>>;

function evalExpr(e: LinearExpr, cols: ColumnArrays, n: number, out: Float64Array): Float64Array {
  out.fill(e.constant, 0, n);
  for (const t of e.terms) {
    const v = cols[t.column];
    if (v === undefined) throw new EmissError('BAD_OPTION', `expression '${e.text}'`, `column '${t.column}' is not in the batch`, Object.keys(cols).join(', '));
    const k = t.coef;
    for (let i = 0; i < n; i++) out[i] += k * v[i];
  }
  return out;
}

/**
 * Evaluates a condition on n rows of column arrays, in JS — the same semantics as
 * {@link conditionSql} in DuckDB (the tests check that both agree), for in-memory batches
 * (the monitor, reconstruction on the fly). Writes 1 (pass) or 0 into `out` (allocated when
 * absent) and returns it. `shift` loosens thresholds as in conditionSql.
 */
export function conditionMask(c: Condition, cols: ColumnArrays, n: number, out = new Uint8Array(n), shift = 0): Uint8Array {
  switch (c.kind) {
    case 'compare': {
      const x = evalExpr(c.expr, cols, n, new Float64Array(n));
      const v = c.op === '<' || c.op === '<=' ? c.value + shift : c.op === '>' || c.op === '>=' ? c.value - shift : c.value;
      switch (c.op) {
        case '<': for (let i = 0; i < n; i++) out[i] = x[i] < v ? 1 : 0; break;
        case '<=': for (let i = 0; i < n; i++) out[i] = x[i] <= v ? 1 : 0; break;
        case '>': for (let i = 0; i < n; i++) out[i] = x[i] > v ? 1 : 0; break;
        case '>=': for (let i = 0; i < n; i++) out[i] = x[i] >= v ? 1 : 0; break;
        case '==': for (let i = 0; i < n; i++) out[i] = x[i] === v ? 1 : 0; break;
        case '!=': for (let i = 0; i < n; i++) out[i] = x[i] !== v ? 1 : 0; break;
      }
      return out;
    }
    case 'between': {
      const x = evalExpr(c.expr, cols, n, new Float64Array(n));
      const lo = c.lo - shift;
      const hi = c.hi + shift;
      for (let i = 0; i < n; i++) out[i] = x[i] >= lo && x[i] <= hi ? 1 : 0;
      return out;
    }
    case 'all': {
      out.fill(1, 0, n);
      const m = new Uint8Array(n);
      for (const s of c.of) {
        conditionMask(s, cols, n, m, shift);
        for (let i = 0; i < n; i++) out[i] &= m[i];
      }
      return out;
    }
    case 'any': {
      out.fill(0, 0, n);
      const m = new Uint8Array(n);
      for (const s of c.of) {
        conditionMask(s, cols, n, m, shift);
        for (let i = 0; i < n; i++) out[i] |= m[i];
      }
      return out;
    }
    case 'not': {
      conditionMask(c.of, cols, n, out, -shift);
      for (let i = 0; i < n; i++) out[i] ^= 1;
      return out;
    }
  }
}
