/**
 * An imported document as the explorer shows it (loadedDocument.ts): a claimgraph import
 * becomes a `LoadedDocument` like a bundled one (its text, if the file carried it, feeds the
 * source panel), a foreign graph a `GenericDocument` re-keyed for the explorer.
 */
import type { ImportedDocumentData } from '../data/importedDocument.ts';
import type { DocumentPayload, Point } from '../data/schemas.ts';
import { sha256Text } from '../formats/sha256.ts';
import type { ClaimgraphImport, GenericImport } from '../formats/types.ts';
import { keyedPositions, nodeColors, toExplorerGraph } from '../graph/genericGraph.ts';
import type { DocumentMeta, GraphEdge, GraphNode } from '../model/schema.ts';
import type {
  AnyLoadedDocument,
  GenericDocument,
  ImportOrigin,
  LoadedDocument,
} from './loadedDocument.ts';

const positionsRecord = (positions: ReadonlyMap<string, Point> | undefined) =>
  positions ? Object.fromEntries(positions) : undefined;

function claimDocument(
  data: ImportedDocumentData,
  result: ClaimgraphImport,
  origin: ImportOrigin,
): LoadedDocument {
  const { summary } = data;
  const given = result.document;
  const text = result.text ?? '';
  const document: DocumentMeta = {
    id: summary.id,
    title: given.title ?? summary.title,
    publisher: given.publisher ?? `Imported file ${summary.name}`,
    publishedAt: given.publishedAt ?? summary.importedAt.slice(0, 10),
    language: given.language ?? 'und',
    textFile: given.textFile ?? 'article.txt',
    textSha256: result.text !== undefined ? sha256Text(text) : (given.textSha256 ?? '0'.repeat(64)),
    ...(given.note !== undefined ? { note: given.note } : {}),
  };
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  result.graph.forEachNode((_id, node) => nodes.push(node));
  result.graph.forEachEdge((_id, edge) => {
    if (edge.kind !== 'reported') edges.push(edge);
  });
  const positions = positionsRecord(data.positions);
  const payload: DocumentPayload = {
    graph: { schemaVersion: 1, document, nodes, edges },
    text,
    ...(positions ? { layout: { name: 'import', positions } } : {}),
  };
  const publication = [given.publisher, given.publishedAt].filter(Boolean).join(' · ');
  return {
    kind: 'claimgraph',
    id: summary.id,
    payload,
    graph: result.graph,
    text,
    origin: publication ? { ...origin, publication } : origin,
  };
}

function genericDocument(
  data: ImportedDocumentData,
  result: GenericImport,
  origin: ImportOrigin,
): GenericDocument {
  const { graph, originalIds, nodeKeys } = toExplorerGraph(result.graph);
  const fileColors = new Map<string, string>();
  if (result.colors)
    for (const [id, color] of Object.entries(result.colors)) {
      const key = nodeKeys.get(id);
      if (key !== undefined) fileColors.set(key, color);
    }
  return {
    kind: 'generic',
    id: data.summary.id,
    title: result.document.title ?? data.summary.title,
    graph,
    imported: result,
    originalIds,
    positions: keyedPositions(data.positions, nodeKeys),
    colors: nodeColors(graph, fileColors),
    origin,
  };
}

/** The explorer's document for an imported file (a TanStack Query `select`). */
export function fromImport(data: ImportedDocumentData): AnyLoadedDocument {
  const { summary, result } = data;
  const origin: ImportOrigin = {
    fileName: summary.name,
    format: summary.format,
    importedAt: summary.importedAt,
    hasText: result.text !== undefined && result.text !== '',
  };
  return result.isClaimgraph
    ? claimDocument(data, result, origin)
    : genericDocument(data, result, origin);
}
