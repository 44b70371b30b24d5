/** Names of the elements of a generic (foreign) graph, for links and the details heading. */
import type { GenericGraph } from '../formats/types.ts';

export interface GenericName {
  /** "Node", "Node · person", "Directed link", "Link". */
  kindLabel: string;
  label: string;
}

/** The name of a node or edge of the explorer's generic graph; undefined for an unknown key. */
export function genericName(graph: GenericGraph, key: string): GenericName | undefined {
  if (graph.hasNode(key)) {
    const node = graph.getNodeAttributes(key);
    return {
      kindLabel: node.type !== undefined ? `Node · ${node.type}` : 'Node',
      label: node.label,
    };
  }
  if (graph.hasEdge(key)) {
    const edge = graph.getEdgeAttributes(key);
    const source = graph.getNodeAttribute(graph.source(key), 'label');
    const target = graph.getNodeAttribute(graph.target(key), 'label');
    return {
      kindLabel: edge.directed ? 'Directed link' : 'Link',
      label: `${source} ${edge.directed ? '→' : '—'} ${target}`,
    };
  }
  return undefined;
}

/** The kind line and title of the details panel for `key`. */
export function genericHeading(
  graph: GenericGraph,
  key: string,
): { kindLine: string; title: string } {
  const name = genericName(graph, key);
  return name
    ? { kindLine: name.kindLabel, title: name.label }
    : { kindLine: 'Not found', title: key };
}
