/**
 * The files of an export job (exportJob.ts), in the export worker: the graph rebuilt from its
 * serialised form, then `exportGraph`. A structured clone gives a foreign graph's
 * null-prototype attribute objects Object's prototype back; the exporters read attributes by
 * own names only (exportJob.test.ts checks hostile names through a clone).
 */
import { MultiDirectedGraph } from 'graphology';
import type { ExportJob } from './exportJob.ts';
import { exportGraph, type ExportFile } from './index.ts';
import type { ImportedGraph } from './types.ts';
import { withNullPrototypeAdjacency } from './walk.ts';

/** The files of `job`, as `exportGraph` writes them from the graph it was made from. */
export function runExportJob(job: ExportJob): ExportFile[] {
  const graph = withNullPrototypeAdjacency(new MultiDirectedGraph({ allowSelfLoops: true }));
  const { nodes, edges, attributes } = job.graph;
  if (attributes) graph.replaceAttributes(attributes);
  for (const node of nodes) graph.addNode(node.key, node.attributes ?? {});
  // Both kinds of graph are directed multigraphs: an undirected edge fails here as it would
  // in the graph it came from.
  for (const edge of edges) {
    const attrs = edge.attributes ?? {};
    if (edge.key === undefined) graph.addDirectedEdge(edge.source, edge.target, attrs);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attrs);
  }
  return exportGraph(graph as unknown as ImportedGraph, job.format, job.options, job.baseName);
}
