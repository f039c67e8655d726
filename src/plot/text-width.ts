/**
 * Width of a label without a DOM: the advance widths of DejaVu Sans (the font the plots name
 * first and that resvg finds on our machines), read from DejaVuSans.ttf 2.37 (hmtx table, in
 * units of the em). Helvetica and Arial are about 10 % narrower, so boxes sized with these
 * widths have a little slack there. Used to size the legend box and the margins.
 */
import { labelRuns } from './label-runs.js';

// Advance widths / em of the printable ASCII characters U+0020 … U+007E in DejaVu Sans.
const ASCII = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531,
  1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787,
  0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5,
  0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612,
  0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
];
// Symbols of the markup (same source); other characters count as 0.62 em.
const OTHER: Record<string, number> = { '′': 0.227, '−': 0.838, '±': 0.838, '×': 0.838, '→': 0.838, 'ℓ': 0.413, 'ε': 0.541, 'χ': 0.578 };

/** Width in px of label markup set in DejaVu Sans at `fontSize` px (sub/superscripts at their size). */
export function textWidth(markup: string, fontSize: number): number {
  let w = 0;
  for (const run of labelRuns(markup)) {
    let em = 0;
    for (const ch of run.text) {
      const code = ch.codePointAt(0) ?? 0;
      em += code >= 0x20 && code <= 0x7e ? ASCII[code - 0x20] : (OTHER[ch] ?? 0.62);
    }
    w += em * run.scale;
  }
  return w * fontSize;
}
