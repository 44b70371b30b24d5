/**
 * src/formats: exporters and importers for claimgraph graphs (see README.md in this folder
 * for the attribute names per format and what each format loses). Pure TypeScript: runs in
 * Node and in the browser.
 */
import { toCsv } from './csv.ts';
import { toCyjs } from './cyjs.ts';
import { toGexf, toGexf13 } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toJgf } from './jgf.ts';
import { toJson } from './json.ts';
import { toMarkdown } from './markdown.ts';
import type { ExportOptions, FormatId, ImportedGraph } from './types.ts';

export * from './types.ts';
export { FORMATS, type FormatInfo } from './formatInfo.ts';
import { FORMATS } from './formatInfo.ts';
export { toCsv, toCyjs, toGexf, toGexf13, toGraphml, toJgf, toJson, toMarkdown };
export { toDocumentGraph, ENVELOPE_VERSION, type ClaimgraphExport } from './json.ts';
export { importGraph, importBytes, MAX_IMPORT_BYTES, type ImportOptions } from './import.ts';
export { detectFormat } from './detect.ts';
export {
  NODE_ATTRS,
  EDGE_ATTRS,
  GRAPH_ATTRS,
  GENERIC_RESERVED,
  joinList,
  splitList,
} from './attributes.ts';
export { NODE_COLORS, STANCE_COLORS } from './style.ts';

export interface ExportFile {
  name: string;
  mime: string;
  content: string;
}

/** Exports a graph as the files of one format (two for CSV), named after `baseName`. */
export function exportGraph(
  graph: ImportedGraph,
  format: FormatId,
  opts: ExportOptions,
  baseName = opts.documentId,
): ExportFile[] {
  const info = FORMATS[format];
  const file = (content: string, suffix = ''): ExportFile => ({
    name: `${baseName}${suffix}.${info.extension}`,
    mime: info.mime,
    content,
  });
  switch (format) {
    case 'json':
      return [file(toJson(graph, opts))];
    case 'gexf':
      return [file(toGexf(graph, opts))];
    case 'gexf13':
      return [file(toGexf13(graph, opts), '.gexf13')];
    case 'graphml':
      return [file(toGraphml(graph, opts))];
    case 'jgf':
      return [file(toJgf(graph, opts))];
    case 'cyjs':
      return [file(toCyjs(graph, opts))];
    case 'csv': {
      const { nodes, edges } = toCsv(graph, opts);
      return [file(nodes, '.nodes'), file(edges, '.edges')];
    }
    case 'md':
      return [file(toMarkdown(graph, opts))];
  }
}
