/**
 * An export as plain data, to build its files off the main thread (src/ui/exportWorker.ts):
 * a 50 000-node GEXF is ~4 s of work, and the tab froze meanwhile. `exportJob` serialises the
 * graph (graphology's export: ids are values in arrays, never object keys); runExportJob.ts
 * rebuilds it in the worker. This file loads no exporter: the app imports it with the menu.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ExportOptions, FormatId, ImportedGraph } from './types.ts';

export interface ExportJob {
  graph: SerializedGraph;
  format: FormatId;
  options: ExportOptions;
  baseName: string;
}

export function exportJob(
  graph: ImportedGraph,
  format: FormatId,
  options: ExportOptions,
  baseName: string,
): ExportJob {
  return { graph: graph.export() as SerializedGraph, format, options, baseName };
}
