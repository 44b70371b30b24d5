/**
 * Opening an imported document: its record from the import store, the file imported again
 * (off the main thread, readImport.ts; or the result of the import that just happened), and
 * node positions: the file's own when it has them for every node, else a layout computed once
 * (off the main thread, see src/graph/autoLayout.ts) and kept with the record.
 */
import type { ImportJob } from '../formats/importJob.ts';
import type { ImportResult, ImportSuccess, Point } from '../formats/types.ts';
import { InvalidDataError } from './fetchers.ts';
import { importStore, summaryOf, type ImportStore, type ImportSummary } from './importStore.ts';
import { readImport } from './readImport.ts';

/** Computes positions for a graph's nodes (by node id): the app passes autoLayout. */
export type LayoutFunction = (
  graph: { nodes: string[]; edges: [string, string][] },
  seed: string,
) => Promise<Map<string, Point>>;

export interface ImportedDocumentData {
  summary: ImportSummary;
  result: ImportSuccess;
  /** Positions of every node, by the file's node id; undefined when none could be had. */
  positions?: Map<string, Point>;
  positionsFrom?: 'file' | 'layout';
}

/** Results of imports made in this session, so that opening one does not parse it again. */
const parsed = new Map<string, ImportSuccess>();

/** Hands the result of an import to the loader of its document. */
export function primeImported(id: string, result: ImportSuccess): void {
  parsed.set(id, result);
}

function nodesAndEdges(result: ImportSuccess): { nodes: string[]; edges: [string, string][] } {
  // Whole-graph iterators only: per-node calls break on ids such as `__proto__`.
  const nodes: string[] = [];
  const edges: [string, string][] = [];
  const graph = result.graph as unknown as {
    forEachNode(cb: (id: string) => void): void;
    forEachEdge(cb: (id: string, a: unknown, source: string, target: string) => void): void;
  };
  graph.forEachNode((id) => nodes.push(id));
  graph.forEachEdge((_id, _a, source, target) => edges.push([source, target]));
  return { nodes, edges };
}

function filePositions(
  result: ImportSuccess,
  nodes: readonly string[],
): Map<string, Point> | undefined {
  const table = result.positions;
  if (!table || nodes.length === 0) return undefined;
  const out = new Map<string, Point>();
  for (const id of nodes) {
    if (!Object.hasOwn(table, id)) return undefined;
    const p = table[id] as Point;
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) return undefined;
    out.set(id, { x: p.x, y: p.y });
  }
  return out;
}

export async function loadImportedDocument(
  id: string,
  layout: LayoutFunction,
  store: ImportStore = importStore,
  read: (job: ImportJob) => Promise<ImportResult> = readImport,
): Promise<ImportedDocumentData> {
  let record;
  try {
    record = await store.get(id);
  } catch (error) {
    throw new InvalidDataError(
      `Imported document ${id} cannot be read from this browser's storage (${(error as Error).message ?? error}). Import the file again.`,
    );
  }
  if (!record)
    throw new InvalidDataError(
      `Imported document ${id} is not in this browser: it was removed, or imported in another browser or profile. Import the file again.`,
    );
  let result = parsed.get(id);
  parsed.delete(id);
  if (!result) {
    const again = await read({ source: record.text, name: record.name });
    if (!again.ok) {
      const first = again.errors[0];
      throw new InvalidDataError(
        `Imported document ${id} (“${record.name}”) can no longer be read${first ? `: ${first.where}: ${first.message}` : ''}. Remove it and import the file again.`,
      );
    }
    result = again;
  }
  const summary = summaryOf(record);
  const { nodes, edges } = nodesAndEdges(result);
  const fromFile = filePositions(result, nodes);
  if (fromFile) return { summary, result, positions: fromFile, positionsFrom: 'file' };
  if (record.layout) {
    const stored = new Map(record.layout.map(([node, x, y]) => [node, { x, y }] as const));
    if (nodes.every((node) => stored.has(node)))
      return { summary, result, positions: stored, positionsFrom: 'layout' };
  }
  if (nodes.length === 0) return { summary, result };
  const computed = await layout({ nodes, edges }, id);
  void store.saveLayout(
    id,
    [...computed].map(([node, p]) => [node, p.x, p.y]),
  );
  return { summary, result, positions: computed, positionsFrom: 'layout' };
}
