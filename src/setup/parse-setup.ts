/**
 * Parsing a setup file's text (YAML) into a validated {@link Setup}. Pure: the caller reads the
 * files. Errors name the file, the line, the key path and what is allowed, in one line.
 *
 * A setup may start from another with `extends: other.yaml` (a path relative to the file): the
 * two are merged before validation, see {@link mergeSetupData}. This keeps variants of one
 * layout (positron beam, another hadron species, another run period) to the lines that differ.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { EmissError } from '../core/index.js';
import { mergeSetupData } from './merge-setup-data.js';
import { setupSchema } from './setup-schema.js';
import type { Setup } from './setup-schema.js';

/**
 * Reads the file a setup extends: gets the `extends` value and the name of the file that holds
 * it, returns the base file's text and the name to use for it in messages and further look-ups.
 */
export type ReadBaseSetup = (ref: string, from: string) => { text: string; fileName: string };

/** How deep `extends` may chain (a guard against a file that extends itself in a loop). */
const MAX_EXTENDS_DEPTH = 8;

interface ParsedFile {
  doc: Document;
  lines: LineCounter;
  fileName: string;
}

/**
 * Parses and validates setup text; `fileName` is used in error messages and passed to
 * `readBase` to resolve `extends`. Without `readBase`, a setup with `extends` is an error.
 */
export function parseSetup(text: string, fileName = 'setup.yaml', readBase?: ReadBaseSetup): Setup {
  const files: ParsedFile[] = [];
  const data = readRaw(text, fileName, readBase, files, 0);
  const parsed = setupSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.map(String);
  // The file and line of the offending key (or of its parent when the key is missing): the
  // extending file first, then the files it extends.
  const key = path.length ? path.join('.') : '(top level)';
  const exact = files.find((f) => lineOf(f, path, true) !== undefined);
  const f = exact ?? files[0];
  const line = lineOf(f, path, exact !== undefined);
  const where = `${f.fileName}${line !== undefined ? `:${line}` : ''}: ${key}`;
  throw new EmissError('BAD_FILE', where, describe(issue));
}

function readRaw(text: string, fileName: string, readBase: ReadBaseSetup | undefined, files: ParsedFile[], depth: number): unknown {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const { line } = lines.linePos(e.pos[0]);
    throw new EmissError('BAD_FILE', `${fileName}:${line}`, `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  files.push({ doc, lines, fileName });
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('extends' in data)) return data;
  const { extends: ref, ...rest } = data as Record<string, unknown>;
  const where = `${fileName}:${lineOf(files[files.length - 1], ['extends'], true) ?? 1}: extends`;
  if (typeof ref !== 'string') throw new EmissError('BAD_FILE', where, 'must be the path of another setup file', 'extends: na64e-2021-2023.yaml');
  if (!readBase) throw new EmissError('BAD_FILE', where, 'this setup extends another file but was given as text alone', 'load it with the emiss CLI, which reads the base file');
  if (depth >= MAX_EXTENDS_DEPTH) throw new EmissError('BAD_FILE', where, `more than ${MAX_EXTENDS_DEPTH} levels of extends (a loop?)`);
  const base = readBase(ref, fileName);
  const baseData = readRaw(base.text, base.fileName, readBase, files, depth + 1);
  return mergeSetupData(baseData, rest, fileName);
}

/** Line of the key at `path` in one file; `exactOnly` false falls back to the nearest parent. */
function lineOf(f: ParsedFile, path: string[], exactOnly = false): number | undefined {
  for (let n = path.length; n >= (exactOnly ? path.length : 0); n--) {
    const node = f.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const parent = n > 0 ? (f.doc.getIn(path.slice(0, n - 1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined) : undefined;
    const keyNode = parent?.items?.find((it) => String(it.key?.value) === path[n - 1])?.key;
    const range = keyNode?.range ?? node?.range;
    if (range) return f.lines.linePos(range[0]).line;
  }
  return undefined;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}; see docs/setup.md for the allowed keys`;
  if (issue.code === 'invalid_value') return `${issue.message}`;
  return issue.message;
}
