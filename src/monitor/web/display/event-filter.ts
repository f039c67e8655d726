/**
 * The display's event filter: a free expression over the reconstruction summary's fields from
 * a fixed list, e.g. the NA64e signal box `e_ecal_GeV < 50 && e_hcal_GeV < 1` (NA64,
 * arXiv:1906.00176: E_ECAL < 50 GeV, E_HCAL < 1 GeV). Grammar (no code is evaluated):
 *   expr := and ('||' and)* ;  and := cond ('&&' cond)* ;  cond := '(' expr ')' | field op number
 *   op := < <= > >= == !=
 */
import { EmissError } from '../../../core/index.js';

/** Fields the filter accepts (DST columns, docs/dst.md). */
export const FILTER_FIELDS: readonly string[] = [
  'e_ecal_GeV',
  'e_ecal_pre_GeV',
  'e_hcal_GeV',
  'e_hcal1_GeV',
  'e_hcal2_GeV',
  'e_hcal3_GeV',
  'e_hcal4_GeV',
  'e_srd_GeV',
  'e_srd_min_GeV',
  'e_veto_GeV',
  'e_vhcal_GeV',
  'e_wcal_GeV',
  'ecal_x_cm',
  'ecal_y_cm',
  'ecal_chi2',
  'ecal_time_ns',
  'mom_ok',
  'mom_GeV',
  'mom_out_ok',
  'mom_out_GeV',
  'n_tracks_up',
  'n_tracks_down',
  'n_saturated',
  'trigger_bits',
  'trigger_class',
  'spill',
  'event',
];

/** The NA64e signal box as a filter (arXiv:1906.00176). */
export const SIGNAL_BOX = 'e_ecal_GeV < 50 && e_hcal_GeV < 1';

/** A compiled filter: true when the summary passes. A field missing from a summary counts as 0. */
export type EventFilter = (summary: Readonly<Record<string, number>>) => boolean;

const OPS: Record<string, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

/** Compiles an expression; an empty one passes every event. Throws BAD_OPTION naming the bad token and the allowed ones. */
export function compileFilter(text: string): EventFilter {
  const tokens = text.match(/\s*(\(|\)|&&|\|\||<=|>=|==|!=|<|>|[A-Za-z_][A-Za-z0-9_]*|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|\S)/g)?.map((t) => t.trim()) ?? [];
  if (tokens.length === 0) return () => true;
  let pos = 0;
  const fail = (what: string, allowed: string): never => {
    throw new EmissError('BAD_OPTION', 'filter', `${what} at token ${pos + 1} of '${text}'`, allowed);
  };
  const peek = (): string | undefined => tokens[pos];
  function cond(): EventFilter {
    if (peek() === '(') {
      pos++;
      const inner = expr();
      if (peek() !== ')') fail(`expected ')' but found '${peek() ?? 'end'}'`, ')');
      pos++;
      return inner;
    }
    const field = peek();
    if (field === undefined || !FILTER_FIELDS.includes(field)) fail(`unknown field '${field ?? 'end'}'`, FILTER_FIELDS.join(', '));
    pos++;
    const op = peek();
    if (op === undefined || !(op in OPS)) fail(`expected a comparison after ${field}, found '${op ?? 'end'}'`, Object.keys(OPS).join(' '));
    pos++;
    const num = Number(peek());
    if (peek() === undefined || !Number.isFinite(num)) fail(`expected a number after '${field} ${op}', found '${peek() ?? 'end'}'`, 'a number, e.g. 50 or 1e-3');
    pos++;
    const f = OPS[op as string];
    const name = field as string;
    return (s) => f(s[name] ?? 0, num);
  }
  function and(): EventFilter {
    const parts = [cond()];
    while (peek() === '&&') {
      pos++;
      parts.push(cond());
    }
    return parts.length === 1 ? parts[0] : (s) => parts.every((p) => p(s));
  }
  function expr(): EventFilter {
    const parts = [and()];
    while (peek() === '||') {
      pos++;
      parts.push(and());
    }
    return parts.length === 1 ? parts[0] : (s) => parts.some((p) => p(s));
  }
  const f = expr();
  if (pos < tokens.length) fail(`unexpected '${tokens[pos]}'`, '&&, || or the end');
  return f;
}
