/**
 * Parsing a setup file's text (YAML) into a validated {@link Setup}. Pure: the caller reads the
 * file. Errors name the file, the line, the key path and what is allowed, in one line.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { EmissError } from '../core/index.js';
import { setupSchema } from './setup-schema.js';
import type { Setup } from './setup-schema.js';

/** Parses and validates setup text; `fileName` is used in error messages only. */
export function parseSetup(text: string, fileName = 'setup.yaml'): Setup {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const { line } = lines.linePos(e.pos[0]);
    throw new EmissError('BAD_FILE', `${fileName}:${line}`, `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  const parsed = setupSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.map(String);
  // The line of the offending key (or of its parent when the key is missing).
  let line: number | undefined;
  for (let n = path.length; n >= 0 && line === undefined; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const pair = n > 0 ? (doc.getIn(path.slice(0, n - 1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined) : undefined;
    const keyNode = pair?.items?.find((it) => String(it.key?.value) === path[n - 1])?.key;
    const range = keyNode?.range ?? node?.range;
    if (range) line = lines.linePos(range[0]).line;
  }
  const where = `${fileName}${line ? `:${line}` : ''}: ${path.length ? path.join('.') : '(top level)'}`;
  throw new EmissError('BAD_FILE', where, describe(issue));
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}; see docs/setup.md for the allowed keys`;
  if (issue.code === 'invalid_value') return `${issue.message}`;
  return issue.message;
}
