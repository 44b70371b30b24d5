/**
 * claimgraph's own JSON: the document graph of a graph or subgraph, wrapped in an envelope
 * that can carry the article text, so one file validates on its own:
 *
 *   { "claimgraphExport": 1, "graph": <graph.json>, "text": "<article.txt>" }
 *
 * `graph` passes `validateDocument` against `text` (the importer checks it so). Only stored
 * nodes and edges are written: derived `reported` edges are rebuilt from `via` on load.
 * To keep a subgraph valid, the export drops
 *   - claims left without any statement (and the edges that touch them), and
 *   - `via` entries naming outlets that are not in the subgraph.
 */
import type { DocumentGraph, DocumentMeta, GraphEdge, GraphNode } from '../model/schema.ts';
import { SCHEMA_VERSION } from '../model/vocabulary.ts';
import { sha256Text } from './sha256.ts';
import type { ExportOptions, ImportedGraph } from './types.ts';
import { edgeEntries, nodeEntries } from './walk.ts';

export const ENVELOPE_VERSION = 1 as const;

export interface ClaimgraphExport {
  claimgraphExport: typeof ENVELOPE_VERSION;
  graph: DocumentGraph;
  text?: string;
}

function assertClaimgraph(graph: ImportedGraph) {
  const foreign = nodeEntries(graph).filter((n) => n.attrs.kind === 'generic').length;
  if (foreign > 0)
    throw new Error(
      `claimgraph JSON holds claimgraph document graphs only, and this graph has ${foreign} foreign node(s): export it as GEXF, GraphML, JGF or Cytoscape JSON instead`,
    );
}

/** The document graph of a (sub)graph, as toJson writes it. */
export function toDocumentGraph(
  graph: ImportedGraph,
  document: DocumentMeta,
  text?: string,
): DocumentGraph {
  assertClaimgraph(graph);
  const nodes = nodeEntries(graph);
  const stored = edgeEntries(graph).flatMap(({ source, target, attrs }): GraphEdge[] =>
    attrs.kind === 'reported' || attrs.kind === 'generic' ? [] : [{ ...attrs, source, target }],
  );
  const spoken = new Set(stored.filter((e) => e.kind === 'statement').map((e) => e.target));
  const kept = new Map<string, GraphNode>();
  for (const { id, attrs } of nodes)
    if (attrs.kind !== 'generic' && (attrs.kind !== 'claim' || spoken.has(id)))
      kept.set(id, { ...attrs, id });
  const edges = stored
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .map((e) => (e.kind === 'statement' ? { ...e, via: e.via.filter((v) => kept.has(v)) } : e));
  return {
    schemaVersion: SCHEMA_VERSION,
    document: { ...document, ...(text !== undefined ? { textSha256: sha256Text(text) } : {}) },
    nodes: [...kept.values()],
    edges,
  };
}

export function toJson(graph: ImportedGraph, opts: ExportOptions): string {
  assertClaimgraph(graph);
  if (!opts.document)
    throw new Error(
      'toJson needs opts.document, the full document metadata, to write a valid graph',
    );
  const envelope: ClaimgraphExport = {
    claimgraphExport: ENVELOPE_VERSION,
    graph: toDocumentGraph(graph, opts.document, opts.text),
    ...(opts.text !== undefined ? { text: opts.text } : {}),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
