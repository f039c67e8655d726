/**
 * The run report: one self-contained HTML page (inline CSS and inline SVG figures, no script,
 * no external resource), so that it opens offline from a file and can be mailed as it is.
 * Sections are given as HTML fragments built with {@link htmlTable} and {@link htmlFigure};
 * this module only lays them out with a table of contents. No Node-only API.
 */
import { escapeXml } from './escape-xml.js';
import { FONT_FAMILY } from './render-plot.js';

/** One section of the report. */
export interface ReportSection {
  /** Anchor id (letters, digits, '-'). */
  id: string;
  title: string;
  /** Trusted HTML fragment (built with htmlTable/htmlFigure or escaped text). */
  html: string;
}

/** The report's contents. */
export interface ReportContent {
  title: string;
  /** One line under the title (escaped here). */
  subtitle: string;
  sections: ReportSection[];
  /** Footer text, e.g. the emiss version and time (escaped here). */
  footer: string;
}

const CSS = `body{font-family:${FONT_FAMILY};max-width:1000px;margin:2em auto;padding:0 1em;color:#111;line-height:1.4}
h1{font-size:1.6em;margin-bottom:0.2em}h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:0.2em;margin-top:2em}
.sub{color:#555;margin-top:0}nav ol{columns:2}figure{margin:1em 0}figure svg{max-width:100%;height:auto;border:1px solid #eee}
figcaption{color:#444;font-size:0.9em;margin-top:0.3em}table{border-collapse:collapse;margin:0.5em 0;font-size:0.9em}
th,td{border:1px solid #ccc;padding:0.25em 0.6em;text-align:right}th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}
code,pre{font-family:'DejaVu Sans Mono',monospace;font-size:0.85em}pre{background:#f8f8f8;padding:0.6em;overflow-x:auto}
footer{margin-top:3em;color:#777;font-size:0.85em}`;

/** The complete HTML document. */
export function reportHtml(c: ReportContent): string {
  const toc = c.sections.map((s) => `<li><a href="#${s.id}">${escapeXml(s.title)}</a></li>`).join('');
  const body = c.sections.map((s) => `<section id="${s.id}"><h2>${escapeXml(s.title)}</h2>\n${s.html}\n</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(c.title)}</title><style>${CSS}</style></head>
<body><h1>${escapeXml(c.title)}</h1><p class="sub">${escapeXml(c.subtitle)}</p>
<nav><ol>${toc}</ol></nav>
${body}
<footer>${escapeXml(c.footer)}</footer></body></html>
`;
}

/** A table: header cells and rows of cells (strings are escaped; numbers printed as given by `format`). */
export function htmlTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[], format: (v: number) => string = (v) => String(v)): string {
  const cell = (v: string | number, tag: 'td' | 'th'): string => `<${tag}>${escapeXml(typeof v === 'number' ? format(v) : v)}</${tag}>`;
  return `<table><thead><tr>${headers.map((h) => cell(h, 'th')).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((v) => cell(v, 'td')).join('')}</tr>`).join('')}</tbody></table>`;
}

/** A figure: an SVG document inlined (its XML prolog dropped) with a caption; `id` marks it for tests. */
export function htmlFigure(id: string, svg: string, caption: string): string {
  const inline = svg.replace(/^<\?xml[^>]*>\s*/, '');
  return `<figure data-figure="${escapeXml(id)}">${inline}<figcaption>${escapeXml(caption)}</figcaption></figure>`;
}
