import { describe, expect, it } from 'vitest';
import { htmlFigure, htmlTable, reportHtml } from './report-html.js';

describe('reportHtml(content)', () => {
  it('is one self-contained document: no script, no external link, a table of contents', () => {
    const html = reportHtml({
      title: 'run <1>',
      subtitle: 'a & b',
      sections: [{ id: 'cuts', title: 'Cut flow', html: htmlTable(['cut', 'events'], [['E < 50', 12]]) }, { id: 'fig', title: 'Figure', html: htmlFigure('f1', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', 'x < y') }],
      footer: 'emiss',
    });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('<a href="#cuts">Cut flow</a>');
    expect(html).toContain('run &lt;1&gt;');
    expect(html).toContain('<td>E &lt; 50</td><td>12</td>');
    expect(html).toContain('<figure data-figure="f1"><svg');
    expect(html).not.toContain('<?xml');
  });
});
