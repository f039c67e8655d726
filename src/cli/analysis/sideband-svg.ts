/**
 * The sideband extrapolation as a plot: the data of the fit range per bin (points), the fitted
 * exponential over the fit range (solid) and its extrapolation into the box (dashed), as NA64
 * shows its tail extrapolation (arXiv:2503.11275).
 */
import { Hist1D } from '../../analysis/index.js';
import { renderPlot } from '../../plot/index.js';
import type { Series } from '../../plot/index.js';
import { columnLabel } from './column-label.js';

/**
 * SVG of the sideband fit: `xs` the sideband values, fit range [lo, hi] with slope b and n events,
 * `box` the integration range, `expected` the events extrapolated into it, `variable` the axis label.
 */
export function sidebandSvg(xs: Float64Array, lo: number, hi: number, slope: number, n: number, box: [number, number], expected: number, variable: string): string {
  const xmin = Math.min(lo, box[0]);
  const xmax = Math.max(hi, box[1]);
  const nBins = 50;
  const h = new Hist1D('sideband', '', nBins, xmin, xmax);
  h.fillArray(xs);
  const width = h.binWidth;
  // density of the fit: n·b·e^{b(x−lo)}/(e^{b(hi−lo)} − 1) events per unit x, × bin width
  const norm = slope === 0 ? n / (hi - lo) : (n * slope) / Math.expm1(slope * (hi - lo));
  const curve = (a: number, b: number): { x: number[]; y: number[] } => {
    const x: number[] = [], y: number[] = [];
    for (let k = 0; k <= 100; k++) {
      const v = a + ((b - a) * k) / 100;
      x.push(v);
      y.push(norm * Math.exp(slope * (v - lo)) * width);
    }
    return { x, y };
  };
  const px: number[] = [], py: number[] = [];
  for (let i = 1; i <= nBins; i++) {
    const c = h.binCenter(i);
    if (c >= lo && c <= hi && h.binContent(i) > 0) {
      px.push(c);
      py.push(h.binContent(i));
    }
  }
  const fit = curve(lo, hi);
  const ext = curve(box[0], box[1]);
  const all = [...py, ...fit.y, ...ext.y].filter((v) => v > 0);
  const ymax = Math.max(...all) * 3;
  const ymin = Math.max(Math.min(...all) / 3, ymax * 1e-9);
  const series: Series[] = [
    { kind: 'points', x: px, y: py, color: '#000000', label: `sideband data (n = ${n})` },
    { kind: 'line', x: fit.x, y: fit.y, color: '#0072b2', width: 2, label: `fit e^{bx}, b = ${slope.toPrecision(3)}` },
    { kind: 'line', x: ext.x, y: ext.y, color: '#d55e00', width: 2, dash: '8 5', label: `extrapolated: ${expected.toPrecision(3)} events in the box` },
  ];
  return renderPlot({
    x: { label: columnLabel(variable), min: xmin, max: xmax },
    y: { label: `events / ${Number(width.toPrecision(3))}`, min: ymin, max: ymax, log: true },
    series,
    title: 'sideband tail extrapolated into the signal box',
    legend: { position: 'top-left' },
  });
}
