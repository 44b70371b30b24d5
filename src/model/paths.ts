/**
 * Neighbourhoods and shortest paths, both undirected: a statement, an `about` edge or an
 * affiliation links its two ends whichever way it points. Every edge of the graph counts,
 * the derived `reported` edges included, unless an `edgeFilter` says otherwise.
 */
import type { ClaimGraph } from './build.ts';

export interface TraversalOptions {
  /** Only edges for which this returns true are walked (default: every edge). */
  edgeFilter?: (edgeId: string) => boolean;
}

/**
 * The nodes within `depth` undirected hops of `nodeId`, each with its hop distance (the node
 * itself at 0), in breadth-first order (neighbours by id within a layer). Empty when the node
 * is missing; a negative or fractional depth counts as its floor, at least 0.
 */
export function neighbourhood(
  graph: ClaimGraph,
  nodeId: string,
  depth: number,
  options: TraversalOptions = {},
): Map<string, number> {
  const dist = new Map<string, number>();
  if (!graph.hasNode(nodeId)) return dist;
  const limit = Math.max(0, Math.floor(depth));
  dist.set(nodeId, 0);
  let frontier = [nodeId];
  for (let d = 1; d <= limit && frontier.length > 0; d += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of neighbours(graph, node, options.edgeFilter)) {
        if (dist.has(neighbour)) continue;
        dist.set(neighbour, d);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return dist;
}

/** Undirected neighbours of a node through the allowed edges, sorted by id. */
function neighbours(
  graph: ClaimGraph,
  node: string,
  edgeFilter: ((edgeId: string) => boolean) | undefined,
): string[] {
  const out = new Set<string>();
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    if (edgeFilter && !edgeFilter(edge)) return;
    const other = source === node ? target : source;
    if (other !== node) out.add(other);
  });
  return [...out].sort(byId);
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every edge (either direction, parallel ones included) between two nodes, sorted by id. */
function edgesBetween(
  graph: ClaimGraph,
  a: string,
  b: string,
  edgeFilter: ((edgeId: string) => boolean) | undefined,
): string[] {
  const out = [...graph.edges(a, b), ...graph.edges(b, a)];
  return [...new Set(out)].filter((e) => !edgeFilter || edgeFilter(e)).sort(byId);
}

export interface GraphPath {
  /** Node ids from the first node to the last. */
  nodes: string[];
  /**
   * The edges along the path, hop by hop: for each pair of consecutive nodes, every edge that
   * joins them (either direction, parallel edges included), sorted by id within the hop.
   */
  edges: string[];
}

export interface ShortestPathOptions extends TraversalOptions {
  /** The most paths returned (default 20). */
  maxPaths?: number;
}

/**
 * All shortest undirected paths from `a` to `b`, at most `maxPaths` of them, in lexicographic
 * order of their node ids. `[]` when either node is missing or no path exists (or maxPaths < 1);
 * from a node to itself, the one path of that node alone.
 */
export function shortestPaths(
  graph: ClaimGraph,
  a: string,
  b: string,
  options: ShortestPathOptions = {},
): GraphPath[] {
  const maxPaths = options.maxPaths ?? 20;
  const { edgeFilter } = options;
  if (!graph.hasNode(a) || !graph.hasNode(b) || maxPaths < 1) return [];
  if (a === b) return [{ nodes: [a], edges: [] }];

  // Breadth-first from b gives each node's distance to b; a shortest path from a then steps,
  // at each hop, to a neighbour one hop closer to b.
  const toB = neighbourhood(graph, b, Number.POSITIVE_INFINITY, options);
  const total = toB.get(a);
  if (total === undefined) return [];

  const paths: GraphPath[] = [];
  const walk = (node: string, trail: string[]) => {
    if (paths.length >= maxPaths) return;
    if (node === b) {
      const edges: string[] = [];
      for (let i = 1; i < trail.length; i += 1)
        edges.push(...edgesBetween(graph, trail[i - 1] as string, trail[i] as string, edgeFilter));
      paths.push({ nodes: [...trail], edges });
      return;
    }
    const d = toB.get(node) as number;
    for (const next of neighbours(graph, node, edgeFilter)) {
      if (toB.get(next) !== d - 1) continue;
      trail.push(next);
      walk(next, trail);
      trail.pop();
      if (paths.length >= maxPaths) return;
    }
  };
  walk(a, [a]);
  return paths;
}
