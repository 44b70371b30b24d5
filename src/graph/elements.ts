/**
 * Pure mapping from the graphology graph (src/model/build.ts) to Cytoscape element
 * definitions. Element ids are the graph.json ids; derived edges keep their
 * `reported:<statement>:<outlet>` ids.
 */
import type { EdgeDefinition, NodeDefinition } from 'cytoscape';
import type { ClaimGraph, EdgeAttributes, NodeAttributes } from '../model/build.ts';
import { isContested, statementsOn } from '../model/queries.ts';
import { labelPriority } from './labelCulling.ts';
import { shortLabel } from './labels.ts';
import {
  isOpposing,
  type ActorType,
  type EdgeKind,
  type NodeKind,
  type Stance,
} from '../model/schema.ts';

export interface NodeData {
  id: string;
  /** The full label (tooltips, the selected node). */
  label: string;
  /** The short label the canvas draws (see labels.ts). */
  short: string;
  kind: NodeKind;
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
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind | 'reported';
  /** Cue of a statement, role of the other edges. */
  label?: string;
  stance?: Stance;
  derived?: boolean;
  /** For derived edges: the statement they come from. */
  statement?: string;
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
  return { nodes, edges };
}
