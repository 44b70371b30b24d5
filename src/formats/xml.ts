/**
 * Writing XML 1.0 safely. Every text and attribute value goes through `escapeXml`, which
 * writes the characters XML 1.0 does not allow at all (C0 controls other than tab, newline
 * and carriage return; unpaired surrogates; U+FFFE and U+FFFF) as U+FFFD, the replacement
 * character, and escapes `& < > " '`.
 * In attribute values tab, newline and carriage return become character references, so a
 * parser's attribute-value normalisation cannot turn them into spaces.
 */

/** Characters that may not appear in an XML 1.0 document, even as character references. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const stripInvalidXmlChars = (s: string): string => s.replace(NOT_XML_CHAR, '');

/**
 * Each character XML 1.0 does not allow written as U+FFFD instead. Dropping them, a value made
 * of nothing else came out empty: a claimgraph mention's exact text "\uFFFE\uFFFF" did, and the
 * GraphML export no longer imported as claimgraph (found by the importer fuzzing). U+FFFD also
 * shows the reader where something could not be written.
 */
export const replaceInvalidXmlChars = (s: string): string => s.replace(NOT_XML_CHAR, '\uFFFD');

/**
 * Ids as XML 1.0 can carry them, still unique. Stripping forbidden characters from an id
 * could leave it empty or equal to another id (the file would not import again), so each
 * such character is written `_xHHHH_` instead, with `.2`, `.3`… if that is already taken.
 */
export function xmlIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids)
    if (stripInvalidXmlChars(id) === id) {
      out.set(id, id);
      used.add(id);
    }
  for (const id of ids) {
    if (out.has(id)) continue;
    const base = id.replace(
      NOT_XML_CHAR,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
    let token = base;
    for (let n = 2; used.has(token); n += 1) token = `${base}.${n}`;
    used.add(token);
    out.set(id, token);
  }
  return out;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes a value for an attribute (also fine in text content). */
export const escapeXml = (s: string): string =>
  replaceInvalidXmlChars(s).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c] ?? c);

/** Escapes text content: like escapeXml, but keeps tabs and newlines literal (CR still escaped). */
export const escapeXmlText = (s: string): string =>
  replaceInvalidXmlChars(s).replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c);

export type XmlAttrs = ReadonlyArray<readonly [string, string | number | boolean | undefined]>;

/** A number as XML Schema accepts it for xsd:double / xsd:float (finite numbers only). */
export const xmlNumber = (n: number): string => (Number.isFinite(n) ? String(n) : '0');

const attrText = (attrs: XmlAttrs): string =>
  attrs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? xmlNumber(v) : String(v))}"`)
    .join('');

/** An indenting XML writer producing a string, for the GEXF and GraphML exporters. */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private depth = 0;

  private indent(): string {
    return '  '.repeat(this.depth);
  }

  open(name: string, attrs: XmlAttrs = []): this {
    this.parts.push(`${this.indent()}<${name}${attrText(attrs)}>\n`);
    this.depth += 1;
    return this;
  }

  close(name: string): this {
    this.depth -= 1;
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** An empty element. */
  leaf(name: string, attrs: XmlAttrs = []): this {
    this.parts.push(`${this.indent()}<${name}${attrText(attrs)}/>\n`);
    return this;
  }

  /** An element holding text only. */
  text(name: string, attrs: XmlAttrs, text: string): this {
    this.parts.push(
      `${this.indent()}<${name}${attrText(attrs)}>${escapeXmlText(text)}</${name}>\n`,
    );
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}
