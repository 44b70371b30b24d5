/**
 * Telling formats apart by content first (the root element of XML, the shape of JSON),
 * and by the file name's extension only when the content does not say.
 */
import { isRecord } from './json-values.ts';
import { isClaimgraphJson } from './read-json.ts';
import type { FormatId } from './types.ts';

const EXTENSIONS: Record<string, FormatId> = {
  gexf: 'gexf',
  graphml: 'graphml',
  jgf: 'jgf',
  cyjs: 'cyjs',
  json: 'json',
  csv: 'csv',
  md: 'md',
  markdown: 'md',
};

export const formatFromFilename = (filename: string | undefined): FormatId | undefined => {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename ?? '')?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS[ext];
};

/** How far into an XML file to look for the root element (prolog, comments, DOCTYPE). */
const SNIFF_CHARS = 65536;

/** The root element's local name and its start tag, or undefined when there is none. */
export function sniffXmlRoot(text: string): { name: string; tag: string } | undefined {
  const head = text.slice(0, SNIFF_CHARS);
  // Each step moves strictly forward; a construct left open ends the search.
  const after = (needle: string, from: number): number => {
    const at = head.indexOf(needle, from);
    return at < 0 ? -1 : at + needle.length;
  };
  let pos = 0;
  while (pos >= 0) {
    const lt = head.indexOf('<', pos);
    if (lt < 0) return undefined;
    if (head.startsWith('<?', lt)) pos = after('?>', lt);
    else if (head.startsWith('<!--', lt)) pos = after('-->', lt);
    else if (head.startsWith('<!', lt)) {
      const bracket = head.indexOf('[', lt);
      const close = head.indexOf('>', lt);
      if (close < 0) return undefined;
      const end = bracket >= 0 && bracket < close ? after(']', bracket) : close;
      pos = end < 0 ? -1 : after('>', end);
    } else {
      const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[^>]*>?/.exec(head.slice(lt, lt + 4096));
      return m?.[2] ? { name: m[2], tag: m[0] } : undefined;
    }
  }
  return undefined;
}

/** The format of a parsed JSON value, by its shape. */
export function jsonFormat(value: unknown): FormatId | undefined {
  if (isClaimgraphJson(value)) return 'json';
  if (isRecord(value)) {
    if ('graph' in value || 'graphs' in value) return 'jgf';
    if ('elements' in value) return 'cyjs';
  }
  if (Array.isArray(value) && isRecord(value[0]) && isRecord(value[0].data)) return 'cyjs';
  return undefined;
}

export const looksLikeXml = (text: string): boolean => /^\uFEFF?\s*</.test(text);
export const looksLikeJson = (text: string): boolean => /^\uFEFF?\s*[[{]/.test(text);

/**
 * The format of a file: by content when it is XML (root element `gexf`, with version 1.3
 * → `gexf13`; `graphml`) or JSON of a known shape, else by the file name's extension.
 */
export function detectFormat(text: string, filename?: string): FormatId | undefined {
  const byName = formatFromFilename(filename);
  if (looksLikeXml(text)) {
    const root = sniffXmlRoot(text);
    if (root?.name === 'graphml') return 'graphml';
    if (root?.name === 'gexf')
      return /\bversion\s*=\s*["']1\.3["']|gexf\.net\/1\.3/.test(root.tag) ? 'gexf13' : 'gexf';
    return byName;
  }
  if (looksLikeJson(text)) {
    try {
      return jsonFormat(JSON.parse(text.replace(/^\uFEFF/, ''))) ?? byName;
    } catch {
      return byName === 'gexf' || byName === 'graphml' ? undefined : (byName ?? 'json');
    }
  }
  return byName;
}
