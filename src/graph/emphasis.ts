/**
 * What the view's filters, focus and shortest paths do to the canvas, as pure sets of element
 * ids: which elements are hidden, which dimmed and which highlighted. GraphCanvas applies them
 * as class diffs in one `cy.batch()`, never moving or rebuilding anything.
 *
 * - **Filters** (src/model/filters.ts) hide what they leave out; with the `context` option,
 *   the one-hop context of what they keep is shown dimmed.
 * - **Focus** on a node with depth 1–3 keeps the node, everything within `depth` undirected
 *   hops of it (walking the edges the filters keep) and the edges among those; the rest is
 *   dimmed or, with `mode: 'hide'`, hidden (context included).
 * - **Path** from a to b highlights every node and edge on every shortest undirected path
 *   (`shortestPaths`, over the edges the filters keep) and dims the rest. A path query wins
 *   over focus while it is set. When there is no path, only the two ends are highlighted and
 *   `message` says so.
 */
import type { ClaimGraph } from '../model/build.ts';
import {
  applyFilters,
  recentFilters,
  type FilterDescriptor,
  type FocusDepth,
  type VisibleSet,
} from '../model/filters.ts';
import { shortestPaths, type GraphPath } from '../model/paths.ts';

export interface Emphasis {
  hidden: ReadonlySet<string>;
  dimmed: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
}

export const NO_EMPHASIS: Emphasis = {
  hidden: new Set(),
  dimmed: new Set(),
  highlighted: new Set(),
};

export interface FocusQuery {
  node: string;
  depth: FocusDepth;
  mode: 'dim' | 'hide';
}

export interface PathQuery {
  from: string;
  to: string;
}

export interface EmphasisQuery {
  /** The view's filters, focus excluded. */
  filters?: FilterDescriptor[];
  /** Show the one-hop context of what the filters keep, dimmed. */
  context?: boolean;
  focus?: FocusQuery;
  path?: PathQuery;
}

export interface EmphasisResult {
  emphasis: Emphasis;
  /** What the view says about itself ("No path between A and B"), if anything. */
  message?: string;
  /** The shortest paths found, for a path query. */
  paths?: GraphPath[];
}

const label = (graph: ClaimGraph, id: string): string =>
  graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;

/** The message for a path query that found nothing (or could not be asked), else undefined. */
export function pathMessage(
  graph: ClaimGraph,
  query: PathQuery,
  paths: readonly GraphPath[],
  filtered = false,
): string | undefined {
  const missing = [query.from, query.to].filter((id) => !graph.hasNode(id));
  if (missing.length > 0) {
    const verb = missing.length > 1 ? 'are' : 'is';
    return `Cannot find a path: ${missing.join(' and ')} ${verb} not in this document`;
  }
  if (paths.length > 0) return undefined;
  const between = `No path between ${label(graph, query.from)} and ${label(graph, query.to)}`;
  return filtered ? `${between} among the elements the filters show` : between;
}

/** A view's emphasis (NO_EMPHASIS when it changes nothing), with its message and paths. */
export function emphasisResult(
  sets: Emphasis,
  message?: string,
  paths?: GraphPath[],
): EmphasisResult {
  const none = sets.hidden.size + sets.dimmed.size + sets.highlighted.size === 0;
  return {
    emphasis: none ? NO_EMPHASIS : sets,
    ...(message !== undefined ? { message } : {}),
    ...(paths !== undefined ? { paths } : {}),
  };
}

const hasFilters = (q: EmphasisQuery): boolean => (q.filters?.length ?? 0) > 0;

/** The emphasis of a view: filters, then the path query if any, else the focus. */
export function viewEmphasis(graph: ClaimGraph, query: EmphasisQuery): EmphasisResult {
  const filters = query.filters ?? [];
  const base: VisibleSet = recentFilters(graph, { filters, context: query.context ?? false });
  const hidden = new Set<string>();
  const dimmed = new Set<string>();
  const highlighted = new Set<string>();
  const shown = (id: string) => base.nodes.has(id) || base.edges.has(id);
  // Node by node and edge by edge, without copying the ids into arrays first: at 10 000 nodes
  // that garbage was part of a filter's frame.
  graph.forEachNode((id) => {
    if (base.nodes.has(id)) return;
    if (base.contextNodes.has(id)) dimmed.add(id);
    else hidden.add(id);
  });
  graph.forEachEdge((id) => {
    if (base.edges.has(id)) return;
    if (base.contextEdges.has(id)) dimmed.add(id);
    else hidden.add(id);
  });
  const result = (message?: string, paths?: GraphPath[]): EmphasisResult =>
    emphasisResult({ hidden, dimmed, highlighted }, message, paths);

  if (query.path) {
    const { from, to } = query.path;
    const filtered = hasFilters(query);
    const reachable = !filtered || (base.nodes.has(from) && base.nodes.has(to));
    const paths = reachable
      ? shortestPaths(graph, from, to, filtered ? { edgeFilter: (e) => base.edges.has(e) } : {})
      : [];
    for (const path of paths) {
      for (const id of [...path.nodes, ...path.edges]) highlighted.add(id);
    }
    if (paths.length === 0) {
      for (const id of [from, to]) if (graph.hasNode(id) && shown(id)) highlighted.add(id);
    } else {
      for (const id of [...base.nodes, ...base.edges]) if (!highlighted.has(id)) dimmed.add(id);
    }
    return result(pathMessage(graph, query.path, paths, filtered), paths);
  }

  if (query.focus) {
    const { node, depth, mode } = query.focus;
    if (!graph.hasNode(node)) return result(`Cannot focus: ${node} is not in this document`);
    if (!base.nodes.has(node)) {
      return result(`Cannot focus on ${label(graph, node)}: the filters hide it`);
    }
    const kept = applyFilters(graph, { filters: [...filters, { kind: 'focus', node, depth }] });
    focusTheRest(base, kept, mode, { hidden, dimmed });
  }
  return result();
}

/**
 * What the view shows (`base`, context included) but the focus does not keep: dimmed, or
 * with `mode: 'hide'` hidden (and no longer dimmed). Shared by documents and generic graphs.
 */
export function focusTheRest(
  base: VisibleSet,
  kept: Pick<VisibleSet, 'nodes' | 'edges'>,
  mode: FocusQuery['mode'],
  into: { hidden: Set<string>; dimmed: Set<string> },
): void {
  for (const id of [...base.nodes, ...base.edges, ...base.contextNodes, ...base.contextEdges]) {
    if (kept.nodes.has(id) || kept.edges.has(id)) continue;
    if (mode === 'hide') {
      into.dimmed.delete(id);
      into.hidden.add(id);
    } else into.dimmed.add(id);
  }
}
