/**
 * Reading JSON Graph Format into a RawGraph: v2 (nodes keyed by id) and, leniently, v1
 * (a node array with ids). Node metadata becomes attributes (`metadata.position` a
 * position); an edge's `relation` becomes the attribute `relation` unless the metadata
 * already says what the edge is. Only the first of several graphs is read; hyperedges
 * are not supported.
 */
import { ErrorList, type RawEdge, type RawNode, type ReadResult } from './raw.ts';
import type { ImportWarning } from './types.ts';
import { asPoint, isRecord, jsonAttrs, jsonId, jsonPath } from './json-values.ts';

const NODE_SKIP = new Set(['position']);

export function readJgf(value: unknown): ReadResult {
  const errors = new ErrorList();
  const warnings: ImportWarning[] = [];
  if (!isRecord(value))
    return {
      ok: false,
      errors: [{ where: '$', message: 'not a JSON object', expected: '{"graph": {…}}' }],
    };
  let graph: unknown = value.graph;
  let base = '$.graph';
  if (graph === undefined && Array.isArray(value.graphs)) {
    graph = value.graphs[0];
    base = '$.graphs[0]';
    if (value.graphs.length > 1)
      warnings.push({
        where: '$.graphs',
        message: `only the first of ${value.graphs.length} graphs is read`,
      });
  }
  if (!isRecord(graph))
    return {
      ok: false,
      errors: [
        {
          where: graph === undefined ? '$' : base,
          message: 'no graph object',
          expected: 'a "graph" object or a non-empty "graphs" array',
        },
      ],
    };

  const nodes: RawNode[] = [];
  const rawNodes = graph.nodes;
  const entries: [string | undefined, unknown, string][] = [];
  if (isRecord(rawNodes)) {
    for (const [id, node] of Object.entries(rawNodes))
      entries.push([id, node, jsonPath(`${base}.nodes`, id)]);
  } else if (Array.isArray(rawNodes)) {
    rawNodes.forEach((node, i) =>
      entries.push([isRecord(node) ? jsonId(node.id) : undefined, node, `${base}.nodes[${i}]`]),
    );
  } else {
    errors.add({
      where: `${base}.nodes`,
      message:
        rawNodes === undefined
          ? 'the graph has no nodes'
          : 'nodes is neither an object nor an array',
      expected: 'an object mapping node ids to nodes, e.g. {"a": {"label": "A"}}',
    });
  }
  for (const [id, node, where] of entries) {
    if (id === undefined || !isRecord(node)) {
      errors.add({
        where,
        message: id === undefined ? 'a node has no id' : 'a node is not an object',
        expected: 'a node object with an id',
      });
      continue;
    }
    const metadata = isRecord(node.metadata) ? node.metadata : {};
    const position = asPoint(metadata.position);
    nodes.push({
      id,
      ...(typeof node.label === 'string' ? { label: node.label } : {}),
      attrs: jsonAttrs(metadata, `${where}.metadata`, warnings, NODE_SKIP),
      where,
      ...(position ? { position } : {}),
    });
  }

  const edges: RawEdge[] = [];
  const directedDefault = graph.directed !== false;
  if (graph.edges !== undefined && !Array.isArray(graph.edges))
    errors.add({
      where: `${base}.edges`,
      message: 'edges is not an array',
      expected: 'an array of edges',
    });
  if (graph.hyperedges !== undefined)
    warnings.push({
      where: `${base}.hyperedges`,
      message: 'hyperedges are not supported: ignored',
    });
  (Array.isArray(graph.edges) ? graph.edges : []).forEach((edge: unknown, i: number) => {
    const where = `${base}.edges[${i}]`;
    if (!isRecord(edge)) {
      errors.add({ where, message: 'an edge is not an object', expected: 'an edge object' });
      return;
    }
    const source = jsonId(edge.source);
    const target = jsonId(edge.target);
    if (source === undefined || target === undefined) {
      errors.add({
        where: `${where}.${source === undefined ? 'source' : 'target'}`,
        message: 'missing or not a string',
        expected: 'the id of a node',
      });
      return;
    }
    const metadata = isRecord(edge.metadata) ? edge.metadata : {};
    const attrs = jsonAttrs(metadata, `${where}.metadata`, warnings);
    if (typeof edge.relation === 'string' && !attrs.has('edgeKind') && !attrs.has('relation'))
      attrs.set('relation', edge.relation);
    const id = jsonId(edge.id);
    edges.push({
      ...(id !== undefined ? { id } : {}),
      source,
      target,
      ...(typeof edge.label === 'string' ? { label: edge.label } : {}),
      directed: typeof edge.directed === 'boolean' ? edge.directed : directedDefault,
      attrs,
      where,
    });
  });
  if (errors.size > 0) return { ok: false, errors: errors.list() };

  const meta = isRecord(graph.metadata) ? graph.metadata : {};
  const documentId = typeof meta.documentId === 'string' ? meta.documentId : graph.id;
  const title = typeof meta.title === 'string' ? meta.title : graph.label;
  return {
    ok: true,
    raw: {
      format: 'jgf',
      nodes,
      edges,
      document: {
        ...(typeof documentId === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(documentId)
          ? { id: documentId }
          : {}),
        ...(typeof title === 'string' && title !== '' ? { title } : {}),
      },
      warnings,
    },
  };
}
