/**
 * Where everything goes: the font size, the frame (the data area) and the ticks of both axes.
 * Margins follow from the tick labels and axis titles (ROOT places titles at the axis ends:
 * x title right-aligned under the labels, y title rotated, ending at the top of the frame),
 * with every length proportional to the font size, so a plot keeps its look at any size.
 */
import { EmissError } from '../core/index.js';
import { axisScale, checkAxis } from './axis-scale.js';
import { axisTicks } from './axis-ticks.js';
import type { AxisTicks } from './axis-ticks.js';
import type { PixelScale } from './line-path.js';
import type { PlotSpec } from './plot-spec.js';
import { textWidth } from './text-width.js';

/** The data area in px from the top-left corner of the picture. */
export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The result of {@link plotLayout}. All lengths in px. */
export interface PlotLayout {
  width: number;
  height: number;
  fontSize: number;
  frame: Frame;
  /** Data → pixel maps (x to the right, y upwards). */
  sx: PixelScale;
  sy: PixelScale;
  xTicks: AxisTicks;
  yTicks: AxisTicks;
  /** Length of major and minor ticks (drawn inwards on all four sides). */
  majorTick: number;
  minorTick: number;
  /** Baseline of the x tick labels and of the x title; x of the y title's baseline. */
  xLabelBaseline: number;
  xTitleBaseline: number;
  yTitleBaseline: number;
  /** Gap between the frame and the y tick labels' right end. */
  yLabelGap: number;
}

// Lengths in units of the font size, chosen by eye against ROOT's default TStyle and
// published NA64 figures.
const LABEL_GAP = 0.4; // frame edge to tick labels
const X_LABEL_ASCENT = 0.95; // top of a label with a superscript (10^{−3}) above its baseline
const TITLE_ASCENT = 1.0;
const DESCENT = 0.45; // below the baseline, with room for subscripts
const EDGE = 0.35; // free border around the picture

/**
 * Computes the layout of `spec`: font size (default 4.2 % of the smaller side), margins, ticks
 * and scales. Throws `BAD_OPTION` for a size or axis range that cannot be drawn.
 */
export function plotLayout(spec: PlotSpec): PlotLayout {
  const width = spec.width ?? 800;
  const height = spec.height ?? 600;
  for (const [v, name] of [[width, 'width'], [height, 'height']] as const) {
    if (!(v >= 50 && v <= 20000)) throw new EmissError('BAD_OPTION', `plot.${name}`, `${v} px`, '50 to 20000');
  }
  const fs = spec.fontSize ?? Math.round(0.042 * Math.min(width, height));
  if (!(fs > 0 && fs < Math.min(width, height) / 6)) throw new EmissError('BAD_OPTION', 'plot.fontSize', `${fs} px`, `0 to ${Math.min(width, height) / 6}`);

  checkAxis(spec.x, 'x');
  checkAxis(spec.y, 'y');
  // Ticks from a first guess of the frame; the margins then follow from their labels.
  const guessW = width * 0.8;
  const guessH = height * 0.8;
  const xTicks = axisTicks(spec.x, { maxMajor: Math.floor(guessW / (3.2 * fs)), subDecadeMinors: decadePx(spec, 'x', guessW) >= 1.6 * fs });
  const yTicks = axisTicks(spec.y, { maxMajor: Math.floor(guessH / (1.6 * fs)), subDecadeMinors: decadePx(spec, 'y', guessH) >= 1.6 * fs });

  const yLabelWidth = Math.max(0, ...yTicks.major.map((t) => textWidth(t.label, fs)));
  const yTitleBaselineOffset = LABEL_GAP * fs + yLabelWidth + 0.5 * fs + DESCENT * fs;
  const left = EDGE * fs + TITLE_ASCENT * fs + yTitleBaselineOffset;
  const top = spec.title ? EDGE * fs + (TITLE_ASCENT + DESCENT + 0.3) * fs : 0.9 * fs;
  const bottomMargin = (LABEL_GAP + X_LABEL_ASCENT + DESCENT + TITLE_ASCENT + DESCENT + EDGE) * fs;
  // The last x label is centred on its tick and may stick out of the frame to the right.
  const lastX = xTicks.major[xTicks.major.length - 1];
  const lastXWidth = lastX ? textWidth(lastX.label, fs) : 0;
  const right = width - Math.max(0.9 * fs, lastXWidth / 2 + EDGE * fs);
  const bottom = height - bottomMargin;
  if (!(right - left > 2 * fs && bottom - top > 2 * fs)) {
    throw new EmissError('BAD_OPTION', 'plot.width/height', `${width} × ${height} px leaves no room for the frame at font size ${fs} px`, 'a larger picture or smaller fontSize');
  }
  const frame = { left, top, right, bottom };
  const tickBase = Math.min(right - left, bottom - top);
  return {
    width,
    height,
    fontSize: fs,
    frame,
    sx: axisScale(spec.x, [left, right], 'x'),
    sy: axisScale(spec.y, [bottom, top], 'y'),
    xTicks,
    yTicks,
    majorTick: 0.03 * tickBase,
    minorTick: 0.015 * tickBase,
    xLabelBaseline: bottom + (LABEL_GAP + X_LABEL_ASCENT) * fs,
    xTitleBaseline: bottom + (LABEL_GAP + X_LABEL_ASCENT + DESCENT + TITLE_ASCENT) * fs,
    yTitleBaseline: left - yTitleBaselineOffset,
    yLabelGap: LABEL_GAP * fs,
  };
}

// Pixels per decade of a log axis (Infinity for a linear one).
function decadePx(spec: PlotSpec, which: 'x' | 'y', length: number): number {
  const a = spec[which];
  if (!a.log || !(a.min > 0 && a.max > a.min)) return Infinity;
  return length / Math.log10(a.max / a.min);
}
