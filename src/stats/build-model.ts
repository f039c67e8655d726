/**
 * A HistFactory model (K. Cranmer et al., CERN-OPEN-2012-016, eq. (1)–(7)) compiled from a pyhf
 * workspace into flat typed arrays for the likelihood and its derivatives.
 *
 * Why hand-written: no maintained JavaScript library implements HistFactory (pyhf is Python,
 * RooFit C++); the likelihood is a few hundred lines, and writing it ourselves lets the fit
 * have analytic gradients and Hessians and run allocation-free for toys.
 *
 * Conventions, as pyhf (scikit-hep/pyhf docs, "Likelihood Specification" and `pyhf.modifiers`):
 *  - expected rate of sample s in bin b: ν_sb = (ν⁰_sb + Σ_histosys Δ_sb(α)) · Π κ(θ);
 *  - normfactor, lumi, shapefactor, shapesys, staterror are multiplicative factors equal to their
 *    parameter; normsys is multiplicative with interpolation code 1 (exponential: κ = hi^α for
 *    α ≥ 0, lo^{−α} for α < 0); histosys is additive with code 0 (piecewise linear) — pyhf's
 *    defaults `normsys: code1`, `histosys: code0`;
 *  - constraints: normsys, histosys → Gauss(0 | α, 1); lumi → Gauss(aux | λ, σ) from the
 *    measurement; staterror → Gauss(1 | γ_b, σ_b) with σ_b = √(Σ_s σ_sb²) / Σ_s ν⁰_sb over the
 *    samples carrying that modifier in the channel; shapesys → Poisson(τ_b | γ_b τ_b), τ_b =
 *    (ν⁰_b/σ_b)²; bins with σ_b = 0 have no parameter (pyhf masks them);
 *  - default inits/bounds: normfactor, shapefactor 1, [0, 10]; normsys, histosys 0, [−5, 5];
 *    staterror, shapesys 1, [1e−10, 10]; lumi from the measurement (required).
 */
import { EmissError } from '../core/index.js';
import type { Workspace, WorkspaceModifier } from './workspace-schema.js';

/** One sample of one channel, compiled. */
export interface CompiledSample {
  /** First global bin of the channel. */
  offset: number;
  nbins: number;
  nominal: Float64Array;
  /** histosys: parameter index, hi − nominal and nominal − lo per bin. */
  histo: { par: number; up: Float64Array; down: Float64Array }[];
  /** Factors with one parameter for the whole sample: kind 0 = linear (normfactor, lumi), 1 = normsys code 1. */
  scalar: { par: number; kind: 0 | 1; lnHi: number; lnLo: number }[];
  /** Linear per-bin factors (shapesys, staterror, shapefactor): parameter index per bin, −1 where masked. */
  perBin: Int32Array[];
}

/** A compiled HistFactory model with its observed data. */
export interface HistFactoryModel {
  /** Name for messages (file name or measurement). */
  name: string;
  /** Parameter names; per-bin parameters as `name[i]`. */
  parNames: string[];
  init: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** 1 where the parameter is fixed at its init. */
  fixed: Uint8Array;
  /** 1 for normsys/histosys parameters: their interpolation (codes 1 and 0) has a kink at 0. */
  kink: Uint8Array;
  /** Index of the parameter of interest. */
  poi: number;
  channels: { name: string; offset: number; nbins: number }[];
  nbins: number;
  samples: CompiledSample[];
  /** Gauss constraints: parameter, σ; their auxiliary data are the first `gaussPar.length` of the aux vector. */
  gaussPar: Int32Array;
  gaussSigma: Float64Array;
  /** Poisson constraints (shapesys): parameter, τ; aux data follow the Gauss ones. */
  poissonPar: Int32Array;
  poissonTau: Float64Array;
  /** Observed main data (per global bin) and nominal auxiliary data. */
  observed: Float64Array;
  auxdata: Float64Array;
}

interface ParamSet {
  type: string;
  start: number;
  n: number;
}

const CONSTRAINED_NORMAL = new Set(['normsys', 'histosys']);

/**
 * Compiles a workspace (already checked by {@link parseWorkspace}) into a model, with the
 * measurement named `measurement` (default: the first). Throws BAD_FILE naming the place for
 * a missing POI, an unknown parameter setting or a lumi modifier without its measurement entry.
 */
export function buildModel(ws: Workspace, options: { measurement?: string; where?: string } = {}): HistFactoryModel {
  const where = options.where ?? 'workspace';
  const mi = options.measurement === undefined ? 0 : ws.measurements.findIndex((m) => m.name === options.measurement);
  if (mi < 0) throw new EmissError('BAD_OPTION', '--measurement', `no measurement '${options.measurement}' in ${where}`, ws.measurements.map((m) => m.name).join(', '));
  const meas = ws.measurements[mi];
  const bad = (path: string, msg: string, allowed?: string): never => {
    throw new EmissError('BAD_FILE', `${where}: ${path}`, msg, allowed);
  };

  // Channels in workspace order; global bins.
  const channels: HistFactoryModel['channels'] = [];
  let nbins = 0;
  for (const ch of ws.channels) {
    channels.push({ name: ch.name, offset: nbins, nbins: ch.samples[0].data.length });
    nbins += ch.samples[0].data.length;
  }

  // Parameter sets, in order of first appearance.
  const sets = new Map<string, ParamSet>();
  const parNames: string[] = [];
  const init: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const addSet = (m: WorkspaceModifier, n: number, at: string): ParamSet => {
    const prev = sets.get(m.name);
    if (prev) {
      const compatible = prev.type === m.type || (CONSTRAINED_NORMAL.has(prev.type) && CONSTRAINED_NORMAL.has(m.type));
      if (!compatible) bad(at, `modifier '${m.name}' is a ${m.type} here but a ${prev.type} elsewhere`);
      if (prev.n !== n) bad(at, `modifier '${m.name}' has ${n} bins here but ${prev.n} elsewhere`);
      return prev;
    }
    const set = { type: m.type, start: parNames.length, n };
    sets.set(m.name, set);
    for (let i = 0; i < n; i++) {
      parNames.push(n === 1 && !isPerBin(m.type) ? m.name : `${m.name}[${i}]`);
      const [x0, lo, hi] = m.type === 'normsys' || m.type === 'histosys' ? [0, -5, 5] : m.type === 'shapesys' || m.type === 'staterror' ? [1, 1e-10, 10] : [1, 0, 10];
      init.push(x0);
      lower.push(lo);
      upper.push(hi);
    }
    return set;
  };

  const samples: CompiledSample[] = [];
  const gaussPar: number[] = [];
  const gaussSigma: number[] = [];
  const gaussAux: number[] = [];
  const poissonPar: number[] = [];
  const poissonTau: number[] = [];
  const constrained = new Set<number>();
  // staterror: per (channel, name) sums of σ² and nominal.
  const stat = new Map<string, { set: ParamSet; var: Float64Array; nom: Float64Array; ch: number }>();
  const masked = new Set<number>();

  ws.channels.forEach((ch, ci) => {
    const { offset, nbins: nb } = channels[ci];
    ch.samples.forEach((s, si) => {
      const cs: CompiledSample = { offset, nbins: nb, nominal: Float64Array.from(s.data), histo: [], scalar: [], perBin: [] };
      s.modifiers.forEach((m, k) => {
        const at = `channels[${ci}].samples[${si}].modifiers[${k}]`;
        const set = addSet(m, isPerBin(m.type) ? nb : 1, at);
        switch (m.type) {
          case 'normfactor':
          case 'lumi':
            cs.scalar.push({ par: set.start, kind: 0, lnHi: 0, lnLo: 0 });
            break;
          case 'normsys':
            cs.scalar.push({ par: set.start, kind: 1, lnHi: Math.log(m.data.hi), lnLo: Math.log(m.data.lo) });
            if (!constrained.has(set.start)) {
              constrained.add(set.start);
              gaussPar.push(set.start);
              gaussSigma.push(1);
              gaussAux.push(0);
            }
            break;
          case 'histosys': {
            const up = new Float64Array(nb);
            const down = new Float64Array(nb);
            for (let b = 0; b < nb; b++) {
              up[b] = m.data.hi_data[b] - s.data[b];
              down[b] = s.data[b] - m.data.lo_data[b];
            }
            cs.histo.push({ par: set.start, up, down });
            if (!constrained.has(set.start)) {
              constrained.add(set.start);
              gaussPar.push(set.start);
              gaussSigma.push(1);
              gaussAux.push(0);
            }
            break;
          }
          case 'shapefactor':
            cs.perBin.push(Int32Array.from({ length: nb }, (_, b) => set.start + b));
            break;
          case 'shapesys': {
            const idx = new Int32Array(nb);
            for (let b = 0; b < nb; b++) {
              const sigma = m.data[b];
              const nominal = s.data[b];
              if (!(sigma > 0 && nominal > 0)) {
                idx[b] = -1;
                masked.add(set.start + b);
                continue;
              }
              idx[b] = set.start + b;
              if (!constrained.has(set.start + b)) {
                constrained.add(set.start + b);
                poissonPar.push(set.start + b);
                poissonTau.push((nominal / sigma) ** 2);
              }
            }
            cs.perBin.push(idx);
            break;
          }
          case 'staterror': {
            const key = `${ci}/${m.name}`;
            let acc = stat.get(key);
            if (!acc) {
              acc = { set, var: new Float64Array(nb), nom: new Float64Array(nb), ch: ci };
              stat.set(key, acc);
            }
            for (let b = 0; b < nb; b++) {
              acc.var[b] += m.data[b] ** 2;
              acc.nom[b] += s.data[b];
            }
            cs.perBin.push(Int32Array.from({ length: nb }, (_, b) => set.start + b));
            break;
          }
        }
      });
      samples.push(cs);
    });
  });
  for (const acc of stat.values()) {
    for (let b = 0; b < acc.var.length; b++) {
      const p = acc.set.start + b;
      const sigma = acc.nom[b] > 0 ? Math.sqrt(acc.var[b]) / acc.nom[b] : 0;
      if (!(sigma > 0)) {
        masked.add(p);
        continue;
      }
      if (constrained.has(p)) bad(`channels[${acc.ch}]`, `staterror '${acc.set.type}' parameter ${parNames[p]} is shared between channels`);
      constrained.add(p);
      gaussPar.push(p);
      gaussSigma.push(sigma);
      gaussAux.push(1);
    }
  }
  // Masked staterror bins: their factor is 1 (the parameter is fixed at 1 below).

  const fixed = new Uint8Array(parNames.length);
  for (const p of masked) fixed[p] = 1;
  const kink = new Uint8Array(parNames.length);
  for (const set of sets.values()) if (CONSTRAINED_NORMAL.has(set.type)) kink[set.start] = 1;

  // Measurement parameter settings.
  meas.config.parameters.forEach((ps, i) => {
    const at = `measurements[${mi}].config.parameters[${i}]`;
    const set = sets.get(ps.name);
    if (!set) {
      bad(`${at}.name`, `parameter '${ps.name}' is not a modifier of any sample`);
      return;
    }
    const vec = (v: number[] | undefined, key: string): void => {
      if (v !== undefined && v.length !== set.n) bad(`${at}.${key}`, `${v.length} values for ${set.n} parameter(s)`);
    };
    vec(ps.inits, 'inits');
    vec(ps.auxdata, 'auxdata');
    vec(ps.sigmas, 'sigmas');
    if (ps.bounds !== undefined && ps.bounds.length !== set.n) bad(`${at}.bounds`, `${ps.bounds.length} bounds for ${set.n} parameter(s)`);
    for (let j = 0; j < set.n; j++) {
      const p = set.start + j;
      if (ps.inits) init[p] = ps.inits[j];
      if (ps.bounds) {
        const [lo, hi] = ps.bounds[j];
        if (!(lo < hi)) bad(`${at}.bounds[${j}]`, `lower bound ${lo} is not below upper ${hi}`);
        lower[p] = lo;
        upper[p] = hi;
      }
      if (ps.fixed) fixed[p] = 1;
    }
    if (set.type === 'lumi') {
      if (!ps.auxdata || !ps.sigmas) bad(at, `lumi parameter '${ps.name}' needs auxdata and sigmas`);
      gaussPar.push(set.start);
      gaussSigma.push(ps.sigmas![0]);
      gaussAux.push(ps.auxdata![0]);
      constrained.add(set.start);
    }
  });
  for (const [n, set] of sets) if (set.type === 'lumi' && !meas.config.parameters.some((p) => p.name === n)) bad(`measurements[${mi}].config.parameters`, `lumi modifier '${n}' needs an entry with auxdata and sigmas`);

  const poiSet = sets.get(meas.config.poi);
  if (!poiSet) bad(`measurements[${mi}].config.poi`, `POI '${meas.config.poi}' is not a modifier of any sample`);
  if (poiSet!.n !== 1) bad(`measurements[${mi}].config.poi`, `POI '${meas.config.poi}' must be a single parameter (a normfactor)`);
  const poi = poiSet!.start;

  const observed = new Float64Array(nbins);
  for (const c of channels) {
    const o = ws.observations.find((x) => x.name === c.name)!;
    observed.set(o.data, c.offset);
  }
  for (let p = 0; p < init.length; p++) {
    if (!(init[p] >= lower[p] && init[p] <= upper[p]) && !fixed[p]) bad(`parameter ${parNames[p]}`, `init ${init[p]} outside its bounds [${lower[p]}, ${upper[p]}]`);
  }
  return {
    name: where,
    parNames,
    init: Float64Array.from(init),
    lower: Float64Array.from(lower),
    upper: Float64Array.from(upper),
    fixed,
    kink,
    poi,
    channels,
    nbins,
    samples,
    gaussPar: Int32Array.from(gaussPar),
    gaussSigma: Float64Array.from(gaussSigma),
    poissonPar: Int32Array.from(poissonPar),
    poissonTau: Float64Array.from(poissonTau),
    observed,
    auxdata: Float64Array.from([...gaussAux, ...poissonTau]),
  };
}

function isPerBin(type: string): boolean {
  return type === 'shapesys' || type === 'staterror' || type === 'shapefactor';
}
