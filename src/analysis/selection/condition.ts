/**
 * The conditions of a selection: structured, parsed from YAML, never spliced as text. A leaf
 * compares a linear expression of DST columns with a number (`op` + `value`) or a closed range
 * (`between`); `all`, `any` and `not` combine conditions.
 */
import type { LinearExpr } from './linear-expr.js';

/** Comparison operators allowed in a leaf. */
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** The operators, for validation and messages. */
export const COMPARE_OPS: readonly CompareOp[] = ['<', '<=', '>', '>=', '==', '!='];

/** `expr op value`. */
export interface CompareCondition {
  kind: 'compare';
  expr: LinearExpr;
  op: CompareOp;
  value: number;
}

/** `lo ≤ expr ≤ hi`. */
export interface BetweenCondition {
  kind: 'between';
  expr: LinearExpr;
  lo: number;
  hi: number;
}

/** Every sub-condition holds. */
export interface AllCondition {
  kind: 'all';
  of: Condition[];
}

/** At least one sub-condition holds. */
export interface AnyCondition {
  kind: 'any';
  of: Condition[];
}

/** The sub-condition does not hold. */
export interface NotCondition {
  kind: 'not';
  of: Condition;
}

/** A parsed condition. */
export type Condition = CompareCondition | BetweenCondition | AllCondition | AnyCondition | NotCondition;

/** The DST columns a condition reads, each once, in order of appearance. */
export function conditionColumns(c: Condition, into: string[] = []): string[] {
  switch (c.kind) {
    case 'compare':
    case 'between':
      for (const t of c.expr.terms) if (!into.includes(t.column)) into.push(t.column);
      return into;
    case 'all':
    case 'any':
      for (const s of c.of) conditionColumns(s, into);
      return into;
    case 'not':
      return conditionColumns(c.of, into);
  }
}
