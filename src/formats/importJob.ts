/**
 * An import's result as plain data, so that a file can be imported off the main thread
 * (src/data/importWorker.ts): a 10 000-node GraphML is ~2 s of parsing and checking, and the
 * tab froze meanwhile (issue 7). The worker imports the file and sends `serializeImport`'s
 * answer; the page rebuilds it with `rebuildImport`.
 *
 * The graph travels as graphology's export (ids are values in arrays, never object keys). A
 * structured clone gives null-prototype objects Object's prototype back; the importers make
 * them null-prototype where keys come from the file (a foreign graph's attribute names, the
 * position, colour and size tables), so that a key such as `__proto__` or `constructor` is
 * an own property and nothing more. `rebuildImport` makes those objects null-prototype again.
 */
import type { SerializedGraph } from 'graphology-types';
import { MultiDirectedGraph } from 'graphology';
import type { ImportFailure, ImportResult, ImportSuccess } from './types.ts';
import { nullObject, withNullPrototypeAdjacency } from './walk.ts';

/** What the worker is asked: a file's bytes (a new import) or its text (a stored one). */
export interface ImportJob {
  source: Uint8Array | string;
  name: string;
}

export type SerializedImport =
  ImportFailure | (Omit<ImportSuccess, 'graph'> & { graph: SerializedGraph });

export function serializeImport(result: ImportResult): SerializedImport {
  if (!result.ok) return result;
  return { ...result, graph: result.graph.export() as SerializedGraph };
}

/** A null-prototype copy of `table`'s own enumerable properties. */
function nullCopy<T>(table: Record<string, T>): Record<string, T> {
  const out = nullObject<T>();
  for (const key of Object.keys(table)) out[key] = table[key] as T;
  return out;
}

/** A foreign element's attributes with its `attributes` table null-prototype again. */
function restoreGeneric(attributes: Record<string, unknown>): Record<string, unknown> {
  const table = attributes.attributes;
  if (attributes.kind !== 'generic' || typeof table !== 'object' || table === null) {
    return attributes;
  }
  return { ...attributes, attributes: nullCopy(table as Record<string, unknown>) };
}

/** The import result `serializeImport` made `serialized` from. */
export function rebuildImport(serialized: SerializedImport): ImportResult {
  if (!serialized.ok) return serialized;
  const graph = withNullPrototypeAdjacency(new MultiDirectedGraph({ allowSelfLoops: true }));
  const { nodes, edges, attributes } = serialized.graph;
  if (attributes) graph.replaceAttributes(attributes);
  for (const node of nodes) {
    graph.addNode(node.key, restoreGeneric((node.attributes ?? {}) as Record<string, unknown>));
  }
  for (const edge of edges) {
    const attrs = restoreGeneric((edge.attributes ?? {}) as Record<string, unknown>);
    if (edge.key === undefined) graph.addDirectedEdge(edge.source, edge.target, attrs);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attrs);
  }
  const { positions, colors, sizes } = serialized;
  return {
    ...serialized,
    ...(positions ? { positions: nullCopy(positions) } : {}),
    ...(colors ? { colors: nullCopy(colors) } : {}),
    ...(sizes ? { sizes: nullCopy(sizes) } : {}),
    graph,
  } as ImportSuccess;
}
