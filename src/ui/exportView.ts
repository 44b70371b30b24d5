/**
 * What the export menu writes and what its files are called: pure functions over the graph
 * and the view, shared by ExportMenu and its tests.
 *
 * - **Scope `view`**: the current view, filters and focus applied (`applyFilters`); with
 *   `context`, the view's one-hop context too (the `context` view option).
 * - **Scope `selection`**: the selected element (`selectionSet`: a node, or an edge with its
 *   two ends, and the edges between the selected nodes); with `context`, their one-hop
 *   neighbours and the edges to them. Filters do not apply, as with `claimgraph export --select`.
 * - **Generic graphs** (imported from other tools) take their own filters (text, node types,
 *   focus: genericVisibleSet) and are written from the file's graph, with the file's ids.
 * - **Names** follow the CLI: `<doc-id>.<view-label>.<ext>`, the view label being
 *   `viewLabel` of the filter parameters (`all` without filters, `stance-denial`,
 *   `focus-putin.stance-denial`…) or `selection-<id>`, with `.context` added when the
 *   context is included. PNG and SVG picture the canvas as drawn and take the view's label.
 */
import { MultiDirectedGraph } from 'graphology';
import { withNullPrototypeAdjacency } from '../model/safe-graph.ts';
import type { AnyGraph, FormatId, GenericGraph } from '../formats/types.ts';
import { genericVisibleSet } from '../graph/genericView.ts';
import type { ClaimGraph } from '../model/build.ts';
import { encodeFilters } from '../model/filter-codec.ts';
import { applyFilters, type FilterDescriptor, type VisibleSet } from '../model/filters.ts';
import { selectionSet, subgraph } from '../model/subgraph.ts';

export type ImageFormatId = 'png' | 'svg';
export type ExportFormatId = FormatId | ImageFormatId;
export type ExportScope = 'view' | 'selection';

export interface ExportFormatInfo {
  id: ExportFormatId;
  /** The name in the menu. */
  label: string;
  /** What it is for, after the name. */
  hint: string;
  /** The file name extension, without the dot. */
  extension: string;
  mime: string;
  /** A picture of the canvas rather than graph data. */
  image: boolean;
}

/**
 * The formats of the menu, in its order. Extensions and MIME types are those of `FORMATS` in
 * src/formats (checked by the tests; that module is loaded only when a file is written), except
 * CSV, whose two tables download as one zip.
 */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  {
    id: 'gexf',
    label: 'GEXF 1.2',
    hint: 'Gephi, networkx',
    extension: 'gexf',
    mime: 'application/xml',
    image: false,
  },
  {
    id: 'gexf13',
    label: 'GEXF 1.3',
    hint: 'the newest GEXF schema',
    extension: 'gexf',
    mime: 'application/xml',
    image: false,
  },
  {
    id: 'graphml',
    label: 'GraphML',
    hint: 'networkx, igraph, yEd',
    extension: 'graphml',
    mime: 'application/xml',
    image: false,
  },
  {
    id: 'jgf',
    label: 'JSON Graph',
    hint: 'JSON Graph Format v2',
    extension: 'jgf.json',
    mime: 'application/json',
    image: false,
  },
  {
    id: 'cyjs',
    label: 'Cytoscape JSON',
    hint: 'Cytoscape desktop',
    extension: 'cyjs',
    mime: 'application/json',
    image: false,
  },
  {
    id: 'json',
    label: 'claimgraph JSON',
    hint: 'with the article text',
    extension: 'json',
    mime: 'application/json',
    image: false,
  },
  {
    id: 'csv',
    label: 'CSV',
    hint: 'nodes + edges tables, zipped',
    extension: 'csv.zip',
    mime: 'application/zip',
    image: false,
  },
  {
    id: 'md',
    label: 'Markdown',
    hint: 'evidence report',
    extension: 'md',
    mime: 'text/markdown',
    image: false,
  },
  {
    id: 'png',
    label: 'PNG',
    hint: 'the canvas as drawn, 2×',
    extension: 'png',
    mime: 'image/png',
    image: true,
  },
  {
    id: 'svg',
    label: 'SVG',
    hint: 'the canvas as drawn',
    extension: 'svg',
    mime: 'image/svg+xml',
    image: true,
  },
];

const BY_ID = new Map(EXPORT_FORMATS.map((f) => [f.id, f]));

export function exportFormat(id: ExportFormatId): ExportFormatInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`unknown export format "${id}"`);
  return info;
}

export const isImageFormat = (id: ExportFormatId): id is ImageFormatId =>
  id === 'png' || id === 'svg';

export interface ExportRequest {
  scope: ExportScope;
  /** The view's filter descriptors, focus included (`viewFilter(view).filters`). */
  filters: FilterDescriptor[];
  /** The selected element, for scope `selection`. */
  selection?: string;
  /** The id that names the selection in file names, when not `selection` (a file's own id). */
  selectionId?: string;
  /** Node types kept by the view of a generic graph (the `type` URL parameter). */
  types?: readonly string[];
  /** Include the one-hop context. */
  context: boolean;
}

/** The elements an export request covers (context in `contextNodes`/`contextEdges`). */
export function exportSet(graph: ClaimGraph, request: ExportRequest): VisibleSet {
  if (request.scope === 'selection') {
    const ids = request.selection === undefined ? [] : [request.selection];
    return selectionSet(graph, ids);
  }
  return applyFilters(graph, { filters: request.filters, context: request.context });
}

/** The subgraph an export request writes. */
export function exportPart(graph: ClaimGraph, request: ExportRequest): ClaimGraph {
  return subgraph(graph, exportSet(graph, request), { context: request.context });
}

/** The explorer's view of a generic graph and the file's own graph, with the ids between. */
export interface GenericSource {
  /** The graph the explorer shows, re-keyed with slug keys. */
  graph: GenericGraph;
  /** The file's graph, with the file's ids. */
  imported: GenericGraph;
  /** The file's id of each key of `graph`. */
  originalIds: ReadonlyMap<string, string>;
}

/** The keys (of the explorer's graph) an export request covers in a generic graph. */
export function genericExportSet(graph: GenericGraph, request: ExportRequest): VisibleSet {
  if (request.scope === 'selection') {
    const ids = request.selection === undefined ? [] : [request.selection];
    // selectionSet reads the topology only, which both kinds of graph share.
    return selectionSet(graph as unknown as ClaimGraph, ids);
  }
  return genericVisibleSet(graph, {
    filters: request.filters,
    context: request.context,
    types: request.types,
  });
}

/** The part of the file's graph (the file's ids and attributes) an export request covers. */
export function genericExportPart(source: GenericSource, request: ExportRequest): GenericGraph {
  const set = genericExportSet(source.graph, request);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const add = (to: Set<string>, keys: Iterable<string>) => {
    for (const key of keys) {
      const id = source.originalIds.get(key);
      if (id !== undefined) to.add(id);
    }
  };
  add(nodes, set.nodes);
  add(edges, set.edges);
  if (request.context) {
    add(nodes, set.contextNodes);
    add(edges, set.contextEdges);
  }
  const out: GenericGraph = withNullPrototypeAdjacency(
    new MultiDirectedGraph({ allowSelfLoops: true }),
  );
  source.imported.forEachNode((id, attrs) => {
    if (nodes.has(id)) out.addNode(id, attrs);
  });
  source.imported.forEachEdge((id, attrs, from, to) => {
    if (edges.has(id) && out.hasNode(from) && out.hasNode(to)) {
      out.addDirectedEdgeWithKey(id, from, to, attrs);
    }
  });
  return out;
}

/** Values keyed by the explorer's keys, keyed by the file's ids instead. */
export function byOriginalId<T>(
  values: ReadonlyMap<string, T> | undefined,
  originalIds: ReadonlyMap<string, string>,
): Map<string, T> | undefined {
  if (!values) return undefined;
  const out = new Map<string, T>();
  for (const [key, value] of values) {
    const id = originalIds.get(key);
    if (id !== undefined) out.set(id, value);
  }
  return out;
}

export interface ExportCounts {
  nodes: number;
  edges: number;
  statements: number;
}

/** Nodes, edges and statement edges among the given ids (ids outside the graph not counted). */
export function countElements(
  graph: AnyGraph,
  nodes: Iterable<string>,
  edges: Iterable<string>,
): ExportCounts {
  let n = 0;
  for (const id of nodes) if (graph.hasNode(id)) n += 1;
  let e = 0;
  let statements = 0;
  for (const id of edges) {
    if (!graph.hasEdge(id)) continue;
    e += 1;
    if (graph.getEdgeAttribute(id, 'kind') === 'statement') statements += 1;
  }
  return { nodes: n, edges: e, statements };
}

/** The counts of a whole (sub)graph. */
export const countGraph = (graph: AnyGraph): ExportCounts =>
  countElements(graph, graph.nodes(), graph.edges());

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 nodes, 20 edges, 5 statements" (without statements for a generic graph). */
export const describeCounts = (c: ExportCounts, statements = true): string =>
  [
    plural(c.nodes, 'node', 'nodes'),
    plural(c.edges, 'edge', 'edges'),
    ...(statements ? [plural(c.statements, 'statement', 'statements')] : []),
  ].join(', ');

/** A piece of a file name: lower-case letters, digits and single hyphens. */
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The view as a file name part, exactly as `claimgraph export` names it (`viewLabel` in
 * src/cli/export-command.ts, which this module cannot import: it pulls in Node's fs).
 */
export function viewLabel(params: Record<string, string>): string {
  const label = Object.entries(params)
    .map(([k, v]) => slug(`${k}-${v}`))
    .join('.')
    .slice(0, 80);
  return label === '' ? 'all' : label;
}

/** The label of a request: the view's filters, or the selection; `.context` when included. */
export function requestLabel(request: ExportRequest): string {
  let label: string;
  if (request.scope === 'selection') {
    const id = slug(request.selectionId ?? request.selection ?? '').slice(0, 70);
    label = id === '' ? 'selection' : `selection-${id}`;
  } else {
    const params = encodeFilters({ filters: request.filters });
    // Generic graphs: node types, as their URL parameter names them.
    if (request.types && request.types.length > 0) params.type = [...request.types].join(',');
    label = viewLabel(params);
  }
  return request.context ? `${label}.context` : label;
}

/** `<doc-id>.<label>`: the name of the files without their extension. */
export function exportBaseName(documentId: string, request: ExportRequest): string {
  const doc = /^[a-z0-9][a-z0-9-]*$/.test(documentId) ? documentId : slug(documentId);
  return `${doc === '' ? 'graph' : doc}.${requestLabel(request)}`;
}

/**
 * The downloaded file's name. Graph formats are named as `exportGraph` names them (GEXF 1.3
 * as `….gexf13.gexf`); CSV is one zip; PNG and SVG take the view's label without scope or
 * context (they picture the canvas).
 */
export function exportFileName(
  documentId: string,
  request: ExportRequest,
  format: ExportFormatId,
): string {
  const info = exportFormat(format);
  if (info.image) {
    const view: ExportRequest = {
      scope: 'view',
      filters: request.filters,
      types: request.types,
      context: false,
    };
    return `${exportBaseName(documentId, view)}.${info.extension}`;
  }
  const suffix = format === 'gexf13' ? '.gexf13' : '';
  return `${exportBaseName(documentId, request)}${suffix}.${info.extension}`;
}

/** Why nothing can be exported as requested, before trying; undefined when it can. */
export function exportProblem(
  format: ExportFormatId,
  scope: ExportScope,
  counts: ExportCounts,
): string | undefined {
  if (counts.nodes > 0) return undefined;
  const info = exportFormat(format);
  if (info.image) {
    return `Nothing to draw as ${info.label}: the canvas shows no elements. Clear or loosen a filter (or the focus), then export again.`;
  }
  if (scope === 'selection') {
    return `Nothing to export as ${info.label}: nothing is selected. Select a node or an edge on the canvas, or export the current view.`;
  }
  return `Nothing to export as ${info.label}: the current view shows no nodes. Clear or loosen a filter (or the focus), then export again.`;
}

/** The message for an export that failed: the format, what went wrong, what to do. */
export function exportErrorMessage(format: ExportFormatId, error: unknown): string {
  const info = exportFormat(format);
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  let advice: string;
  if (format === 'json') {
    advice = 'Choose GraphML, GEXF, JSON Graph or Cytoscape JSON, which carry any graph.';
  } else if (info.image) {
    advice = 'Wait until the graph is drawn and shows some elements, then try again.';
  } else {
    advice = 'Change the view or choose another format, then try again.';
  }
  return `Cannot export as ${info.label}: ${reason}. ${advice}`;
}
