/**
 * Escaping text from a graph for Markdown, so that a label such as
 * `<img src=x onerror=alert(1)>` or `[click](javascript:…)` stays inert text in any
 * renderer: `&`, `<` and `>` become HTML entities, Markdown's inline syntax characters
 * get a backslash, and a fragment that would start a block (heading, list, quote, rule)
 * has its first character escaped.
 */

const INLINE = /[\\`*_[\]|~]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const BLOCK_MARK = /^(\s*)([#+\-=])/;
const ORDERED_MARK = /^(\s*\d+)([.)])/;

/** One line of inert text (newlines become spaces). */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const escaped = flat.replace(INLINE, (c) => `\\${c}`).replace(/[&<>]/g, (c) => HTML[c] ?? c);
  return escaped.replace(BLOCK_MARK, '$1\\$2').replace(ORDERED_MARK, '$1\\$2');
}

/** A blockquote of inert text, keeping the text's own line breaks. */
export function blockquote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line)}`))
    .join('\n');
}

/** Inline code that cannot be broken out of: backticks inside lengthen the fence. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
