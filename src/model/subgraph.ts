/**
 * The part of a graph a view shows, as a graph of its own: what `claimgraph stats` counts
 * and what exports write.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ClaimGraph } from './build.ts';
import { withNullPrototypeAdjacency } from './safe-graph.ts';
import type { VisibleSet } from './filters.ts';

export interface SubgraphOptions {
  /** Also keep the dimmed context (1-hop neighbours and the edges joining them). */
  context?: boolean;
}

/** A new graph with the visible nodes and edges (attributes shared, not copied). */
export function subgraph(
  graph: ClaimGraph,
  set: VisibleSet,
  options: SubgraphOptions = {},
): ClaimGraph {
  const nodes = new Set(set.nodes);
  const edges = new Set(set.edges);
  if (options.context) {
    for (const id of set.contextNodes) nodes.add(id);
    for (const id of set.contextEdges) edges.add(id);
  }
  const out: ClaimGraph = withNullPrototypeAdjacency(
    new MultiDirectedGraph({ allowSelfLoops: true }),
  );
  graph.forEachNode((id, attrs) => {
    if (nodes.has(id)) out.addNode(id, attrs);
  });
  graph.forEachEdge((id, attrs, source, target) => {
    if (edges.has(id) && out.hasNode(source) && out.hasNode(target)) {
      out.addDirectedEdgeWithKey(id, source, target, attrs);
    }
  });
  return out;
}

/** The selected elements (and, with `context`, their 1-hop neighbourhood) as a visible set. */
export function selectionSet(graph: ClaimGraph, ids: Iterable<string>): VisibleSet {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const id of ids) {
    if (graph.hasNode(id)) nodes.add(id);
    else if (graph.hasEdge(id)) {
      edges.add(id);
      nodes.add(graph.source(id));
      nodes.add(graph.target(id));
    }
  }
  graph.forEachEdge((id, _attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target) && !edges.has(id)) {
      // Edges between selected nodes belong to the selection too.
      edges.add(id);
    }
  });
  const contextNodes = new Set<string>();
  const contextEdges = new Set<string>();
  for (const node of nodes) {
    graph.forEachEdge(node, (id, _attrs, source, target) => {
      if (edges.has(id)) return;
      const other = source === node ? target : source;
      if (!nodes.has(other)) contextNodes.add(other);
      contextEdges.add(id);
    });
  }
  return { nodes, edges, contextNodes, contextEdges };
}
