/**
 * A histogram as an image: JSROOT (the ROOT team's JavaScript ROOT, an npm package) draws the
 * TBufferJSON object to SVG in Node (its `makeSVG`), and resvg turns the SVG into PNG
 * (src/cli/svg-to-png.ts). The drawing is the one ROOT users know (same axes, palette, stat
 * box). Node only.
 */
import { svgToPng } from '../../store/svg-to-png.js';
import { Hist2D } from '../../analysis/hist/index.js';
import type { MonitorHist } from './monitor-state.js';

/** SVG of `h` drawn by JSROOT (`hist` for 1D, `colz` for 2D), `width` × `height` px. */
export async function histSvg(h: MonitorHist, width = 800, height = 560): Promise<string> {
  const { makeSVG, parse } = await import('jsroot');
  const obj = parse(JSON.stringify(h.toRootJson()));
  return makeSVG({ object: obj, option: h instanceof Hist2D ? 'colz' : 'hist', width, height });
}

/** PNG bytes of `h` (JSROOT → SVG → resvg). */
export async function histPng(h: MonitorHist, width = 800, height = 560): Promise<Uint8Array> {
  return svgToPng(await histSvg(h, width, height));
}
