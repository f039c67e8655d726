import type { Condition } from './condition.js';
import { conditionSql } from './condition-sql.js';
import type { Selection } from './selection.js';

/** A condition as a SQL boolean where NULL counts as failing. */
function passes(c: Condition, shift = 0): string {
  return `coalesce(${conditionSql(c, shift)}, FALSE)`;
}

/** The whole signal box as one condition. */
export function boxCondition(sel: Selection): Condition {
  return { kind: 'all', of: sel.signalBox.cuts.map((c) => c.where) };
}

/** The preselection (all cuts, no box) as one condition. */
export function preselectionCondition(sel: Selection): Condition {
  return { kind: 'all', of: sel.cuts.map((c) => c.where) };
}

/**
 * The SQL of a cut flow in one pass over the data: each row gets the index of the first cut it
 * fails (1…K for the K = cuts + box cuts, K + 1 when it passes all), then rows are grouped by
 * that stage with count, Σw and Σw², and, per control region i, the same sums of the rows in
 * the region (r<i>_n, r<i>_sw, r<i>_sw2). The number passing cut j is the sum over stages > j;
 * a region after the preselection sums the stages > (number of preselection cuts).
 * `from` is a FROM item already quoted by the caller (e.g. `read_parquet('…')`); `weight` is
 * a column name or null (weight 1).
 * Result columns: stage, n, sw, sw2, r0_n, r0_sw, r0_sw2, ….
 */
export function cutFlowSql(sel: Selection, from: string, weight: string | null): string {
  const all = [...sel.cuts, ...sel.signalBox.cuts];
  const cases = all.map((c, i) => `WHEN NOT ${passes(c.where)} THEN ${i + 1}`).join(' ');
  const w = weight === null ? '1.0' : `"${weight}"::DOUBLE`;
  const flags = sel.regions.map((r, i) => `, ${passes(r.where)} AS r${i}`).join('');
  const aggs = sel.regions
    .map((_, i) => `, count(*) FILTER (WHERE r${i})::DOUBLE AS r${i}_n, coalesce(sum(w) FILTER (WHERE r${i}), 0) AS r${i}_sw, coalesce(sum(w * w) FILTER (WHERE r${i}), 0) AS r${i}_sw2`)
    .join('');
  return `SELECT stage, count(*)::DOUBLE AS n, sum(w) AS sw, sum(w * w) AS sw2${aggs} FROM (SELECT CASE ${cases} ELSE ${all.length + 1} END AS stage, ${w} AS w${flags} FROM ${from}) GROUP BY stage ORDER BY stage`;
}

/**
 * The SQL of the signal efficiency with its threshold variations: Σw and Σw² of all events,
 * of those passing every cut and the box (nominal), and for each cut c with an uncertainty
 * δ_c, Σw passing with that cut's thresholds loosened (`up_<k>`) and tightened (`dn_<k>`) by
 * δ_c; `weight` null means unit weights. `denominator` optionally restricts the denominator (e.g. `truth_xProduced = 1`, a parsed
 * condition). Result: one row, columns sw_all, sw2_all, sw_pass, sw2_pass, up_k, dn_k.
 */
export function efficiencySql(sel: Selection, from: string, weight: string | null, denominator?: Condition): string {
  const w = weight === null ? '1.0' : `"${weight}"::DOUBLE`;
  const all = [...sel.cuts, ...sel.signalBox.cuts];
  const pass = (shiftOf: (i: number) => number): string => all.map((c, i) => passes(c.where, shiftOf(i))).join(' AND ');
  const cols = [`sum(${w}) AS sw_all`, `sum(${w} * ${w}) AS sw2_all`, `coalesce(sum(${w}) FILTER (WHERE ${pass(() => 0)}), 0) AS sw_pass`, `coalesce(sum(${w} * ${w}) FILTER (WHERE ${pass(() => 0)}), 0) AS sw2_pass`];
  all.forEach((c, k) => {
    if (c.uncertainty > 0) {
      cols.push(`coalesce(sum(${w}) FILTER (WHERE ${pass((i) => (i === k ? c.uncertainty : 0))}), 0) AS up_${k}`);
      cols.push(`coalesce(sum(${w}) FILTER (WHERE ${pass((i) => (i === k ? -c.uncertainty : 0))}), 0) AS dn_${k}`);
    }
  });
  return `SELECT ${cols.join(', ')} FROM ${from}${denominator ? ` WHERE ${passes(denominator)}` : ''}`;
}
