import { EmissError } from '../../core/index.js';

/**
 * The DuckDB SQL of the cell index of `x` on a regular axis, exactly as {@link Hist1D.findBin}
 * computes it (same IEEE double operations, so SQL-side and JS-side filling agree bin for bin):
 * 0 for x < lo, n + 1 for x ≥ hi or NaN (DuckDB orders NaN above every number), else
 * min(n, 1 + ⌊(x − lo)·n/(hi − lo)⌋). `x` is a SQL expression built by the caller from
 * validated names (e.g. `"e_ecal_GeV"`).
 */
export function binIndexSql(x: string, n: number, lo: number, hi: number): string {
  const k = n / (hi - lo);
  for (const v of [n, lo, hi, k]) if (!Number.isFinite(v)) throw new EmissError('BAD_OPTION', 'binIndexSql', `non-finite binning value ${v}`);
  const d = (v: number): string => `(${String(v)})::DOUBLE`;
  return `CASE WHEN ${x} < ${d(lo)} THEN 0 WHEN NOT (${x} < ${d(hi)}) OR isnan(${x}) THEN ${n + 1} ELSE least(${n}, 1 + floor((${x} - ${d(lo)}) * ${d(k)})::BIGINT) END`;
}
