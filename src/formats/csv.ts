/**
 * CSV export: two RFC 4180 tables, nodes and edges, UTF-8 (no byte-order mark), CRLF line
 * ends, a header row, and a field quoted when it holds a comma, a double quote, CR or LF
 * (quotes doubled inside).
 *
 * Formula injection (OWASP "CSV Injection"): a text cell starting with `=`, `+`, `-`, `@`,
 * tab, CR or NUL gets a leading `'`, so a spreadsheet shows it as text instead of running
 * it. Numbers the exporter writes as numbers (x, y, size, order) are left alone: they are
 * never formulas. Lists are `|`-joined (attributes.ts); an empty cell is an absent value.
 */
import { toScalar, type AttrSpec, type FlatValue } from './attributes.ts';
import { flattenGraph } from './flat-graph.ts';
import type { ExportOptions, ImportedGraph } from './types.ts';

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Neutralises a text cell that a spreadsheet would read as a formula. */
export const neutralizeFormula = (cell: string): string =>
  FORMULA_START.test(cell) ? `'${cell}` : cell;

/** Quotes a field when RFC 4180 requires it. */
export const quoteField = (field: string): string =>
  /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;

export function csvCell(value: FlatValue | undefined): string {
  if (value === undefined) return '';
  const scalar = toScalar(value);
  if (typeof scalar === 'number') return Number.isFinite(scalar) ? String(scalar) : '';
  if (typeof scalar === 'boolean') return String(scalar);
  return quoteField(neutralizeFormula(scalar));
}

const EOL = '\r\n';

const table = (
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<FlatValue | undefined>>,
) =>
  [header.map((h) => csvCell(h)), ...rows.map((r) => r.map(csvCell))]
    .map((r) => r.join(','))
    .join(EOL) + EOL;

const names = (columns: readonly AttrSpec[]) => columns.map((c) => c.name);

export function toCsv(graph: ImportedGraph, opts: ExportOptions): { nodes: string; edges: string } {
  const flat = flattenGraph(graph, opts);
  const nodeCols = names(flat.nodeColumns);
  const edgeCols = names(flat.edgeColumns);
  const nodeHeader = [
    'id',
    'label',
    ...nodeCols,
    ...(flat.hasPositions ? ['x', 'y'] : []),
    'size',
    'color',
  ];
  const nodes = table(
    nodeHeader,
    flat.nodes.map((n) => [
      n.id,
      n.label,
      ...nodeCols.map((c) => n.values.get(c)),
      ...(flat.hasPositions ? [n.position?.x, n.position?.y] : []),
      n.size,
      n.color,
    ]),
  );
  const edgeHeader = ['id', 'source', 'target', 'label', ...edgeCols, 'color'];
  const edges = table(
    edgeHeader,
    flat.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.label,
      ...edgeCols.map((c) => e.values.get(c)),
      e.color,
    ]),
  );
  return { nodes, edges };
}
