/**
 * An export as plain data, to build its files off the main thread (src/ui/exportWorker.ts):
 * a 50 000-node GEXF is ~4 s of work, and the tab froze meanwhile. `exportJob` serialises the
 * graph (graphology's export: ids are values in arrays, never object keys); runExportJob.ts
 * rebuilds it in the worker. This file loads no exporter: the app imports it with the menu.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ById, ExportOptions, FormatId, ImportedGraph } from './types.ts';

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

/** Options that hold one entry per node: sent in parts too. */
const PER_NODE = ['positions', 'colors', 'sizes'] as const;
type PerNode = (typeof PER_NODE)[number];

/**
 * One message of a job sent in parts (splitJob). Cloning a 50 000-node job for postMessage was
 * one task of ~0.45 s on the main thread; in parts each clone is a task of its own (issue 7).
 */
export type ExportJobPart =
  | {
      part: 'head';
      format: FormatId;
      /** The options without their per-node maps, which follow in parts. */
      options: ExportOptions;
      baseName: string;
      graphOptions: SerializedGraph['options'];
      attributes: SerializedGraph['attributes'];
    }
  | { part: 'nodes'; items: SerializedGraph['nodes'] }
  | { part: 'edges'; items: SerializedGraph['edges'] }
  | { part: PerNode; items: [string, unknown][] }
  | { part: 'end' };

/** Nodes, edges or entries in one part. */
export const JOB_PART_ITEMS = 5000;

const entriesOf = (value: ById<unknown>): [string, unknown][] =>
  value instanceof Map
    ? [...(value as ReadonlyMap<string, unknown>)]
    : Object.entries(value as Record<string, unknown>);

const inParts = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** `job` as messages: its head, then its nodes, edges and per-node options a part at a time. */
export function splitJob(job: ExportJob, size = JOB_PART_ITEMS): ExportJobPart[] {
  const options: ExportOptions = { ...job.options };
  for (const name of PER_NODE) delete options[name];
  const parts: ExportJobPart[] = [
    {
      part: 'head',
      format: job.format,
      options,
      baseName: job.baseName,
      graphOptions: job.graph.options,
      attributes: job.graph.attributes,
    },
  ];
  for (const items of inParts(job.graph.nodes, size)) parts.push({ part: 'nodes', items });
  for (const items of inParts(job.graph.edges, size)) parts.push({ part: 'edges', items });
  for (const name of PER_NODE) {
    const value = job.options[name];
    if (value === undefined) continue;
    const entries = entriesOf(value);
    // An empty map is still a map (no position for any node), not an absent one.
    if (entries.length === 0) parts.push({ part: name, items: [] });
    for (const items of inParts(entries, size)) parts.push({ part: name, items });
  }
  parts.push({ part: 'end' });
  return parts;
}

/** Puts a job sent in parts together again (in the export worker). */
export class JobAssembler {
  private head: Extract<ExportJobPart, { part: 'head' }> | null = null;
  private readonly nodes: SerializedGraph['nodes'] = [];
  private readonly edges: SerializedGraph['edges'] = [];
  private readonly perNode = new Map<PerNode, Map<string, unknown>>();

  /** Takes the next part; answers the whole job at its end, null before. */
  add(part: ExportJobPart): ExportJob | null {
    if (part.part === 'head') {
      this.head = part;
      return null;
    }
    if (!this.head) throw new Error(`export job: a ${part.part} part came before the head`);
    switch (part.part) {
      case 'nodes':
        for (const item of part.items) this.nodes.push(item);
        return null;
      case 'edges':
        for (const item of part.items) this.edges.push(item);
        return null;
      case 'end': {
        const { format, baseName, graphOptions, attributes } = this.head;
        const options: ExportOptions = { ...this.head.options };
        for (const [name, map] of this.perNode) {
          (options as Record<PerNode, unknown>)[name] = map;
        }
        return {
          graph: { options: graphOptions, attributes, nodes: this.nodes, edges: this.edges },
          format,
          options,
          baseName,
        };
      }
      default: {
        let map = this.perNode.get(part.part);
        if (!map) this.perNode.set(part.part, (map = new Map()));
        for (const [id, value] of part.items) map.set(id, value);
        return null;
      }
    }
  }
}
