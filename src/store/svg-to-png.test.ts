import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPlot } from '../plot/index.js';
import type { PlotSpec } from '../plot/index.js';
import { svgToPng, svgToRgba } from './svg-to-png.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngWidth = (png: Uint8Array): number => new DataView(png.buffer, png.byteOffset).getUint32(16);
const pngHeight = (png: Uint8Array): number => new DataView(png.buffer, png.byteOffset).getUint32(20);

/** An illustrative (made-up numbers) NA64-style exclusion plot in the y–m_χ plane. */
function examplePlot(): PlotSpec {
  const n = 120;
  const m = Float64Array.from({ length: n }, (_, i) => 1e-3 * 10 ** ((3 * i) / (n - 1)));
  const expected = m.map((x) => 2e-15 * (x / 1e-3) ** 1.6 * (1 + (x / 0.3) ** 4));
  const observed = expected.map((y, i) => y * (1 + 0.25 * Math.sin(i / 6)));
  const scaled = (k: number): Float64Array => expected.map((y) => y * k);
  const relic = m.map((x) => 1e-14 * (x / 1e-3) ** 2);
  return {
    x: { label: 'm_{\\chi} [GeV]', min: 1e-3, max: 1, log: true },
    y: { label: 'y = \\epsilon^{2}\\alpha_{D}(m_{\\chi}/m_{A\'})^{4}', min: 1e-16, max: 1e-6, log: true },
    series: [
      { kind: 'line', x: m, y: observed, label: 'NA64 observed 90% CL', color: '#000000', width: 2.5 },
      { kind: 'line', x: m, y: expected, label: 'Expected', color: '#000000', width: 1.5, dash: '7 4' },
      { kind: 'band', x: m, low: scaled(1 / 1.5), high: scaled(1.5), label: 'Expected \\pm1\\sigma', fill: '#00CC00' },
      { kind: 'band', x: m, low: scaled(1 / 2.3), high: scaled(2.3), label: 'Expected \\pm2\\sigma', fill: '#FFCC00', z: 0.5 },
      { kind: 'excluded', x: m, y: observed, label: 'Excluded', fill: '#0072B2', opacity: 0.15 },
      { kind: 'line', x: m, y: relic, label: 'Scalar relic target', color: '#D55E00', width: 2, dash: '2 4' },
    ],
    legend: { position: 'top-left' },
    annotations: [{ x: 0.85, y: 3e-16, anchor: 'end', text: '\\alpha_{D} = 0.5, m_{A\'} = 3m_{\\chi} (illustrative)' }],
  };
}

describe('svgToPng(svg, { width })', () => {
  it('returns a PNG of the requested width and the SVG aspect ratio', () => {
    const svg = renderPlot(examplePlot());
    const png = svgToPng(svg, { width: 1200 });
    expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    expect(pngWidth(png)).toBe(1200);
    expect(pngHeight(png)).toBe(900);
    mkdirSync('test-output', { recursive: true });
    writeFileSync('test-output/plot-example.svg', svg);
    writeFileSync('test-output/plot-example.png', png);
  });
});

describe('svgToRgba(svg)', () => {
  it('renders a red line of renderPlot in red pixels, and the background white', () => {
    const svg = renderPlot({
      width: 400,
      height: 300,
      x: { label: 'x', min: 0, max: 1 },
      y: { label: 'y', min: 0, max: 1 },
      series: [{ kind: 'line', x: [0, 1], y: [0.5, 0.5], color: '#ff0000', width: 6 }],
      legend: false,
    });
    const img = svgToRgba(svg);
    expect([img.width, img.height]).toEqual([400, 300]);
    const at = (x: number, y: number): number[] => Array.from(img.pixels.subarray(4 * (y * img.width + x), 4 * (y * img.width + x) + 4));
    let red = 0;
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const [r, g, b] = at(x, y);
        if (r > 200 && g < 50 && b < 50) red++;
      }
    }
    // The line is 6 px wide and crosses most of the 400 px picture.
    expect(red).toBeGreaterThan(1000);
    expect(at(2, 2)).toEqual([255, 255, 255, 255]);
  });
  it('throws for a width that is not a positive integer', () => {
    expect(() => svgToRgba('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', { width: 0 })).toThrow(/width/);
  });
});
