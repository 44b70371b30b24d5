/**
 * Reading a graph for export without the graphology operations that break on hostile keys.
 * graphology keeps each node's neighbours in plain objects, so per-node adjacency calls
 * (`outEdges`, `inEdges`, `edges(node)`, `dropNode`…) throw or lie for a node keyed
 * `__proto__` (measured with graphology 0.26). Exporters therefore only use the global
 * iterators `forEachNode` / `forEachEdge`, which are safe.
 */
import type {
  AnyEdgeAttributes,
  AnyGraph,
  AnyNodeAttributes,
  ById,
  ImportedGraph,
} from './types.ts';

export interface NodeEntry {
  id: string;
  attrs: AnyNodeAttributes;
}

export interface EdgeEntry {
  id: string;
  source: string;
  target: string;
  attrs: AnyEdgeAttributes;
}

export const asAnyGraph = (graph: ImportedGraph): AnyGraph => graph as unknown as AnyGraph;

export function nodeEntries(graph: ImportedGraph): NodeEntry[] {
  const out: NodeEntry[] = [];
  asAnyGraph(graph).forEachNode((id, attrs) => out.push({ id, attrs }));
  return out;
}

export function edgeEntries(graph: ImportedGraph): EdgeEntry[] {
  const out: EdgeEntry[] = [];
  asAnyGraph(graph).forEachEdge((id, attrs, source, target) =>
    out.push({ id, source, target, attrs }),
  );
  return out;
}

/** Degree of every node (in + out, a self loop counting twice), from the edge list. */
export function degrees(edges: readonly EdgeEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of edges) {
    out.set(e.source, (out.get(e.source) ?? 0) + 1);
    out.set(e.target, (out.get(e.target) ?? 0) + 1);
  }
  return out;
}

/** Reads a `ById` without ever touching an object's prototype. */
export function lookup<T>(table: ById<T> | undefined, id: string): T | undefined {
  if (table === undefined) return undefined;
  if (table instanceof Map) return (table as ReadonlyMap<string, T>).get(id);
  const record = table as Readonly<Record<string, T>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** A null-prototype object: `obj['__proto__'] = v` makes an own property, nothing more. */
export const nullObject = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export { withNullPrototypeAdjacency } from '../model/safe-graph.ts';
