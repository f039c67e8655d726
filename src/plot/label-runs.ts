/**
 * The parser of the label markup: a small subset of TeX, enough for axis titles of
 * dark-sector plots (`m_{A'} [GeV]`, `\epsilon^{2}`, `y = \epsilon^{2}\alpha_{D}(m_{\chi}/m_{A'})^{4}`).
 *
 * - `_{…}` / `^{…}` (or `_x` / `^x` for one character or command): subscript / superscript,
 *   nestable; `{…}` alone only groups.
 * - `\alpha` … `\omega` (lower case), a few capitals (`\Delta`, `\Gamma`, …) and symbols
 *   (`\prime`, `\pm`, `\times`, `\rightarrow`, `\ell`, `\cdot`) become Unicode; `'` becomes ′ (U+2032).
 * - `-` inside a sub/superscript, or before a digit at the start of a word, becomes the minus
 *   sign − (U+2212), as in typeset mathematics.
 * - `\{`, `\}`, `\_`, `\^`, `\\` are the literal characters; an unknown command stays as written.
 */

/** A piece of text at one vertical offset and size. */
export interface LabelRun {
  text: string;
  /** Baseline offset in units of the base font size, positive upwards. */
  shift: number;
  /** Font size relative to the base font size. */
  scale: number;
}

/** Relative size of a sub/superscript and its baseline offsets (in units of the enclosing font size). */
export const SCRIPT_SCALE = 0.7;
/** Baseline rise of a superscript, in units of the enclosing font size. */
export const SUPERSCRIPT_SHIFT = 0.42;
/** Baseline drop of a subscript, in units of the enclosing font size. */
export const SUBSCRIPT_SHIFT = -0.22;

const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ',
  sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  prime: '′', pm: '±', mp: '∓', times: '×', cdot: '·', rightarrow: '→', to: '→', leftarrow: '←',
  ell: 'ℓ', infty: '∞', sim: '∼', approx: '≈', le: '≤', ge: '≥', leq: '≤', geq: '≥', langle: '⟨', rangle: '⟩',
};

/**
 * Splits label markup into runs of equal baseline offset and size, symbols already replaced.
 * Adjacent runs at the same offset and size are merged; empty runs are dropped.
 * Example: `labelRuns("m_{A'}")` → `[{ text: 'm', shift: 0, scale: 1 }, { text: 'A′', shift: −0.22, scale: 0.7 }]`.
 */
export function labelRuns(markup: string): LabelRun[] {
  const runs: LabelRun[] = [];
  const emit = (text: string, shift: number, scale: number): void => {
    if (text === '') return;
    const last = runs[runs.length - 1];
    if (last && last.shift === shift && last.scale === scale) last.text += text;
    else runs.push({ text, shift, scale });
  };
  let i = 0;
  // Parses until the closing brace of the current group (or the end); `single` parses one item.
  const parse = (shift: number, scale: number, single: boolean): void => {
    while (i < markup.length) {
      const c = markup[i];
      if (c === '}') {
        if (single) return;
        i++;
        return;
      }
      if (c === '{') {
        i++;
        parse(shift, scale, false);
      } else if (c === '^' || c === '_') {
        i++;
        const s = c === '^' ? SUPERSCRIPT_SHIFT : SUBSCRIPT_SHIFT;
        const group = markup[i] === '{';
        if (group) i++;
        parse(round6(shift + s * scale), round6(scale * SCRIPT_SCALE), !group);
      } else if (c === '\\') {
        const m = /^[A-Za-z]+/.exec(markup.slice(i + 1));
        if (m) {
          i += 1 + m[0].length;
          emit(SYMBOLS[m[0]] ?? `\\${m[0]}`, shift, scale);
        } else {
          emit(markup[i + 1] ?? '\\', shift, scale);
          i += 2;
        }
      } else {
        emit(character(markup, i, scale < 1), shift, scale);
        i += c.length;
      }
      if (single) return;
    }
  };
  while (i < markup.length) {
    parse(0, 1, false); // a stray '}' at top level ends the group: keep reading after it
  }
  return runs;
}

function character(s: string, i: number, script: boolean): string {
  const c = s[i];
  if (c === "'") return '′';
  if (c === '-') {
    const next = s[i + 1] ?? '';
    const prev = s[i - 1] ?? ' ';
    if (script || (/[0-9.]/.test(next) && /[\s([{=,]/.test(prev))) return '−';
  }
  return c;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
