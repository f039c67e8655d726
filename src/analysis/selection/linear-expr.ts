import { EmissError } from '../../core/index.js';

/** One term c·column of a linear expression. */
export interface LinearTerm {
  coef: number;
  column: string;
}

/** A linear combination of DST columns plus a constant: Σ coef·column + constant. */
export interface LinearExpr {
  terms: LinearTerm[];
  constant: number;
  /** The text it was parsed from. */
  text: string;
}

/** Column names allowed in expressions: letters, digits, underscores, not starting with a digit. */
export const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const NUMBER = String.raw`(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
// One signed term: a number, a column, or number*column.
const TERM = new RegExp(String.raw`^\s*([+-])?\s*(?:(${NUMBER})\s*(\*)?\s*)?([A-Za-z_][A-Za-z0-9_]*)?\s*`);

/**
 * Parses a linear expression over DST columns, the only arithmetic a selection may use:
 * `e_ecal_GeV`, `e_ecal_GeV + e_hcal_GeV`, `2*e_hcal1_GeV - 0.5`. The grammar is
 * `expr := term (('+'|'-') term)*`, `term := number | column | number '*' column`; anything
 * else is refused with `BAD_FILE` naming `where`. No text from the file ever reaches SQL
 * unparsed: the SQL is generated from the parsed terms ({@link linearExprSql}).
 */
export function parseLinearExpr(text: string, where: string): LinearExpr {
  const terms: LinearTerm[] = [];
  let constant = 0;
  let rest = text;
  let first = true;
  while (rest.trim().length > 0) {
    const m = TERM.exec(rest);
    const [all = '', sign, num, star, col] = m ?? [];
    if (!m || all.trim().length === 0 || (!first && sign === undefined) || (star !== undefined && col === undefined) || (num !== undefined && col !== undefined && star === undefined) || (num === undefined && col === undefined)) {
      throw new EmissError('BAD_FILE', where, `cannot parse expression ${JSON.stringify(text)} near ${JSON.stringify(rest.trim())}`, "a linear combination of columns, e.g. 'e_ecal_GeV + e_hcal_GeV'");
    }
    const s = sign === '-' ? -1 : 1;
    const c = num === undefined ? 1 : Number(num);
    if (col === undefined) constant += s * c;
    else terms.push({ coef: s * c, column: col });
    rest = rest.slice(all.length);
    first = false;
  }
  if (terms.length === 0) throw new EmissError('BAD_FILE', where, `expression ${JSON.stringify(text)} names no column`, 'at least one DST column');
  return { terms, constant, text };
}

/** A finite number as a SQL literal (scientific notation where JS uses it; DuckDB reads both). */
export function sqlNumber(x: number, where: string): string {
  if (!Number.isFinite(x)) throw new EmissError('BAD_FILE', where, `threshold ${x} is not a finite number`);
  return `(${String(x)})::DOUBLE`;
}

/** The SQL of a parsed expression: identifiers double-quoted (they match {@link COLUMN_NAME}), numbers as literals. */
export function linearExprSql(e: LinearExpr): string {
  const parts = e.terms.map((t) => (t.coef === 1 ? `"${t.column}"` : `${sqlNumber(t.coef, e.text)} * "${t.column}"`));
  if (e.constant !== 0) parts.push(sqlNumber(e.constant, e.text));
  return parts.length === 1 ? parts[0] : `(${parts.join(' + ')})`;
}
