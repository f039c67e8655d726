/**
 * The description of a plot that {@link renderPlot} draws: two axes, a list of series, a legend,
 * a title and annotations. Plain data (no functions), so a spec can be built in a worker, sent
 * as JSON (typed arrays aside) or stored next to the result it shows.
 */

/**
 * One axis. `label` is written in a tiny TeX-like markup (see {@link formatLabel}):
 * `_{…}` subscript, `^{…}` superscript, `\epsilon`, `\alpha`, `\chi`, `\sigma`, `\mu`,
 * `\gamma`, `\prime` or `'` → Unicode. `min` < `max` in data units; on a log axis `min` > 0.
 */
export interface Axis {
  label: string;
  min: number;
  max: number;
  /** Logarithmic axis (decades labelled 10ⁿ, minor ticks at 2…9 × 10ⁿ). Default false. */
  log?: boolean;
}

/**
 * Fields common to every series.
 * `z` orders the drawing (higher on top, like matplotlib's zorder); the default puts fills
 * under lines: `excluded` 0, `band` 1, `line` 2, `points` 3; equal z keep the list order.
 * The legend lists labelled series in the list order, whatever their z.
 */
export interface SeriesCommon {
  /** Legend text in label markup; a series without label is not in the legend. */
  label?: string;
  /** Drawing order (higher on top); default by kind, see {@link SeriesCommon}. */
  z?: number;
}

/** A polyline through (x, y); points that cannot be drawn split it. Width in px, dash as an SVG dash array ("8 5"). */
export interface LineSeries extends SeriesCommon {
  kind: 'line';
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  color?: string;
  width?: number;
  dash?: string;
}

/** The region between `low` and `high` (e.g. the ±1σ/±2σ bands of an expected limit). */
export interface BandSeries extends SeriesCommon {
  kind: 'band';
  x: ArrayLike<number>;
  low: ArrayLike<number>;
  high: ArrayLike<number>;
  fill: string;
  /** Fill opacity in [0, 1]; default 1. */
  opacity?: number;
}

/** The region above (default) or below the curve (x, y), filled up to the frame: an excluded area. */
export interface ExcludedSeries extends SeriesCommon {
  kind: 'excluded';
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  fill: string;
  /** Fill opacity in [0, 1]; default 1. */
  opacity?: number;
  /** Fill above the curve (default true) or below it (false). */
  above?: boolean;
}

/** Markers (full circles, like ROOT's marker style 20) at (x, y). Radius in px. */
export interface PointsSeries extends SeriesCommon {
  kind: 'points';
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  color?: string;
  radius?: number;
}

/** One thing drawn inside the frame. */
export type Series = LineSeries | BandSeries | ExcludedSeries | PointsSeries;

/** Corner of the frame that holds the legend. */
export type LegendPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** A text placed at data coordinates (its left end at (x, y) unless `anchor` says otherwise). */
export interface Annotation {
  x: number;
  y: number;
  /** Text in label markup. */
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  color?: string;
}

/** Everything {@link renderPlot} needs. Sizes in px (SVG user units). */
export interface PlotSpec {
  /** Width of the picture in px; default 800. */
  width?: number;
  /** Height of the picture in px; default 600. */
  height?: number;
  x: Axis;
  y: Axis;
  series: Series[];
  /** Legend corner (default top-right), or false for none. No legend is drawn without labelled series. */
  legend?: { position: LegendPosition } | false;
  /** Text above the frame, left-aligned, in label markup. */
  title?: string;
  annotations?: Annotation[];
  /** Font size of tick labels and axis titles in px; default 4.2 % of the smaller side (25 px at 800 × 600). */
  fontSize?: number;
}
