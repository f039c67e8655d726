/**
 * Parsing a selection file (YAML) into a {@link Selection}: structure checked with zod, every
 * expression parsed by {@link parseLinearExpr}. Errors name the file, the line and the key.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { EmissError } from '../../core/index.js';
import { COMPARE_OPS } from './condition.js';
import type { CompareOp, Condition } from './condition.js';
import { COLUMN_NAME, parseLinearExpr } from './linear-expr.js';
import type { Cut, Region, Selection } from './selection.js';

type RawCondition =
  | { expr: string; op: string; value: number }
  | { expr: string; between: [number, number] }
  | { all: RawCondition[] }
  | { any: RawCondition[] }
  | { not: RawCondition };

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const rawCondition: z.ZodType<RawCondition> = z.lazy(() =>
  z.union([
    z.object({ expr: z.string(), op: z.string(), value: finite }).strict(),
    z.object({ expr: z.string(), between: z.tuple([finite, finite]) }).strict(),
    z.object({ all: z.array(rawCondition).min(1) }).strict(),
    z.object({ any: z.array(rawCondition).min(1) }).strict(),
    z.object({ not: rawCondition }).strict(),
  ]),
);

const rawCut = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only'),
    description: z.string().default(''),
    source: z.string().min(1, 'every threshold needs a source'),
    where: rawCondition,
    uncertainty: z.number().nonnegative().default(0),
  })
  .strict();

const rawRegion = z.object({ name: z.string().min(1), description: z.string().default(''), source: z.string().min(1), where: rawCondition }).strict();

const rawSelection = z
  .object({
    schema: z.literal('emiss-selection/1'),
    name: z.string().min(1),
    description: z.string().default(''),
    weight: z.string().regex(COLUMN_NAME).default('weight'),
    cuts: z.array(rawCut).min(1),
    signalBox: z.object({ name: z.string().default('signal box'), source: z.string().min(1), blind: z.boolean().default(true), cuts: z.array(rawCut).min(1) }).strict(),
    regions: z.array(rawRegion).default([]),
    references: z.record(z.string(), z.string()).default({}),
  })
  .strict();

function toCondition(c: RawCondition, where: string): Condition {
  if ('all' in c) return { kind: 'all', of: c.all.map((s, i) => toCondition(s, `${where}.all[${i}]`)) };
  if ('any' in c) return { kind: 'any', of: c.any.map((s, i) => toCondition(s, `${where}.any[${i}]`)) };
  if ('not' in c) return { kind: 'not', of: toCondition(c.not, `${where}.not`) };
  const expr = parseLinearExpr(c.expr, `${where}.expr`);
  if ('between' in c) {
    if (!(c.between[0] <= c.between[1])) throw new EmissError('BAD_FILE', `${where}.between`, `[${c.between.join(', ')}] is empty`, 'low ≤ high');
    return { kind: 'between', expr, lo: c.between[0], hi: c.between[1] };
  }
  if (!(COMPARE_OPS as readonly string[]).includes(c.op)) throw new EmissError('BAD_FILE', `${where}.op`, `unknown operator ${JSON.stringify(c.op)}`, COMPARE_OPS.join(' '));
  return { kind: 'compare', expr, op: c.op as CompareOp, value: c.value };
}

/**
 * Parses and validates a selection file's text. `fileName` names the file in errors
 * (`selection.yaml:12: cuts.3.where: …`). Cut names must be unique across cuts and box.
 *
 * @example
 * const sel = parseSelection(readFileSync('configs/selections/na64e-invisible.yaml', 'utf8'), 'na64e-invisible.yaml');
 */
export function parseSelection(text: string, fileName = 'selection.yaml'): Selection {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new EmissError('BAD_FILE', `${fileName}:${lines.linePos(e.pos[0]).line}`, `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const lineOf = (path: (string | number)[]): string => {
    for (let k = path.length; k >= 0; k--) {
      const node = doc.getIn(path.slice(0, k), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return `:${lines.linePos(node.range[0]).line}`;
    }
    return '';
  };
  const parsed = rawSelection.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    throw new EmissError('BAD_FILE', `${fileName}${lineOf(path)}: ${path.join('.') || '(top level)'}`, issue.message);
  }
  const raw = parsed.data;
  const seen = new Set<string>();
  const cut = (c: z.infer<typeof rawCut>, path: (string | number)[]): Cut => {
    const where = `${fileName}${lineOf(path)}: ${path.join('.')} '${c.name}'`;
    if (seen.has(c.name)) throw new EmissError('BAD_FILE', where, `cut name '${c.name}' is used twice`, 'unique cut names');
    seen.add(c.name);
    return { name: c.name, description: c.description, source: c.source, where: toCondition(c.where, `${where} where`), uncertainty: c.uncertainty };
  };
  const cuts = raw.cuts.map((c, i) => cut(c, ['cuts', i]));
  const boxCuts = raw.signalBox.cuts.map((c, i) => cut(c, ['signalBox', 'cuts', i]));
  const regions: Region[] = raw.regions.map((r, i) => ({
    name: r.name,
    description: r.description,
    source: r.source,
    where: toCondition(r.where, `${fileName}${lineOf(['regions', i])}: regions.${i} '${r.name}' where`),
  }));
  return {
    name: raw.name,
    description: raw.description,
    weightColumn: raw.weight,
    cuts,
    signalBox: { name: raw.signalBox.name, source: raw.signalBox.source, blind: raw.signalBox.blind, cuts: boxCuts },
    regions,
    references: raw.references,
    fileName,
  };
}
