/**
 * Cytoscape.js / Cytoscape desktop elements JSON: what `cy.json()` holds and what
 * Cytoscape's "Import network from file" reads. Node data carries `name` (= label) for
 * Cytoscape desktop and edge data `interaction` (= edge kind) for claimgraph edges; view
 * hints are `color` and `size` in data and `position` beside it.
 */
import type { FlatValue } from './attributes.ts';
import { flattenGraph } from './flat-graph.ts';
import type { ExportOptions, ImportedGraph } from './types.ts';
import { nullObject } from './walk.ts';

export const CYTOSCAPEJS_VERSION = '~3.34';

const put = (data: Record<string, unknown>, values: Map<string, FlatValue>) => {
  for (const [name, value] of values) data[name] = value;
};

export function toCyjs(graph: ImportedGraph, opts: ExportOptions): string {
  const flat = flattenGraph(graph, opts);
  const nodes = flat.nodes.map((node) => {
    const data = nullObject<unknown>();
    data.id = node.id;
    data.label = node.label;
    if (node.values.has('nodeKind')) data.name = node.label;
    put(data, node.values);
    data.color = node.color;
    data.size = node.size;
    return { data, ...(node.position ? { position: { ...node.position } } : {}) };
  });
  const edges = flat.edges.map((edge) => {
    const data = nullObject<unknown>();
    data.id = edge.id;
    data.source = edge.source;
    data.target = edge.target;
    if (edge.label !== undefined) data.label = edge.label;
    const kind = edge.values.get('edgeKind');
    if (typeof kind === 'string') data.interaction = kind;
    put(data, edge.values);
    data.color = edge.color;
    return { data };
  });
  return `${JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'claimgraph',
      target_cytoscapejs_version: CYTOSCAPEJS_VERSION,
      data: {
        name: flat.title ?? flat.documentId,
        documentId: flat.documentId,
        ...(flat.title !== undefined ? { title: flat.title } : {}),
      },
      elements: { nodes, edges },
    },
    null,
    2,
  )}\n`;
}
