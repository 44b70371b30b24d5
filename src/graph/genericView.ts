/**
 * The view of a generic (foreign) graph: which filters apply, what they show, what the
 * canvas emphasises, the tooltip and the search. Pure, and read with graphology's
 * whole-graph iterators plus the topology of the explorer's re-keyed graph
 * (genericGraph.ts), whose keys are slugs, so per-node traversal is safe there.
 *
 * Filters that apply to a generic graph:
 * - `text`: a node is shown when its label, its id in the file or its type contains the query
 *   (folded as in src/model/filters.ts); an edge when both its ends are shown;
 * - node types (`types`, the `type` URL parameter): only nodes of those types, with the edges
 *   among them; types the graph does not have are ignored;
 * - focus (node, depth 1–3), context, and shortest paths, as for claimgraph documents
 *   (src/graph/emphasis.ts), over the edges the filters keep.
 * The claimgraph filters (stance, contested, actor type, speaker, outlet, date) do not
 * apply: a generic graph has no statements, and they are ignored.
 */
import type { GenericGraph } from '../formats/types.ts';
import type { ClaimGraph } from '../model/build.ts';
import { normalizeView, type FilterDescriptor, type VisibleSet } from '../model/filters.ts';
import { neighbourhood, shortestPaths, type GraphPath } from '../model/paths.ts';
import { foldTypography } from '../model/text.ts';
import {
  emphasisResult,
  focusTheRest,
  type EmphasisQuery,
  type EmphasisResult,
} from './emphasis.ts';
import type { TooltipContent, TooltipRow } from './tooltip.ts';

/**
 * The re-keyed generic graph as the traversal functions of src/model/paths.ts take it: they
 * read only its topology (and labels for messages), which both kinds of graph share.
 */
const topology = (graph: GenericGraph): ClaimGraph => graph as unknown as ClaimGraph;

export interface GenericFilter {
  filters: FilterDescriptor[];
  context?: boolean;
  /** Node types to keep; empty or absent: all. */
  types?: readonly string[];
}

const label = (graph: GenericGraph, key: string): string =>
  graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;

/** The text query of a view (folded), or undefined. */
function textOf(filters: FilterDescriptor[]): string | undefined {
  const text = normalizeView({ filters }).filters.find((f) => f.kind === 'text');
  return text?.kind === 'text' ? foldTypography(text.query) : undefined;
}

/** The focus of a view, or undefined. */
function focusOf(filters: FilterDescriptor[]): { node: string; depth: number } | undefined {
  const focus = normalizeView({ filters }).filters.find((f) => f.kind === 'focus');
  return focus?.kind === 'focus' ? focus : undefined;
}

/** The types of `wanted` that the graph has (a URL may name others). */
export function activeTypes(
  graph: GenericGraph,
  wanted: readonly string[] | undefined,
): Set<string> {
  const present = new Set<string>();
  if (!wanted || wanted.length === 0) return present;
  const asked = new Set(wanted);
  graph.forEachNode((_key, node) => {
    if (node.type !== undefined && asked.has(node.type)) present.add(node.type);
  });
  return present;
}

/** What a view of a generic graph shows (see the module comment). */
export function genericVisibleSet(graph: GenericGraph, view: GenericFilter): VisibleSet {
  const text = textOf(view.filters);
  const types = activeTypes(graph, view.types);
  let nodes = new Set<string>();
  graph.forEachNode((key, node) => {
    if (types.size > 0 && (node.type === undefined || !types.has(node.type))) return;
    if (
      text !== undefined &&
      ![node.label, node.id, node.type ?? ''].some((s) => foldTypography(s).includes(text))
    )
      return;
    nodes.add(key);
  });
  let edges = new Set<string>();
  graph.forEachEdge((key, _edge, source, target) => {
    if (nodes.has(source) && nodes.has(target)) edges.add(key);
  });
  const focus = focusOf(view.filters);
  if (focus) {
    if (!nodes.has(focus.node)) {
      nodes = new Set();
      edges = new Set();
    } else {
      const kept = edges;
      nodes = new Set(
        neighbourhood(topology(graph), focus.node, focus.depth, {
          edgeFilter: (e) => kept.has(e),
        }).keys(),
      );
      edges = new Set(
        [...kept].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))),
      );
    }
  }
  const contextNodes = new Set<string>();
  const contextEdges = new Set<string>();
  if (view.context) {
    graph.forEachEdge((key, _edge, source, target) => {
      if (edges.has(key)) return;
      const s = nodes.has(source);
      const t = nodes.has(target);
      if (s === t) return;
      contextNodes.add(s ? target : source);
      contextEdges.add(key);
    });
  }
  return { nodes, edges, contextNodes, contextEdges };
}

/** Counts of a visible set. */
export function genericCounts(set: VisibleSet): { nodes: number; edges: number } {
  return { nodes: set.nodes.size, edges: set.edges.size };
}

/** The message for a path query that found nothing, else undefined. */
function pathMessage(
  graph: GenericGraph,
  from: string,
  to: string,
  paths: readonly GraphPath[],
  filtered: boolean,
): string | undefined {
  const missing = [from, to].filter((id) => !graph.hasNode(id));
  if (missing.length > 0) {
    const verb = missing.length > 1 ? 'are' : 'is';
    return `Cannot find a path: ${missing.join(' and ')} ${verb} not in this graph`;
  }
  if (paths.length > 0) return undefined;
  const between = `No path between ${label(graph, from)} and ${label(graph, to)}`;
  return filtered ? `${between} among the elements the filters show` : between;
}

/** The emphasis of a view of a generic graph: as viewEmphasis (emphasis.ts) does for documents. */
export function genericViewEmphasis(
  graph: GenericGraph,
  query: EmphasisQuery & { types?: readonly string[] },
): EmphasisResult {
  const filters = query.filters ?? [];
  const base = genericVisibleSet(graph, { filters, context: query.context, types: query.types });
  const hidden = new Set<string>();
  const dimmed = new Set<string>();
  const highlighted = new Set<string>();
  const shown = (id: string) => base.nodes.has(id) || base.edges.has(id);
  const inContext = (id: string) => base.contextNodes.has(id) || base.contextEdges.has(id);
  const classify = (id: string) => {
    if (shown(id)) return;
    if (inContext(id)) dimmed.add(id);
    else hidden.add(id);
  };
  graph.forEachNode(classify);
  graph.forEachEdge(classify);
  const result = (message?: string, paths?: GraphPath[]): EmphasisResult =>
    emphasisResult({ hidden, dimmed, highlighted }, message, paths);
  const filtered = hidden.size + dimmed.size > 0;

  if (query.path) {
    const { from, to } = query.path;
    const reachable = base.nodes.has(from) && base.nodes.has(to);
    const paths = reachable
      ? shortestPaths(topology(graph), from, to, { edgeFilter: (e) => base.edges.has(e) })
      : [];
    for (const path of paths) for (const id of [...path.nodes, ...path.edges]) highlighted.add(id);
    if (paths.length === 0) {
      for (const id of [from, to]) if (graph.hasNode(id) && shown(id)) highlighted.add(id);
    } else {
      for (const id of [...base.nodes, ...base.edges]) if (!highlighted.has(id)) dimmed.add(id);
    }
    return result(pathMessage(graph, from, to, paths, filtered), paths);
  }

  if (query.focus) {
    const { node, depth, mode } = query.focus;
    if (!graph.hasNode(node)) return result(`Cannot focus: ${node} is not in this graph`);
    if (!base.nodes.has(node))
      return result(`Cannot focus on ${label(graph, node)}: the filters hide it`);
    const kept = genericVisibleSet(graph, {
      filters: [...filters, { kind: 'focus', node, depth }],
      types: query.types,
    });
    focusTheRest(base, kept, mode, { hidden, dimmed });
  }
  return result();
}

/** Attribute rows shown in a tooltip, at most. */
const TOOLTIP_ROWS = 5;
const TOOLTIP_VALUE = 80;

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

function attributeRows(attributes: Record<string, unknown>): TooltipRow[] {
  const entries = Object.entries(attributes);
  const rows = entries
    .slice(0, TOOLTIP_ROWS)
    .map(([name, value]) => ({ name: clip(name, 30), value: clip(String(value), TOOLTIP_VALUE) }));
  if (entries.length > TOOLTIP_ROWS)
    rows.push({ name: '…', value: `${entries.length - TOOLTIP_ROWS} more in the details panel` });
  return rows;
}

/** The tooltip of a generic node or edge; undefined for a key the graph does not have. */
export function genericTooltip(graph: GenericGraph, key: string): TooltipContent | undefined {
  if (graph.hasNode(key)) {
    const node = graph.getNodeAttributes(key);
    return {
      title: node.label,
      kind: node.type !== undefined ? `Node · ${node.type}` : 'Node',
      rows: attributeRows(node.attributes),
    };
  }
  if (graph.hasEdge(key)) {
    const edge = graph.getEdgeAttributes(key);
    const arrow = edge.directed ? '→' : '—';
    return {
      title: `${label(graph, graph.source(key))} ${arrow} ${label(graph, graph.target(key))}`,
      kind: edge.label ? `Link · ${edge.label}` : edge.directed ? 'Directed link' : 'Link',
      rows: attributeRows(edge.attributes),
    };
  }
  return undefined;
}
