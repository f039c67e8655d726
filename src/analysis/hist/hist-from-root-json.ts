import { EmissError } from '../../core/index.js';
import { Hist1D } from './hist-1d.js';
import { Hist2D } from './hist-2d.js';

/** Reads a finite number member of a ROOT JSON object, or throws `BAD_FILE` naming it. */
function num(obj: Record<string, unknown>, key: string, where: string, fallback?: number): number {
  const v = obj[key];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new EmissError('BAD_FILE', `${where}.${key}`, `expected a finite number, found ${JSON.stringify(v)}`);
  }
  return v;
}

/** Reads a numeric array member of length n (a plain array, or TBufferJSON's compressed `{$arr, len, …}` is not supported). */
function arr(obj: Record<string, unknown>, key: string, n: number, where: string, optional: boolean): number[] | undefined {
  const v = obj[key];
  if (optional && (v === undefined || (Array.isArray(v) && v.length === 0))) return undefined;
  if (!Array.isArray(v) || v.length !== n || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    throw new EmissError('BAD_FILE', `${where}.${key}`, `expected an array of ${n} finite numbers (bins with under/overflow)`, 'write the histogram with TBufferJSON::ToJSON without compression');
  }
  return v as number[];
}

interface AxisRead {
  n: number;
  lo: number;
  hi: number;
  title: string;
}

function axis(obj: Record<string, unknown>, key: string, where: string): AxisRead {
  const a = obj[key];
  if (typeof a !== 'object' || a === null) throw new EmissError('BAD_FILE', `${where}.${key}`, 'missing axis object');
  const ax = a as Record<string, unknown>;
  const bins = ax.fXbins;
  if (Array.isArray(bins) && bins.length > 0) {
    throw new EmissError('BAD_FILE', `${where}.${key}.fXbins`, 'variable bin edges are not supported', 'regular binning (empty fXbins)');
  }
  return { n: num(ax, 'fNbins', `${where}.${key}`), lo: num(ax, 'fXmin', `${where}.${key}`), hi: num(ax, 'fXmax', `${where}.${key}`), title: typeof ax.fTitle === 'string' ? ax.fTitle : '' };
}

/**
 * Rebuilds a {@link Hist1D} or {@link Hist2D} from ROOT's TBufferJSON layout of TH1D/TH1F/TH1I
 * or TH2D/TH2F/TH2I (as written by {@link Hist1D.toRootJson}, ROOT's TBufferJSON::ToJSON or
 * JSROOT's toJSON) — the round trip of the histogram files. Without fSumw2, Σw² = content
 * (ROOT's convention for unweighted histograms). Throws `BAD_FILE` naming the member when
 * the object is not such a histogram.
 * @param obj - the parsed JSON object. @param where - the place to name in errors (a file name).
 */
export function histFromRootJson(obj: unknown, where = 'histogram'): Hist1D | Hist2D {
  if (typeof obj !== 'object' || obj === null) throw new EmissError('BAD_FILE', where, 'not a JSON object');
  const o = obj as Record<string, unknown>;
  const type = o._typename;
  const name = typeof o.fName === 'string' ? o.fName : 'hist';
  const title = typeof o.fTitle === 'string' ? o.fTitle : '';
  if (typeof type === 'string' && /^TH1[DFISC]$/.test(type)) {
    const x = axis(o, 'fXaxis', where);
    const y = axis(o, 'fYaxis', where);
    const h = new Hist1D(name, title, x.n, x.lo, x.hi, x.title, y.title);
    const n = x.n + 2;
    const content = arr(o, 'fArray', n, where, false) as number[];
    const sw2 = arr(o, 'fSumw2', n, where, true);
    h.contents.set(content);
    h.sumw2.set(sw2 ?? content.map(Math.abs));
    h.entries = num(o, 'fEntries', where, 0);
    h.sumw = num(o, 'fTsumw', where, 0);
    h.sumw2Total = num(o, 'fTsumw2', where, 0);
    h.sumwx = num(o, 'fTsumwx', where, 0);
    h.sumwx2 = num(o, 'fTsumwx2', where, 0);
    return h;
  }
  if (typeof type === 'string' && /^TH2[DFISC]$/.test(type)) {
    const x = axis(o, 'fXaxis', where);
    const y = axis(o, 'fYaxis', where);
    const z = axis(o, 'fZaxis', where);
    const h = new Hist2D(name, title, x.n, x.lo, x.hi, y.n, y.lo, y.hi, x.title, y.title, z.title);
    const n = (x.n + 2) * (y.n + 2);
    const content = arr(o, 'fArray', n, where, false) as number[];
    const sw2 = arr(o, 'fSumw2', n, where, true);
    h.contents.set(content);
    h.sumw2.set(sw2 ?? content.map(Math.abs));
    h.entries = num(o, 'fEntries', where, 0);
    h.sumw = num(o, 'fTsumw', where, 0);
    h.sumw2Total = num(o, 'fTsumw2', where, 0);
    h.sumwx = num(o, 'fTsumwx', where, 0);
    h.sumwx2 = num(o, 'fTsumwx2', where, 0);
    h.sumwy = num(o, 'fTsumwy', where, 0);
    h.sumwy2 = num(o, 'fTsumwy2', where, 0);
    h.sumwxy = num(o, 'fTsumwxy', where, 0);
    return h;
  }
  throw new EmissError('BAD_FILE', `${where}._typename`, `${JSON.stringify(type)} is not a 1D/2D ROOT histogram`, 'TH1D, TH1F, TH1I, TH2D, TH2F, TH2I');
}
