/**
 * Builds the graphology graph of a document: graphology is the source of truth for
 * topology and attributes (DESIGN.md §2); every view and export starts from it.
 */
import { MultiDirectedGraph } from 'graphology';
import { withNullPrototypeAdjacency } from './safe-graph.ts';
import type { DocumentGraph, GraphEdge, GraphNode } from './schema.ts';

/**
 * An outlet → claim edge derived from a statement's `via` entry (DESIGN.md §1), so outlets
 * stay connected in every view and export. Never stored in graph.json.
 */
export interface ReportedEdge {
  id: string;
  kind: 'reported';
  derived: true;
  source: string;
  target: string;
  /** The statement whose `via` produced this edge. */
  statement: string;
  /** Position of the outlet in the statement's `via` chain (0 = first relay). */
  order: number;
}

export type NodeAttributes = GraphNode;
export type EdgeAttributes = GraphEdge | ReportedEdge;
export type ClaimGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * The id of a derived edge. The colons keep it apart from stored ids, which are slugs
 * (`^[a-z0-9][a-z0-9-]*$`), so the two can never collide.
 */
export const reportedEdgeId = (statementId: string, outletId: string): string =>
  `reported:${statementId}:${outletId}`;

export const isDerivedEdgeId = (id: string): boolean => id.startsWith('reported:');

/**
 * Builds the graph of a validated document. It throws on dangling endpoints or duplicate
 * ids (graphology's own errors): run validateDocument first for readable reports.
 */
export function buildGraph(doc: DocumentGraph): ClaimGraph {
  // Node ids are slugs, and `constructor` is one: keep adjacency in null-prototype objects.
  const graph: ClaimGraph = withNullPrototypeAdjacency(
    new MultiDirectedGraph({ allowSelfLoops: true }),
  );
  for (const node of doc.nodes) graph.addNode(node.id, node);
  for (const edge of doc.edges)
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
  for (const edge of doc.edges) {
    if (edge.kind !== 'statement') continue;
    edge.via.forEach((outlet, order) => {
      const id = reportedEdgeId(edge.id, outlet);
      if (graph.hasEdge(id) || !graph.hasNode(outlet)) return;
      const derived: ReportedEdge = {
        id,
        kind: 'reported',
        derived: true,
        source: outlet,
        target: edge.target,
        statement: edge.id,
        order,
      };
      graph.addDirectedEdgeWithKey(id, outlet, edge.target, derived);
    });
  }
  return graph;
}
