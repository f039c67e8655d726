import type { CutFlow } from './cut-flow.js';

function num(x: number | null, simulation: boolean): string {
  if (x === null) return 'blinded';
  if (!simulation) return String(Math.round(x));
  return x === 0 ? '0' : Math.abs(x) >= 1e5 || Math.abs(x) < 1e-3 ? x.toExponential(3) : x.toPrecision(4);
}

function pct(x: number | null): string {
  return x === null ? '–' : `${(100 * x).toFixed(x >= 0.9995 || x === 0 ? 1 : 2)}%`;
}

/**
 * A cut flow as a table: `markdown` (a GitHub table) or `text` (aligned columns). Data show
 * counts; simulation shows Σw ± √Σw². Blinded rows read "blinded".
 */
export function formatCutFlow(flow: CutFlow, style: 'text' | 'markdown' = 'text'): string {
  const head = ['cut', flow.simulation ? 'Σw ± √Σw²' : 'events', 'of previous', 'of all'];
  const body = flow.rows.map((r) => [
    r.kind === 'box' ? `[box] ${r.name}` : r.name,
    flow.simulation && r.sum_w !== null ? `${num(r.sum_w, true)} ± ${num(r.sum_w_err, true)}` : num(r.n, flow.simulation),
    pct(r.eff_rel),
    pct(r.eff_cum),
  ]);
  const regions = flow.regions.map((g) => [`region ${g.name}`, flow.simulation ? `${num(g.sum_w, true)} ± ${num(g.sum_w_err, true)}` : String(g.n), '', '']);
  if (style === 'markdown') {
    const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
    const out = [line(head), line(head.map(() => '---')), ...body.map(line)];
    if (regions.length) out.push('', line(['region', head[1]]), line(['---', '---']), ...regions.map((r) => line([r[0].replace(/^region /, ''), r[1]])));
    return out.join('\n');
  }
  const rowsAll = [head, ...body, ...regions];
  const widths = head.map((_, k) => Math.max(...rowsAll.map((r) => r[k].length)));
  const fmt = (r: string[]): string => r.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ').trimEnd();
  return [fmt(head), ...body.map(fmt), ...(regions.length ? ['', ...regions.map(fmt)] : [])].join('\n');
}
