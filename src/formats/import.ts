/**
 * The importer: one entry point for every format claimgraph reads (claimgraph JSON, bare
 * or enveloped; GEXF 1.2draft and 1.3; GraphML; JGF; Cytoscape JSON). It refuses files
 * over MAX_IMPORT_BYTES, never expands XML entities (xml-parse.ts), and reports every
 * problem with where it is and what was expected there.
 */
import { assemble } from './assemble.ts';
import { detectFormat, jsonFormat, looksLikeJson, looksLikeXml } from './detect.ts';
import { parseJson } from './json-parse.ts';
import type { ReadResult } from './raw.ts';
import { readCyjs } from './read-cyjs.ts';
import { readGexf } from './read-gexf.ts';
import { readGraphml } from './read-graphml.ts';
import { readJgf } from './read-jgf.ts';
import { readClaimgraphJson } from './read-json.ts';
import type { FormatId, ImportFailure, ImportResult } from './types.ts';
import { parseXml, whereXml } from './xml-parse.ts';

/** The largest file importGraph reads: 20 MiB of UTF-8. */
import { MAX_IMPORT_BYTES } from './formatInfo.ts';

export { MAX_IMPORT_BYTES };

export interface ImportOptions {
  /** The article text for a bare graph.json (the envelope carries its own). */
  text?: string;
  /** Overrides MAX_IMPORT_BYTES (tests, or a CLI flag). */
  maxBytes?: number;
}

const KNOWN = 'claimgraph JSON, GEXF, GraphML, JSON Graph Format or Cytoscape JSON';

/** UTF-8 length of a string, without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

function tooLarge(text: string, limit: number): ImportFailure | undefined {
  // Every UTF-16 code unit is at least one byte: skip the count for clearly small inputs.
  if (text.length * 3 <= limit) return undefined;
  const size = text.length > limit ? text.length : utf8Length(text);
  if (size <= limit) return undefined;
  return {
    ok: false,
    errors: [
      {
        where: '(file)',
        message: `the file is ${text.length > limit ? 'over ' : ''}${mib(size)}, over the import limit of ${mib(limit)}`,
        expected: `at most ${mib(limit)} (${limit} bytes)`,
      },
    ],
  };
}

const fromRead = (read: ReadResult, format: FormatId): ImportResult =>
  read.ok ? assemble(read.raw) : { ok: false, format, errors: read.errors };

function importXml(text: string): ImportResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, format: detectFormat(text), errors: [parsed.error] };
  const { root } = parsed;
  if (root.name === 'gexf')
    return fromRead(readGexf(root), root.attrs.get('version') === '1.3' ? 'gexf13' : 'gexf');
  if (root.name === 'graphml') return fromRead(readGraphml(root), 'graphml');
  return {
    ok: false,
    errors: [
      {
        where: whereXml(root),
        message: `unknown root element <${root.name}>`,
        expected: '<gexf> or <graphml>',
      },
    ],
  };
}

function importJsonText(
  text: string,
  filename: string | undefined,
  options: ImportOptions,
): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok)
    return { ok: false, format: detectFormat(text, filename) ?? 'json', errors: [parsed.error] };
  const format = jsonFormat(parsed.value);
  if (format === 'json') return readClaimgraphJson(parsed.value, options.text);
  if (format === 'jgf') return fromRead(readJgf(parsed.value), 'jgf');
  if (format === 'cyjs') return fromRead(readCyjs(parsed.value), 'cyjs');
  return {
    ok: false,
    errors: [
      {
        where: '$',
        message: 'a JSON document of no known graph shape',
        expected: `${KNOWN}: an object with "claimgraphExport", "schemaVersion", "graph", "graphs" or "elements"`,
      },
    ],
  };
}

/** Imports a graph file's text. `filename` only helps when the content does not tell. */
export function importGraph(
  text: string,
  filename?: string,
  options: ImportOptions = {},
): ImportResult {
  const refused = tooLarge(text, options.maxBytes ?? MAX_IMPORT_BYTES);
  if (refused) return refused;
  const source = text.replace(/^\uFEFF/, '');
  if (looksLikeXml(source)) return importXml(source);
  if (looksLikeJson(source)) return importJsonText(source, filename, options);
  const byName = detectFormat(source, filename);
  return {
    ok: false,
    ...(byName ? { format: byName } : {}),
    errors: [
      {
        where: '(file)',
        message:
          byName === 'csv' || byName === 'md'
            ? `${byName === 'csv' ? 'CSV' : 'Markdown'} is an export-only format`
            : 'the file is neither XML nor JSON',
        expected: KNOWN,
      },
    ],
  };
}

/** Imports raw bytes (a File's contents), checking the size before decoding them as UTF-8. */
export function importBytes(
  bytes: Uint8Array,
  filename?: string,
  options: ImportOptions = {},
): ImportResult {
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length > limit)
    return {
      ok: false,
      errors: [
        {
          where: '(file)',
          message: `the file is ${mib(bytes.length)}, over the import limit of ${mib(limit)}`,
          expected: `at most ${mib(limit)} (${limit} bytes)`,
        },
      ],
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      errors: [{ where: '(file)', message: 'the file is not valid UTF-8', expected: 'UTF-8 text' }],
    };
  }
  return importGraph(text, filename, options);
}
