/**
 * Label markup → SVG text content. Sub- and superscripts become flat sibling `<tspan>`s with a
 * relative `font-size` and a `dy` shift (not `baseline-shift`, which Firefox ignores); each
 * shift is undone by the next run, so the output can be placed in any `<text>` element and
 * anchored (`text-anchor`) as one chunk.
 */
import { escapeXml } from './escape-xml.js';
import { labelRuns } from './label-runs.js';

/**
 * The SVG `<text>` content for label markup (see {@link labelRuns} for the markup), XML-escaped.
 * Example: `formatLabel("m_{A'}")` → `m<tspan font-size="70%" dy="0.314em">A′</tspan>`;
 * `formatLabel('a < b & c')` → `a &lt; b &amp; c`.
 */
export function formatLabel(markup: string): string {
  let out = '';
  let shift = 0;
  for (const run of labelRuns(markup)) {
    const text = escapeXml(run.text);
    // dy is in em of the run's own font size, positive downwards.
    const dy = run.shift === shift ? '' : ` dy="${fmt((shift - run.shift) / run.scale)}em"`;
    const size = run.scale === 1 ? '' : ` font-size="${fmt(run.scale * 100)}%"`;
    out += dy === '' && size === '' ? text : `<tspan${size}${dy}>${text}</tspan>`;
    shift = run.shift;
  }
  return out;
}

function fmt(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}
