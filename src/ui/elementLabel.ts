/**
 * Names of graph elements as the panels show them: a kind word and a label, for nodes and
 * for edges (which have no label of their own). Pure.
 */
import type { ClaimGraph } from '../model/build.ts';

export interface ElementName {
  /** `actor`, `event`, `claim`, `statement`, `about`, `participant`, `affiliation`, `reported`. */
  kind: string;
  /** A human-readable kind: "Actor", "Statement", "Reported (derived)". */
  kindLabel: string;
  label: string;
}

const KIND_LABELS: Record<string, string> = {
  actor: 'Actor',
  event: 'Event',
  claim: 'Claim',
  statement: 'Statement',
  about: 'About',
  participant: 'Participation',
  affiliation: 'Affiliation',
  reported: 'Reported (derived)',
};

/** The label of a node, or its id when the graph has no such node. */
export function nodeLabel(graph: ClaimGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
}

/** Kind and label of a node or an edge; undefined for an id the graph does not have. */
export function elementName(graph: ClaimGraph, id: string): ElementName | undefined {
  if (graph.hasNode(id)) {
    const node = graph.getNodeAttributes(id);
    return { kind: node.kind, kindLabel: KIND_LABELS[node.kind] ?? node.kind, label: node.label };
  }
  if (!graph.hasEdge(id)) return undefined;
  const edge = graph.getEdgeAttributes(id);
  const source = nodeLabel(graph, edge.source);
  const target = nodeLabel(graph, edge.target);
  let label: string;
  switch (edge.kind) {
    case 'statement':
      label = `${source} — ${edge.stance}: ${target}`;
      break;
    case 'about':
      label = `${target}${edge.role ? ` as ${edge.role}` : ''} in: ${source}`;
      break;
    case 'participant':
    case 'affiliation':
      label = `${source}, ${edge.role}: ${target}`;
      break;
    case 'reported':
      label = `${source} reported: ${target}`;
      break;
  }
  return { kind: edge.kind, kindLabel: KIND_LABELS[edge.kind] ?? edge.kind, label };
}
