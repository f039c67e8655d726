/**
 * The frame, ticks, tick labels and axis titles of a plot, in ROOT's style: a closed box, ticks
 * on all four sides pointing inwards (minor ones half as long), labels on the bottom and left,
 * the x title right-aligned under the labels, the y title rotated and ending at the top of the frame.
 */
import { formatLabel } from './format-label.js';
import type { PlotLayout } from './plot-layout.js';
import type { PlotSpec } from './plot-spec.js';
import { roundPx } from './round-px.js';

/** SVG elements (a fragment, no `<svg>`) of the axes of `spec` placed by `layout`. */
export function axesSvg(spec: PlotSpec, layout: PlotLayout): string {
  const { frame, sx, sy, fontSize: fs, majorTick, minorTick } = layout;
  const { left, top, right, bottom } = frame;
  let ticks = '';
  // A tick on the frame corner would only thicken the box: skip those.
  const onFrameX = (p: number): boolean => !(p > left + 0.5 && p < right - 0.5);
  const onFrameY = (p: number): boolean => !(p > top + 0.5 && p < bottom - 0.5);
  const xTick = (v: number, len: number): void => {
    const p = sx(v);
    if (!Number.isFinite(p) || onFrameX(p)) return;
    const x = roundPx(p);
    const l = roundPx(len);
    ticks += `M${x} ${roundPx(bottom)}v${-l}M${x} ${roundPx(top)}v${l}`;
  };
  const yTick = (v: number, len: number): void => {
    const p = sy(v);
    if (!Number.isFinite(p) || onFrameY(p)) return;
    const y = roundPx(p);
    const l = roundPx(len);
    ticks += `M${roundPx(left)} ${y}h${l}M${roundPx(right)} ${y}h${-l}`;
  };
  for (const t of layout.xTicks.major) xTick(t.value, majorTick);
  for (const v of layout.xTicks.minor) xTick(v, minorTick);
  for (const t of layout.yTicks.major) yTick(t.value, majorTick);
  for (const v of layout.yTicks.minor) yTick(v, minorTick);

  const xLabels = layout.xTicks.major
    .map((t) => `<text x="${roundPx(sx(t.value))}" y="${roundPx(layout.xLabelBaseline)}">${formatLabel(t.label)}</text>`)
    .join('');
  // 0.35 em below the tick puts the middle of the digits on it.
  const yLabels = layout.yTicks.major
    .map((t) => `<text x="${roundPx(left - layout.yLabelGap)}" y="${roundPx(sy(t.value) + 0.35 * fs)}">${formatLabel(t.label)}</text>`)
    .join('');
  return (
    `<g class="axes" fill="none" stroke="#000" stroke-linecap="square">` +
    `<path d="${ticks}" stroke-width="1.2"/>` +
    `<rect x="${roundPx(left)}" y="${roundPx(top)}" width="${roundPx(right - left)}" height="${roundPx(bottom - top)}" stroke-width="1.5"/>` +
    `</g>` +
    `<g class="tick-labels x" text-anchor="middle">${xLabels}</g>` +
    `<g class="tick-labels y" text-anchor="end">${yLabels}</g>` +
    `<text class="axis-title x" x="${roundPx(right)}" y="${roundPx(layout.xTitleBaseline)}" text-anchor="end">${formatLabel(spec.x.label)}</text>` +
    `<text class="axis-title y" transform="translate(${roundPx(layout.yTitleBaseline)} ${roundPx(top)}) rotate(-90)" text-anchor="end">${formatLabel(spec.y.label)}</text>`
  );
}
