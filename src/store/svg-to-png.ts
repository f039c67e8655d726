/**
 * SVG → PNG with resvg (@resvg/resvg-js, a Rust renderer shipped as a native Node module), with
 * the system fonts loaded so that the plots' first font, DejaVu Sans, is found. Node only.
 */
import { Resvg } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { EmissError } from '../core/index.js';

/** Options of {@link svgToPng} and {@link svgToRgba}. */
export interface SvgToPngOptions {
  /** Width of the image in px; the height keeps the SVG's aspect ratio. Default: the SVG's own width. */
  width?: number;
  /** Font for text whose font-family matches no installed font. Default 'DejaVu Sans'. */
  fontFamily?: string;
}

/** A rendered image: size in px and the pixels as RGBA bytes, row by row from the top left. */
export interface RgbaImage {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** The same image encoded as PNG. */
  png(): Uint8Array;
}

function options(opts: SvgToPngOptions): ResvgRenderOptions {
  return {
    fitTo: opts.width === undefined ? { mode: 'original' } : { mode: 'width', value: opts.width },
    font: { loadSystemFonts: true, defaultFontFamily: opts.fontFamily ?? 'DejaVu Sans', sansSerifFamily: opts.fontFamily ?? 'DejaVu Sans' },
    logLevel: 'off',
  };
}

/** Renders `svg` (a standalone SVG document) to RGBA pixels. Throws `BAD_OPTION` for a bad width, resvg's error if the SVG cannot be parsed. */
export function svgToRgba(svg: string, opts: SvgToPngOptions = {}): RgbaImage {
  if (opts.width !== undefined && !(Number.isInteger(opts.width) && opts.width > 0 && opts.width <= 20000)) {
    throw new EmissError('BAD_OPTION', 'svgToPng width', `${opts.width} px`, 'an integer in 1..20000');
  }
  const image = new Resvg(svg, options(opts)).render();
  return {
    width: image.width,
    height: image.height,
    pixels: new Uint8Array(image.pixels),
    png: () => new Uint8Array(image.asPng()),
  };
}

/** Renders `svg` to a PNG file's bytes, `opts.width` px wide (default: the SVG's width). */
export function svgToPng(svg: string, opts: SvgToPngOptions = {}): Uint8Array {
  return svgToRgba(svg, opts).png();
}
