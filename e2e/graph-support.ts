/**
 * Expectations for the graph specs, computed from graph.json on disk independently of the
 * app: the derived `reported` edges, undirected neighbourhoods and shortest paths.
 */
import type { DocumentGraph } from '../src/model/schema.ts';

export interface PlainEdge {
  id: string;
  source: string;
  target: string;
}

/** Every edge the canvas shows: the stored ones and one `reported:` edge per via entry. */
export function allEdges(graph: DocumentGraph): PlainEdge[] {
  const edges: PlainEdge[] = graph.edges.map(({ id, source, target }) => ({ id, source, target }));
  for (const edge of graph.edges) {
    if (edge.kind !== 'statement') continue;
    for (const outlet of edge.via ?? []) {
      edges.push({ id: `reported:${edge.id}:${outlet}`, source: outlet, target: edge.target });
    }
  }
  return edges;
}

/** Undirected hop distances from `start` (the node itself at 0). */
export function distances(graph: DocumentGraph, start: string): Map<string, number> {
  const adjacent = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!adjacent.has(a)) adjacent.set(a, new Set());
    adjacent.get(a)?.add(b);
  };
  for (const e of allEdges(graph)) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of adjacent.get(node) ?? []) {
        if (dist.has(other)) continue;
        dist.set(other, (dist.get(node) ?? 0) + 1);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist;
}

/** The nodes within `depth` hops of `node`, and the edges among them. */
export function neighbourhood(
  graph: DocumentGraph,
  node: string,
  depth: number,
): { nodes: string[]; edges: string[] } {
  const dist = distances(graph, node);
  const nodes = new Set([...dist].filter(([, d]) => d <= depth).map(([id]) => id));
  const edges = allEdges(graph)
    .filter((e) => nodes.has(e.source) && nodes.has(e.target))
    .map((e) => e.id);
  return { nodes: [...nodes].sort(), edges: edges.sort() };
}

/** The nodes on some shortest undirected path from a to b, and the edges joining them hop by hop. */
export function shortestPathElements(
  graph: DocumentGraph,
  a: string,
  b: string,
): { nodes: string[]; edges: string[]; length: number } {
  const fromA = distances(graph, a);
  const fromB = distances(graph, b);
  const length = fromA.get(b);
  if (length === undefined) return { nodes: [], edges: [], length: -1 };
  const on = new Map(
    [...fromA]
      .filter(([id, d]) => d + (fromB.get(id) ?? Number.POSITIVE_INFINITY) === length)
      .map(([id, d]) => [id, d]),
  );
  const edges = allEdges(graph)
    .filter((e) => {
      const ds = on.get(e.source);
      const dt = on.get(e.target);
      return ds !== undefined && dt !== undefined && Math.abs(ds - dt) === 1;
    })
    .map((e) => e.id);
  return { nodes: [...on.keys()].sort(), edges: edges.sort(), length };
}

export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Pairs of label boxes that overlap by more than 2 px each way, as `a × b`. */
export function overlappingBoxes(boxes: readonly Box[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 - 2 && b.x1 < a.x2 - 2 && a.y1 < b.y2 - 2 && b.y1 < a.y2 - 2)
      .map((b) => `${a.id} × ${b.id}`),
  );
}
