import type { Selection } from './selection.js';

/** One row of a cut flow: the events left after a cut (and all cuts before it). */
export interface CutFlowRow {
  /** Cut name; `all events` for the first row. */
  name: string;
  description: string;
  source: string;
  /** 'all' first row, 'cut' preselection, 'box' signal-box cut. */
  kind: 'all' | 'cut' | 'box';
  /** Events left (unweighted count); null while blinded. */
  n: number | null;
  /** Σw of the events left (simulation: expected events per sample; data: = n); null while blinded. */
  sum_w: number | null;
  /** Statistical error √Σw²; null while blinded. */
  sum_w_err: number | null;
  /** Fraction kept by this cut alone, relative to the row before (Σw ratio); null while blinded or when the row before is empty. */
  eff_rel: number | null;
  /** Fraction of all events left (Σw ratio); null while blinded or when there are no events. */
  eff_cum: number | null;
  /** True when the numbers are hidden by the blinding (data, rows that include the signal box). */
  blinded: boolean;
}

/** Counts in one control region. */
export interface RegionCount {
  name: string;
  description: string;
  n: number;
  sum_w: number;
  sum_w_err: number;
}

/** A cut flow: the rows and the control regions (JSON keys as documented in docs/analysis.md). */
export interface CutFlow {
  selection: string;
  /** True for simulated DSTs (weighted sums), false for data (counts). */
  simulation: boolean;
  /** True when the signal-box rows are hidden (data without --unblind). */
  blinded: boolean;
  rows: CutFlowRow[];
  /** Control regions after the preselection; for blinded data the box events are excluded. */
  regions: RegionCount[];
}

/** Per-stage sums from {@link cutFlowSql}: the first cut each row fails (K + 1 = passes all). */
export interface StageSums {
  stage: ArrayLike<number>;
  n: ArrayLike<number>;
  sw: ArrayLike<number>;
  sw2: ArrayLike<number>;
  /** Per control region i (selection order): count, Σw, Σw² per stage. Absent: no region counts. */
  regions?: { n: ArrayLike<number>; sw: ArrayLike<number>; sw2: ArrayLike<number> }[];
}

/**
 * Builds the cut flow from the per-stage sums: events passing cut j = Σ over stages > j;
 * Σw² adds likewise, so each row's error is √Σw² of the events it keeps (weights are
 * independent per event). With `blind` (data), every signal-box row — each contains the box
 * events — is hidden. Control regions sum the stages after the preselection; while blinded,
 * the stage of the events that pass every box cut (the box itself) is left out.
 */
export function buildCutFlow(sel: Selection, sums: StageSums, opts: { simulation: boolean; blind: boolean }): CutFlow {
  const all = [...sel.cuts.map((c) => ({ c, kind: 'cut' as const })), ...sel.signalBox.cuts.map((c) => ({ c, kind: 'box' as const }))];
  const K = all.length;
  const n = new Float64Array(K + 2);
  const sw = new Float64Array(K + 2);
  const sw2 = new Float64Array(K + 2);
  for (let i = 0; i < sums.stage.length; i++) {
    const s = sums.stage[i];
    n[s] += sums.n[i];
    sw[s] += sums.sw[i] ?? 0;
    sw2[s] += sums.sw2[i] ?? 0;
  }
  // passing[j] = events surviving cuts 1..j = Σ_{s > j} stage s
  const pn = new Float64Array(K + 1);
  const pw = new Float64Array(K + 1);
  const pw2 = new Float64Array(K + 1);
  for (let j = K; j >= 0; j--) {
    pn[j] = (j < K ? pn[j + 1] : 0) + n[j + 1];
    pw[j] = (j < K ? pw[j + 1] : 0) + sw[j + 1];
    pw2[j] = (j < K ? pw2[j + 1] : 0) + sw2[j + 1];
  }
  const rows: CutFlowRow[] = [];
  for (let j = 0; j <= K; j++) {
    const item = j === 0 ? null : all[j - 1];
    const blinded = opts.blind && item?.kind === 'box';
    rows.push({
      name: item ? item.c.name : 'all events',
      description: item ? item.c.description : 'every event of the input',
      source: item ? item.c.source : '',
      kind: item ? item.kind : 'all',
      n: blinded ? null : pn[j],
      sum_w: blinded ? null : pw[j],
      sum_w_err: blinded ? null : Math.sqrt(pw2[j]),
      eff_rel: blinded || j === 0 || pw[j - 1] === 0 ? (j === 0 && pw[0] !== 0 ? 1 : null) : pw[j] / pw[j - 1],
      eff_cum: blinded || pw[0] === 0 ? null : pw[j] / pw[0],
      blinded,
    });
  }
  const nPre = sel.cuts.length;
  const regions: RegionCount[] = (sums.regions ?? []).map((r, i) => {
    let rn = 0, rw = 0, rw2 = 0;
    for (let k = 0; k < sums.stage.length; k++) {
      const s = sums.stage[k];
      if (s <= nPre || (opts.blind && s === K + 1)) continue;
      rn += r.n[k];
      rw += r.sw[k];
      rw2 += r.sw2[k];
    }
    const g = sel.regions[i];
    return { name: g.name, description: g.description, n: rn, sum_w: rw, sum_w_err: Math.sqrt(rw2) };
  });
  return { selection: sel.name, simulation: opts.simulation, blinded: opts.blind, rows, regions };
}
