/**
 * A foreign (generic) graph as the explorer holds it. Its ids may be anything a file says
 * (`__proto__`, `constructor`, `<img src=x onerror=…>`, spaces, capitals), while the URL takes
 * only slug ids (src/state/view.ts) and graphology's per-node calls break on some keys. So the
 * explorer re-keys the graph once: an id that is already a slug (and no `Object.prototype`
 * name, and not starting with `x-`) stays as it is, any other becomes `x-` followed by the hex
 * of its UTF-16 code units, which is injective and a slug. The node and edge attributes are
 * kept as the file gave them (`attrs.id` is the file's id). Pure.
 */
import { MultiDirectedGraph } from 'graphology';
import { withNullPrototypeAdjacency } from '../model/safe-graph.ts';
import type { GenericGraph, Point } from '../formats/types.ts';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** Longest id kept as it is; longer ones are encoded too (they are still unique). */
const MAX_PLAIN = 120;

const hex = (id: string): string => {
  let out = '';
  for (let i = 0; i < id.length; i += 1) out += id.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
};

/** The explorer's key of a file id (see the module comment). */
export function safeKey(id: string): string {
  if (SLUG.test(id) && !id.startsWith('x-') && !(id in Object.prototype) && id.length <= MAX_PLAIN)
    return id;
  return `x-${hex(id)}`;
}

/** The key of an edge whose safe key is taken by a node: never a node key (`x-e-…`). */
const edgeOnlyKey = (id: string): string => `x-e-${hex(id)}`;

export interface ExplorerGraph {
  graph: GenericGraph;
  /** The file's id of each node and edge key. */
  originalIds: Map<string, string>;
  /** The key of each of the file's node ids. */
  nodeKeys: Map<string, string>;
}

/** The graph re-keyed for the explorer; only graphology's whole-graph iterators read `source`. */
export function toExplorerGraph(source: GenericGraph): ExplorerGraph {
  const graph: GenericGraph = withNullPrototypeAdjacency(
    new MultiDirectedGraph({ allowSelfLoops: true }),
  );
  const originalIds = new Map<string, string>();
  const nodeKeys = new Map<string, string>();
  source.forEachNode((id, attrs) => {
    const key = safeKey(id);
    nodeKeys.set(id, key);
    originalIds.set(key, id);
    graph.addNode(key, attrs);
  });
  source.forEachEdge((id, attrs, s, t) => {
    let key = safeKey(id);
    if (originalIds.has(key)) key = edgeOnlyKey(id);
    originalIds.set(key, id);
    graph.addDirectedEdgeWithKey(
      key,
      nodeKeys.get(s) ?? safeKey(s),
      nodeKeys.get(t) ?? safeKey(t),
      attrs,
    );
  });
  return { graph, originalIds, nodeKeys };
}

/** Positions by the file's node ids → by key (only ids the graph has). */
export function keyedPositions(
  positions: ReadonlyMap<string, Point> | undefined,
  nodeKeys: ReadonlyMap<string, string>,
): Record<string, Point> | undefined {
  if (!positions) return undefined;
  const out: Record<string, Point> = {};
  for (const [id, p] of positions) {
    const key = nodeKeys.get(id);
    if (key !== undefined) out[key] = { x: p.x, y: p.y };
  }
  return out;
}

/** Colours of node types, most frequent type first; the rest share OTHER_TYPE_COLOR. */
export const TYPE_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#ff9da7',
  '#5c6bc0',
] as const;
export const OTHER_TYPE_COLOR = '#8d99a6';
/** Nodes without a type, in a graph whose other nodes have one: pale, so the types stand out. */
export const UNTYPED_COLOR = '#dde2e8';
/** Every node of a graph without types (and without colours of its own). */
export const NODE_COLOR = '#6b8fb8';

export interface TypeCount {
  type: string;
  count: number;
  /** Its colour: a palette colour, or OTHER_TYPE_COLOR past the palette. */
  color: string;
}

export interface GraphTypes {
  /** Types by frequency (then name). */
  types: TypeCount[];
  /** Nodes without a type. */
  untyped: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function graphTypes(graph: GenericGraph): GraphTypes {
  const counts = new Map<string, number>();
  let untyped = 0;
  graph.forEachNode((_key, node) => {
    if (node.type === undefined || node.type === '') untyped += 1;
    else counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  });
  const types = [...counts]
    .sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]) || (a[0] < b[0] ? -1 : 1))
    .map(([type, count], i) => ({ type, count, color: TYPE_PALETTE[i] ?? OTHER_TYPE_COLOR }));
  return { types, untyped };
}

/** The colour of each node key: by type when the graph has types, else the file's colours. */
export function nodeColors(
  graph: GenericGraph,
  fileColors: ReadonlyMap<string, string> | undefined,
): Map<string, string> {
  const { types } = graphTypes(graph);
  const byType = new Map(types.map((t) => [t.type, t.color] as const));
  const out = new Map<string, string>();
  graph.forEachNode((key, node) => {
    let color: string | undefined;
    if (types.length === 0) color = fileColors?.get(key) ?? NODE_COLOR;
    else if (node.type !== undefined) color = byType.get(node.type);
    out.set(key, color ?? UNTYPED_COLOR);
  });
  return out;
}
