/**
 * Pure mapping from the graphology graph (src/model/build.ts) to Cytoscape element
 * definitions. Element ids are the graph.json ids; derived edges keep their
 * `reported:<statement>:<outlet>` ids.
 *
 * A generic (foreign) graph maps with `toGenericElements`: its element ids are the explorer's
 * keys (genericGraph.ts), nodes carry the colour of their type and edges whether the file
 * declared them directed. Labels go to Cytoscape as data and are drawn on the canvas as text.
 */
import type { EdgeDefinition, NodeDefinition } from 'cytoscape';
import type { GenericGraph } from '../formats/types.ts';
import type { ClaimGraph, EdgeAttributes, NodeAttributes } from '../model/build.ts';
import { isContested, statementsOn } from '../model/queries.ts';
import { labelPriority } from './labelCulling.ts';
import { shortLabel, truncate } from './labels.ts';
import { isOpposing } from '../model/vocabulary.ts';
import type { ActorType, EdgeKind, NodeKind, Stance } from '../model/schema.ts';

export interface NodeData {
  id: string;
  /** The full label (tooltips, the selected node). */
  label: string;
  /** The short label the canvas draws (see labels.ts). */
  short: string;
  kind: NodeKind | 'generic';
  actorType?: ActorType;
  anonymous?: boolean;
  eventType?: string;
  /** Edges at the node in the whole graph (derived ones included): sizes hubs. */
  degree?: number;
  /** Claims: supported and opposed (DESIGN.md §1). */
  contested?: boolean;
  /**
   * Drawing order and label priority: actors above events above claims, busier nodes above
   * quieter ones (labelCulling.ts).
   */
  z?: number;
  /** Generic nodes: the file's type-like attribute. */
  type?: string;
  /** Generic nodes: the fill colour (by type, else from the file). */
  color?: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind | 'reported' | 'generic';
  /** Cue of a statement, role of the other edges. */
  label?: string;
  stance?: Stance;
  derived?: boolean;
  /** For derived edges: the statement they come from. */
  statement?: string;
  /** A generic edge the file declared undirected (drawn without an arrow). */
  undirected?: boolean;
}

export interface GraphElements {
  nodes: (NodeDefinition & { data: NodeData })[];
  edges: (EdgeDefinition & { data: EdgeData })[];
}

export function nodeData(id: string, node: NodeAttributes): NodeData {
  const data: NodeData = {
    id,
    label: node.label,
    short: shortLabel(node.kind, node.label),
    kind: node.kind,
  };
  if (node.kind === 'actor') {
    data.actorType = node.actorType;
    if (node.anonymous) data.anonymous = true;
  }
  if (node.kind === 'event') data.eventType = node.eventType;
  return data;
}

export function nodeClasses(node: NodeAttributes): string[] {
  const classes: string[] = [node.kind];
  if (node.kind === 'actor') {
    classes.push(`actor-${node.actorType}`);
    if (node.anonymous) classes.push('anonymous');
  }
  return classes;
}

export function edgeData(
  id: string,
  source: string,
  target: string,
  edge: EdgeAttributes,
): EdgeData {
  const data: EdgeData = { id, source, target, kind: edge.kind };
  switch (edge.kind) {
    case 'statement':
      data.stance = edge.stance;
      data.label = edge.cue;
      break;
    case 'reported':
      data.derived = true;
      data.statement = edge.statement;
      break;
    default:
      if (edge.role) data.label = edge.role;
  }
  return data;
}

export function edgeClasses(edge: EdgeAttributes): string[] {
  const classes: string[] = [edge.kind];
  if (edge.kind === 'statement') {
    classes.push(`stance-${edge.stance}`);
    if (isOpposing(edge.stance)) classes.push('opposing');
  }
  if (edge.kind === 'reported') classes.push('derived');
  return classes;
}

/** The key of an edge's pair of nodes, whichever way it points. */
const pairKey = (source: string, target: string): string =>
  source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;

/**
 * Marks the edges that share their pair of nodes with no other edge (nor loop back to their
 * node) `single`: the stylesheet draws them straight. Cytoscape's bezier edges look for their
 * parallel edges at every style change (issue 7: ~5 ms of the article's first frame), and a
 * bezier with no parallel edge is drawn straight anyway.
 */
function markSingleEdges(edges: GraphElements['edges']): void {
  const count = new Map<string, number>();
  for (const { data } of edges) {
    const key = pairKey(data.source, data.target);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  for (const edge of edges) {
    const { source, target } = edge.data;
    if (source !== target && count.get(pairKey(source, target)) === 1) {
      edge.classes = [...(Array.isArray(edge.classes) ? edge.classes : []), 'single'];
    }
  }
}

export function toElements(graph: ClaimGraph): GraphElements {
  const nodes: GraphElements['nodes'] = [];
  const edges: GraphElements['edges'] = [];
  graph.forEachNode((id, node) => {
    const data = nodeData(id, node);
    const classes = nodeClasses(node);
    data.degree = graph.degree(id);
    data.z = labelPriority(node.kind, data.degree);
    if (node.kind === 'claim' && isContested(statementsOn(graph, id))) {
      data.contested = true;
      classes.push('contested');
    }
    nodes.push({ group: 'nodes', data, classes });
  });
  graph.forEachEdge((id, edge, source, target) => {
    edges.push({
      group: 'edges',
      data: edgeData(id, source, target, edge),
      classes: edgeClasses(edge),
    });
  });
  markSingleEdges(edges);
  return { nodes, edges };
}

/** Most characters of a generic node's canvas label. */
export const GENERIC_LABEL_LENGTH = 30;

/** Cytoscape elements of a generic graph (keyed as genericGraph.ts keys it). */
export function toGenericElements(
  graph: GenericGraph,
  colors: ReadonlyMap<string, string>,
): GraphElements {
  const nodes: GraphElements['nodes'] = [];
  const edges: GraphElements['edges'] = [];
  // Degrees from the edge list: whole-graph iterators only.
  const degree = new Map<string, number>();
  graph.forEachEdge((_id, _edge, source, target) => {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  });
  graph.forEachNode((id, node) => {
    const d = degree.get(id) ?? 0;
    const data: NodeData = {
      id,
      label: node.label,
      short: truncate(node.label, GENERIC_LABEL_LENGTH),
      kind: 'generic',
      degree: d,
      z: labelPriority('generic', d),
    };
    if (node.type !== undefined) data.type = node.type;
    const color = colors.get(id);
    if (color !== undefined) data.color = color;
    nodes.push({ group: 'nodes', data, classes: ['generic'] });
  });
  graph.forEachEdge((id, edge, source, target) => {
    const data: EdgeData = { id, source, target, kind: 'generic' };
    if (edge.label !== undefined && edge.label !== '') data.label = edge.label;
    if (!edge.directed) data.undirected = true;
    edges.push({
      group: 'edges',
      data,
      classes: edge.directed ? ['generic'] : ['generic', 'undirected'],
    });
  });
  markSingleEdges(edges);
  return { nodes, edges };
}
