import { describe, expect, it } from 'vitest';
import { EmissError } from '../core/index.js';
import { plotLayout } from './plot-layout.js';
import type { PlotSpec } from './plot-spec.js';
import { renderPlot } from './render-plot.js';

const logLog: PlotSpec = {
  x: { label: "m_{A'} [GeV]", min: 1e-3, max: 1, log: true },
  y: { label: '\\epsilon', min: 1e-6, max: 1e-2, log: true },
  series: [],
};

/** The x positions and plain text of the labels in `<g class="tick-labels x|y">`. */
function tickLabels(svg: string, axis: 'x' | 'y'): { pos: number; text: string }[] {
  const group = new RegExp(`<g class="tick-labels ${axis}"[^>]*>(.*?)</g>`).exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<text x="([^"]+)" y="([^"]+)">(.*?)<\/text>/g)].map((m) => ({
    pos: Number(axis === 'x' ? m[1] : m[2]),
    text: m[3].replace(/<[^>]+>/g, ''),
  }));
}

/** The `d` of every `<path>` inside the clipped series group. */
function seriesPaths(svg: string): string[] {
  const group = /<g class="series"[^>]*>(.*?)<\/g>\n/.exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]);
}

describe('renderPlot(spec)', () => {
  it('writes a standalone SVG document with xmlns, width, height and viewBox', () => {
    const svg = renderPlot({ ...logLog, width: 640, height: 480 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="480" viewBox="0 0 640 480"/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain("font-family=\"'DejaVu Sans', Helvetica, Arial, sans-serif\"");
  });
  it('labels the x axis from 1e-3 to 1 with exactly the four decades, left to right', () => {
    const labels = tickLabels(renderPlot(logLog), 'x');
    expect(labels.map((l) => l.text)).toEqual(['10−3', '10−2', '10−1', '1']);
    for (let i = 1; i < labels.length; i++) expect(labels[i].pos).toBeGreaterThan(labels[i - 1].pos);
    // Equal spacing: one decade per third of the frame.
    expect(labels[2].pos - labels[1].pos).toBeCloseTo(labels[1].pos - labels[0].pos, 1);
  });
  it('writes decade exponents as superscript tspans with a real minus sign', () => {
    const svg = renderPlot(logLog);
    expect(svg).toContain('10<tspan font-size="70%" dy="-0.6em">−3</tspan>');
    expect(svg).not.toMatch(/>10-\d/);
  });
  it('orders the y labels bottom to top (decreasing pixel y)', () => {
    const labels = tickLabels(renderPlot(logLog), 'y');
    expect(labels.map((l) => l.text)).toEqual(['10−6', '10−5', '10−4', '10−3', '10−2']);
    for (let i = 1; i < labels.length; i++) expect(labels[i].pos).toBeLessThan(labels[i - 1].pos);
  });
  it('places a data point at its pixel on log axes: (1e-2, 1e-4) a third across, half way up', () => {
    const spec: PlotSpec = { ...logLog, series: [{ kind: 'points', x: [1e-2], y: [1e-4] }] };
    const { frame } = plotLayout(spec);
    const m = /<circle cx="([^"]+)" cy="([^"]+)"/.exec(renderPlot(spec));
    expect(Number(m?.[1])).toBeCloseTo(frame.left + (frame.right - frame.left) / 3, 1);
    expect(Number(m?.[2])).toBeCloseTo((frame.top + frame.bottom) / 2, 1);
  });
  it('places a data point at its pixel on linear axes: (7.5, −1) on [0, 10] × [−2, 2]', () => {
    const spec: PlotSpec = {
      x: { label: 'E [GeV]', min: 0, max: 10 },
      y: { label: 'y', min: -2, max: 2 },
      series: [{ kind: 'points', x: [7.5], y: [-1] }],
    };
    const { frame } = plotLayout(spec);
    const m = /<circle cx="([^"]+)" cy="([^"]+)"/.exec(renderPlot(spec));
    expect(Number(m?.[1])).toBeCloseTo(frame.left + 0.75 * (frame.right - frame.left), 1);
    expect(Number(m?.[2])).toBeCloseTo(frame.bottom - 0.25 * (frame.bottom - frame.top), 1);
  });
  it('splits a line through a NaN and a negative y on a log axis, and writes no NaN or Infinity', () => {
    const svg = renderPlot({
      ...logLog,
      series: [{ kind: 'line', x: [1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1], y: [1e-5, 2e-5, Number.NaN, 1e-4, -1e-4, 1e-3, Infinity], label: 'limit' }],
      annotations: [{ x: Number.NaN, y: 1e-3, text: 'lost' }],
    });
    const [d] = seriesPaths(svg);
    expect(d.match(/M/g)).toHaveLength(3);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).not.toContain('lost');
  });
  it('draws a band as a closed filled path', () => {
    const svg = renderPlot({
      ...logLog,
      series: [{ kind: 'band', x: [1e-3, 1e-2, 1], low: [1e-5, 2e-5, 1e-4], high: [3e-5, 6e-5, 3e-4], fill: '#00cc00', opacity: 0.8 }],
    });
    const m = /<path d="(M[^"]*Z)" fill="#00cc00" fill-opacity="0.8" stroke="none"\/>/.exec(svg);
    expect(m).not.toBeNull();
    expect(m?.[1].match(/L/g)).toHaveLength(5);
  });
  it('fills an excluded region from the curve up to the frame top (or down to the bottom)', () => {
    const base: PlotSpec = { ...logLog, series: [{ kind: 'excluded', x: [1e-3, 1], y: [1e-4, 1e-4], fill: '#999' }] };
    const { frame } = plotLayout(base);
    const top = Number(/^M[^,]+,([^L]+)L/.exec(seriesPaths(renderPlot(base))[0])?.[1]);
    expect(top).toBeCloseTo(frame.top - 1, 1);
    const below = renderPlot({ ...base, series: [{ kind: 'excluded', x: [1e-3, 1], y: [1e-4, 1e-4], fill: '#999', above: false }] });
    expect(Number(/^M[^,]+,([^L]+)L/.exec(seriesPaths(below)[0])?.[1])).toBeCloseTo(frame.bottom + 1, 1);
  });
  it('clips the series to the frame', () => {
    const svg = renderPlot(logLog);
    const id = /<clipPath id="([^"]+)">/.exec(svg)?.[1];
    expect(id).toMatch(/^emiss-frame-[0-9a-f]{8}$/);
    expect(svg).toContain(`<g class="series" clip-path="url(#${id})">`);
  });
  it('draws fills under lines and colours unlabelled lines from the Okabe–Ito cycle', () => {
    const svg = renderPlot({
      ...logLog,
      series: [
        { kind: 'line', x: [1e-3, 1], y: [1e-5, 1e-3] },
        { kind: 'line', x: [1e-3, 1], y: [1e-4, 1e-3] },
        { kind: 'band', x: [1e-3, 1], low: [1e-5, 1e-4], high: [1e-4, 1e-3], fill: '#ffcc00' },
      ],
    });
    const bandAt = svg.indexOf('fill="#ffcc00"');
    expect(bandAt).toBeGreaterThan(0);
    expect(bandAt).toBeLessThan(svg.indexOf('stroke="#000000"'));
    expect(svg.indexOf('stroke="#000000"')).toBeLessThan(svg.indexOf('stroke="#0072B2"'));
  });
  it('lists labelled series in the legend, in list order, and none when legend is false', () => {
    const spec: PlotSpec = {
      ...logLog,
      series: [
        { kind: 'line', x: [1e-3, 1], y: [1e-5, 1e-3], label: 'Observed' },
        { kind: 'band', x: [1e-3, 1], low: [1e-5, 1e-4], high: [1e-4, 1e-3], fill: '#0c0', label: 'Expected \\pm1\\sigma' },
        { kind: 'line', x: [1e-3, 1], y: [1e-4, 1e-3] },
      ],
    };
    const legend = /<g class="legend">(.*?)<\/g>/.exec(renderPlot(spec))?.[1] ?? '';
    expect([...legend.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1])).toEqual(['Observed', 'Expected ±1σ']);
    expect(legend).toContain('<rect');
    expect(renderPlot({ ...spec, legend: false })).not.toContain('class="legend"');
  });
  it('gives the same bytes for the same spec', () => {
    const spec: PlotSpec = { ...logLog, series: [{ kind: 'line', x: [1e-3, 1], y: [1e-5, 1e-3] }], title: 'NA64' };
    expect(renderPlot(spec)).toBe(renderPlot(spec));
  });
  it('throws a BAD_OPTION EmissError for arrays of different lengths', () => {
    expect(() => renderPlot({ ...logLog, series: [{ kind: 'line', x: [1, 2], y: [1] }] })).toThrow(EmissError);
    expect(() => renderPlot({ ...logLog, series: [{ kind: 'line', x: [1, 2], y: [1] }] })).toThrow(/series\[0\]/);
  });
});
