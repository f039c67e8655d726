/** XML escaping for text content and attribute values of the SVG we write. */

/** `s` with `&`, `<`, `>` and `"` replaced by entities, safe inside text and double-quoted attributes. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
