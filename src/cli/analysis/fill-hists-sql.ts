/**
 * Filling histograms inside DuckDB: rows are grouped by cell (the SQL of {@link binIndexSql},
 * identical to Hist1D/Hist2D binning), so only per-cell sums (count, Σw, Σw², Σwx, …) reach
 * JS — 10^7 rows never become JS arrays.
 */
import { binIndexSql, Hist1D, Hist2D } from '../../analysis/index.js';
import { queryParquet } from '../../store/index.js';

const q = (c: string): string => `"${c}"::DOUBLE`;

/**
 * Fills `h` with column `column` of the rows of `from` that satisfy `where` (SQL built from a
 * parsed selection, or null), weighted by column `weight` (null: 1). Adds to what h holds.
 */
export async function fillHist1dSql(h: Hist1D, from: string, column: string, weight: string | null, where: string | null): Promise<void> {
  const x = q(column);
  const w = weight === null ? '1.0' : q(weight);
  const t = await queryParquet(
    `SELECT b, count(*)::DOUBLE AS n, sum(w) AS sw, sum(w * w) AS sw2, sum(w * x) AS swx, sum(w * x * x) AS swx2 FROM (SELECT ${binIndexSql(x, h.nBins, h.lo, h.hi)} AS b, ${x} AS x, ${w} AS w FROM ${from}${where ? ` WHERE ${where}` : ''}) GROUP BY b`,
  );
  const c = (k: string): Float64Array => t.columns[k] as Float64Array;
  for (let i = 0; i < t.n; i++) {
    const b = c('b')[i];
    h.contents[b] += c('sw')[i];
    h.sumw2[b] += c('sw2')[i];
    h.entries += c('n')[i];
    if (b >= 1 && b <= h.nBins) {
      h.sumw += c('sw')[i];
      h.sumw2Total += c('sw2')[i];
      h.sumwx += c('swx')[i];
      h.sumwx2 += c('swx2')[i];
    }
  }
}

/** As {@link fillHist1dSql} for a 2D histogram of columns (xColumn, yColumn). */
export async function fillHist2dSql(h: Hist2D, from: string, xColumn: string, yColumn: string, weight: string | null, where: string | null): Promise<void> {
  const x = q(xColumn);
  const y = q(yColumn);
  const w = weight === null ? '1.0' : q(weight);
  const t = await queryParquet(
    `SELECT cx, cy, count(*)::DOUBLE AS n, sum(w) AS sw, sum(w * w) AS sw2, sum(w * x) AS swx, sum(w * x * x) AS swx2, sum(w * y) AS swy, sum(w * y * y) AS swy2, sum(w * x * y) AS swxy FROM (SELECT ${binIndexSql(x, h.nx, h.xlo, h.xhi)} AS cx, ${binIndexSql(y, h.ny, h.ylo, h.yhi)} AS cy, ${x} AS x, ${y} AS y, ${w} AS w FROM ${from}${where ? ` WHERE ${where}` : ''}) GROUP BY cx, cy`,
  );
  const c = (k: string): Float64Array => t.columns[k] as Float64Array;
  for (let i = 0; i < t.n; i++) {
    const bx = c('cx')[i];
    const by = c('cy')[i];
    const cell = h.cell(bx, by);
    h.contents[cell] += c('sw')[i];
    h.sumw2[cell] += c('sw2')[i];
    h.entries += c('n')[i];
    if (bx >= 1 && bx <= h.nx && by >= 1 && by <= h.ny) {
      h.sumw += c('sw')[i];
      h.sumw2Total += c('sw2')[i];
      h.sumwx += c('swx')[i];
      h.sumwx2 += c('swx2')[i];
      h.sumwy += c('swy')[i];
      h.sumwy2 += c('swy2')[i];
      h.sumwxy += c('swxy')[i];
    }
  }
}
