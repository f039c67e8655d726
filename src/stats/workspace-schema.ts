/**
 * pyhf's HistFactory JSON workspace (schema `workspace.json`, version 1.0.0, scikit-hep/pyhf
 * `src/pyhf/schemas/1.0.0/`), as a zod schema: channels of samples with modifiers,
 * observations, measurements (POI and parameter settings). Objects are strict, as
 * pyhf's `additionalProperties: false`, so a misspelt key is named on load.
 *
 * Modifier data (pyhf `defs.json`): normfactor, lumi, shapefactor → null; normsys →
 * {hi, lo} (factors); histosys → {hi_data, lo_data} (per-bin yields); staterror, shapesys →
 * per-bin absolute uncertainties.
 */
import { z } from 'zod';
import { EmissError } from '../core/index.js';

const numbers = z.array(z.number().finite());
const name = z.string().min(1);

const normfactor = z.object({ name, type: z.literal('normfactor'), data: z.null() }).strict();
const lumi = z.object({ name, type: z.literal('lumi'), data: z.null() }).strict();
const shapefactor = z.object({ name, type: z.literal('shapefactor'), data: z.null() }).strict();
const normsys = z.object({ name, type: z.literal('normsys'), data: z.object({ hi: z.number().finite(), lo: z.number().finite() }).strict() }).strict();
const histosys = z.object({ name, type: z.literal('histosys'), data: z.object({ hi_data: numbers, lo_data: numbers }).strict() }).strict();
const staterror = z.object({ name, type: z.literal('staterror'), data: numbers }).strict();
const shapesys = z.object({ name, type: z.literal('shapesys'), data: numbers }).strict();

const modifier = z.discriminatedUnion('type', [normfactor, lumi, shapefactor, normsys, histosys, staterror, shapesys]);

const sample = z.object({ name, data: numbers.min(1), modifiers: z.array(modifier) }).strict();
const channel = z.object({ name, samples: z.array(sample).min(1) }).strict();
const observation = z.object({ name, data: numbers }).strict();
const parameter = z
  .object({
    name,
    inits: numbers.min(1).optional(),
    bounds: z.array(z.tuple([z.number().finite(), z.number().finite()])).min(1).optional(),
    auxdata: numbers.min(1).optional(),
    factors: numbers.min(1).optional(),
    sigmas: z.array(z.number().finite().positive()).min(1).optional(),
    fixed: z.boolean().optional(),
  })
  .strict();
const measurement = z.object({ name, config: z.object({ poi: name, parameters: z.array(parameter) }).strict() }).strict();

/** The zod schema of a pyhf workspace (version 1.0.0). */
export const workspaceSchema = z
  .object({
    channels: z.array(channel).min(1),
    measurements: z.array(measurement).min(1),
    observations: z.array(observation).min(1),
    version: z.literal('1.0.0'),
  })
  .strict();

/** A pyhf workspace (HistFactory JSON, version 1.0.0). */
export type Workspace = z.infer<typeof workspaceSchema>;
/** One modifier of a sample. */
export type WorkspaceModifier = z.infer<typeof modifier>;
/** A measurement's parameter settings. */
export type WorkspaceParameter = z.infer<typeof parameter>;

/** The modifier types that pyhf 1.0.0 defines (and emiss reads). */
export const MODIFIER_TYPES = ['normfactor', 'lumi', 'shapefactor', 'normsys', 'histosys', 'staterror', 'shapesys'] as const;

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(top level)';
}

/**
 * Checks a parsed JSON value against the workspace schema and the cross-references that the
 * schema cannot express (observations per channel, bin counts, the POI). Throws BAD_FILE naming
 * `where` (the file) and the key path, e.g. `ws.json: channels[0].samples[1].modifiers[0].type`.
 */
export function parseWorkspace(json: unknown, where = 'workspace'): Workspace {
  const r = workspaceSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    const discriminator = issue.code === 'invalid_union' && issue.path[issue.path.length - 1] === 'type';
    let msg = issue.message;
    if (discriminator) msg = `unknown modifier type ${JSON.stringify(valueAt(json, issue.path))}`;
    else if (issue.code === 'unrecognized_keys') msg = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')} (pyhf workspace schema 1.0.0)`;
    throw new EmissError('BAD_FILE', `${where}: ${pathOf(issue.path)}`, msg, discriminator ? MODIFIER_TYPES.join(', ') : undefined);
  }
  const ws = r.data;
  const bad = (path: string, msg: string, allowed?: string): never => {
    throw new EmissError('BAD_FILE', `${where}: ${path}`, msg, allowed);
  };
  const seen = new Set<string>();
  ws.channels.forEach((ch, i) => {
    if (seen.has(ch.name)) bad(`channels[${i}].name`, `duplicate channel '${ch.name}'`);
    seen.add(ch.name);
    const nb = ch.samples[0].data.length;
    ch.samples.forEach((s, j) => {
      const at = `channels[${i}].samples[${j}]`;
      if (s.data.length !== nb) bad(`${at}.data`, `${s.data.length} bins, but the channel's first sample has ${nb}`);
      s.modifiers.forEach((m, k) => {
        const mat = `${at}.modifiers[${k}].data`;
        if (m.type === 'histosys') {
          if (m.data.hi_data.length !== nb) bad(`${mat}.hi_data`, `${m.data.hi_data.length} bins, expected ${nb}`);
          if (m.data.lo_data.length !== nb) bad(`${mat}.lo_data`, `${m.data.lo_data.length} bins, expected ${nb}`);
        }
        if ((m.type === 'staterror' || m.type === 'shapesys') && m.data.length !== nb) bad(mat, `${m.data.length} bins, expected ${nb}`);
        if ((m.type === 'staterror' || m.type === 'shapesys') && m.data.some((x) => x < 0)) bad(mat, 'a negative uncertainty', '≥ 0');
        if (m.type === 'normsys' && !(m.data.hi > 0 && m.data.lo > 0)) bad(mat, `normsys factors must be > 0 (hi ${m.data.hi}, lo ${m.data.lo})`, '> 0');
      });
    });
    const obs = ws.observations.findIndex((o) => o.name === ch.name);
    if (obs < 0) bad('observations', `no observation for channel '${ch.name}'`);
    if (ws.observations[obs].data.length !== nb) bad(`observations[${obs}].data`, `${ws.observations[obs].data.length} bins, but channel '${ch.name}' has ${nb}`);
    if (ws.observations[obs].data.some((x) => x < 0)) bad(`observations[${obs}].data`, 'a negative count', '≥ 0');
  });
  return ws;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = json;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}
