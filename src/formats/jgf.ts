/**
 * JSON Graph Format v2 export, valid against json-graph-schema_v2.json. JGF v2 keys nodes
 * by id and allows no `type` on a node, so the node kind is in `metadata.nodeKind`; each
 * edge carries its id, `relation` (the edge kind) and `metadata`. Lists stay arrays.
 */
import type { FlatValue } from './attributes.ts';
import { flattenGraph } from './flat-graph.ts';
import type { ExportOptions, ImportedGraph } from './types.ts';
import { nullObject } from './walk.ts';

type Json = string | number | boolean | readonly string[] | { [k: string]: Json } | Json[];

const metadataOf = (values: Map<string, FlatValue>): Record<string, Json> => {
  const out = nullObject<Json>();
  for (const [name, value] of values) out[name] = value;
  return out;
};

export function toJgf(graph: ImportedGraph, opts: ExportOptions): string {
  const flat = flattenGraph(graph, opts);
  const nodes = nullObject<Json>();
  for (const node of flat.nodes) {
    const metadata = metadataOf(node.values);
    if (node.position) metadata.position = { x: node.position.x, y: node.position.y };
    metadata.color = node.color;
    metadata.size = node.size;
    const entry = nullObject<Json>();
    entry.label = node.label;
    entry.metadata = metadata;
    nodes[node.id] = entry;
  }
  const edges = flat.edges.map((edge) => {
    const relation = edge.values.get('edgeKind') ?? edge.values.get('relation');
    const metadata = metadataOf(edge.values);
    metadata.color = edge.color;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      ...(typeof relation === 'string' ? { relation } : {}),
      directed: true,
      ...(edge.label !== undefined ? { label: edge.label } : {}),
      metadata,
    };
  });
  const claimgraph = flat.nodes.some((n) => n.values.has('nodeKind'));
  return `${JSON.stringify(
    {
      graph: {
        id: flat.documentId,
        ...(flat.title !== undefined ? { label: flat.title } : {}),
        directed: true,
        ...(claimgraph ? { type: 'claimgraph' } : {}),
        metadata: {
          documentId: flat.documentId,
          ...(flat.title !== undefined ? { title: flat.title } : {}),
        },
        nodes,
        edges,
      },
    },
    null,
    2,
  )}\n`;
}
