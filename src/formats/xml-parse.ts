/**
 * Parsing XML into a small element tree, in Node and the browser alike (no DOMParser),
 * with saxes: a strict, namespace-aware, non-validating parser that never loads anything.
 *
 * Safety: a DOCTYPE that declares entities is refused outright, and saxes itself resolves
 * only the five predefined entities and character references: any other entity reference
 * (`&lol9;`, an external `&xxe;`) is an error. Nothing is expanded, so "billion laughs"
 * fails at once, and no external entity or DTD is ever fetched. Nesting deeper than
 * MAX_XML_DEPTH is refused. The first error stops the parse and says where it is.
 */
import { SaxesParser, type SaxesAttributeNS } from 'saxes';
import type { ImportError } from './types.ts';

export const MAX_XML_DEPTH = 64;

export interface XmlElement {
  /** Local name (without prefix). */
  name: string;
  /** Namespace URI ('' for none). */
  uri: string;
  /** Attributes without a namespace by local name; namespaced ones as `{uri}local`. */
  attrs: Map<string, string>;
  children: XmlElement[];
  /** The element's own text content (text and CDATA directly inside it), concatenated. */
  text: string;
  line: number;
  column: number;
  /** `/gexf/graph/nodes/node[3]`: 1-based index among siblings of the same name. */
  path: string;
}

export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; error: ImportError };

/** `/graphml/graph/node[2] (line 14, column 5)` */
export const whereXml = (el: Pick<XmlElement, 'path' | 'line' | 'column'>): string =>
  `${el.path} (line ${el.line}, column ${el.column})`;

/**
 * An element as parsed. Its `path` is spelled out only when asked for (an error or a warning
 * names it): most elements of a large file (GraphML's <data>) are never named, and building
 * every path was ~0.4 M strings for a 10 000-node GraphML.
 */
class ParsedElement implements XmlElement {
  readonly attrs: Map<string, string>;
  readonly children: XmlElement[] = [];
  text = '';
  /** How many children of each name opened so far: their 1-based indices. */
  private childCounts: Map<string, number> | undefined;
  private spelled: string | undefined;

  constructor(
    readonly name: string,
    readonly uri: string,
    attrs: Map<string, string>,
    readonly line: number,
    readonly column: number,
    private readonly parent: ParsedElement | undefined,
    private readonly index: number,
  ) {
    this.attrs = attrs;
  }

  /** The 1-based index of a new child named `name` among its siblings of that name. */
  nextIndex(name: string): number {
    this.childCounts ??= new Map();
    const index = (this.childCounts.get(name) ?? 0) + 1;
    this.childCounts.set(name, index);
    return index;
  }

  /** Drops the counts once the element is closed: they are only needed while it is open. */
  close(): void {
    this.childCounts = undefined;
  }

  get path(): string {
    this.spelled ??= this.parent
      ? `${this.parent.path}/${this.name}[${this.index}]`
      : `/${this.name}`;
    return this.spelled;
  }
}

class XmlStop extends Error {
  constructor(readonly error: ImportError) {
    super(error.message);
  }
}

export function parseXml(source: string): XmlParseResult {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const here = () => `line ${parser.line}, column ${parser.column + 1}`;
  const stack: ParsedElement[] = [];
  let root: ParsedElement | undefined;
  let start = { line: 1, column: 1 };

  const stop = (message: string, expected?: string): never => {
    throw new XmlStop({ where: here(), message, ...(expected ? { expected } : {}) });
  };

  parser.on('error', (err) =>
    stop(
      `malformed XML: ${err.message.replace(/^\d+:\d+: /, '')}`,
      'well-formed XML 1.0 (only the predefined entities &amp; &lt; &gt; &quot; &apos; and character references)',
    ),
  );
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype))
      stop(
        'the DOCTYPE declares entities: refused, claimgraph never expands DTD entities',
        'a document without <!ENTITY> declarations',
      );
  });
  parser.on('opentagstart', () => {
    // Where the tag's `<` is: saxes reports the position after the name.
    const pos = parser.position;
    const lt = source.lastIndexOf('<', pos - 1);
    // Newlines inside the tag so far (between its `<` and here), counted without a copy.
    let newlines = 0;
    for (
      let at = source.indexOf('\n', lt);
      at !== -1 && at < pos;
      at = source.indexOf('\n', at + 1)
    )
      newlines++;
    start =
      newlines === 0
        ? { line: parser.line, column: parser.columnIndex - (pos - lt) + 1 }
        : { line: parser.line - newlines, column: lt - source.lastIndexOf('\n', lt - 1) };
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_XML_DEPTH)
      stop(
        `elements are nested more than ${MAX_XML_DEPTH} deep`,
        `at most ${MAX_XML_DEPTH} levels`,
      );
    const attrs = new Map<string, string>();
    for (const attr of Object.values(tag.attributes) as SaxesAttributeNS[]) {
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
      attrs.set(attr.uri ? `{${attr.uri}}${attr.local}` : attr.local, attr.value);
    }
    const parent = stack[stack.length - 1];
    const index = parent ? parent.nextIndex(tag.local) : 1;
    const el = new ParsedElement(
      tag.local,
      tag.uri,
      attrs,
      start.line,
      start.column,
      parent,
      index,
    );
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop()?.close();
  });
  const addText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(source).close();
  } catch (error) {
    if (error instanceof XmlStop) return { ok: false, error: error.error };
    return {
      ok: false,
      error: { where: here(), message: `malformed XML: ${(error as Error).message}` },
    };
  }
  if (!root)
    return {
      ok: false,
      error: { where: here(), message: 'no root element', expected: 'an XML document' },
    };
  return { ok: true, root };
}

/** Child elements with the given local name (any namespace unless `uri` is given). */
export const childrenNamed = (el: XmlElement, name: string, uri?: string): XmlElement[] =>
  el.children.filter((c) => c.name === name && (uri === undefined || c.uri === uri));

export const childNamed = (el: XmlElement, name: string, uri?: string): XmlElement | undefined =>
  el.children.find((c) => c.name === name && (uri === undefined || c.uri === uri));
