/**
 * The configuration of `emiss background` (YAML, format in docs/analysis.md): the selection,
 * the exposure, the simulated background sources, the data sideband to extrapolate, and the
 * signal samples for the efficiency vs mass. Paths are relative to the config file.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { EmissError } from '../../core/index.js';

const range = z.tuple([z.number(), z.number()]).refine(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a < b, 'must be [low, high] with low < high');

const schema = z
  .object({
    schema: z.literal('emiss-background/1'),
    selection: z.string().min(1),
    setup: z.string().min(1).optional(),
    particlesOnTarget: z.number().positive().optional(),
    sources: z
      .array(
        z
          .object({
            name: z.string().min(1),
            dst: z.string().min(1),
            run: z.string().min(1).optional(),
            fraction: z.number().positive().default(1),
            relativeSystematic: z.number().nonnegative().default(0),
            /** A truth column that is > 0 in the events where the sample's process happened (e.g. truth_dimuon); the zero-count bound uses their mean weight. */
            processFlag: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional(),
            source: z.string().default(''),
          })
          .strict(),
      )
      .default([]),
    sideband: z
      .object({
        data: z.string().min(1),
        variable: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
        replaces: z.string().min(1),
        range,
        box: range,
        variations: z.array(range).default([]),
        source: z.string().default(''),
      })
      .strict()
      .optional(),
    signal: z
      .object({
        samples: z.array(z.object({ dst: z.string().min(1), run: z.string().optional(), massGeV: z.number().positive().optional() }).strict()).min(1),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The parsed configuration. */
export type BackgroundConfig = z.infer<typeof schema>;

/** Parses a background configuration; errors name the file, the line and the key (BAD_FILE). */
export function parseBackgroundConfig(text: string, fileName = 'background.yaml'): BackgroundConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) throw new EmissError('BAD_FILE', `${fileName}:${lines.linePos(doc.errors[0].pos[0]).line}`, `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  const r = schema.safeParse(doc.toJS());
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    let line = '';
    for (let k = path.length; k >= 0 && !line; k--) {
      const node = doc.getIn(path.slice(0, k), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) line = `:${lines.linePos(node.range[0]).line}`;
    }
    throw new EmissError('BAD_FILE', `${fileName}${line}: ${path.join('.') || '(top level)'}`, issue.message);
  }
  if (r.data.setup === undefined && r.data.particlesOnTarget === undefined && r.data.sources.length > 0) {
    throw new EmissError('BAD_FILE', `${fileName}: particlesOnTarget`, 'the simulated sources need the exposure', 'setup: <setup.yaml> or particlesOnTarget: <N>');
  }
  const sb = r.data.sideband;
  if (sb) {
    for (const rg of [sb.range, ...sb.variations]) {
      if (rg[0] < sb.box[1] && rg[1] > sb.box[0]) throw new EmissError('BAD_FILE', `${fileName}: sideband`, `fit range [${rg.join(', ')}] overlaps the blinded box [${sb.box.join(', ')}]`, 'a sideband outside the box');
    }
  }
  return r.data;
}
