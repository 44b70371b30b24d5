/**
 * A format-neutral, flattened copy of a graph that every graph exporter writes from: nodes
 * and edges with their attributes (attributes.ts), column declarations with types, and the
 * view hints (colour, size, position). Claimgraph and generic elements may be mixed.
 */
import {
  EDGE_ATTRS,
  GENERIC_RESERVED,
  NODE_ATTRS,
  edgeLabel,
  flattenClaimEdge,
  flattenClaimNode,
  type AttrSpec,
  type FlatValue,
} from './attributes.ts';
import { defaultEdgeColor, defaultNodeColor, defaultNodeSize, normalizeColor } from './style.ts';
import type { AttrValue, ExportOptions, GenericAttributes, ImportedGraph, Point } from './types.ts';
import { degrees, edgeEntries, lookup, nodeEntries } from './walk.ts';

export interface FlatNode {
  id: string;
  label: string;
  values: Map<string, FlatValue>;
  color: string;
  size: number;
  position?: Point;
}

export interface FlatEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  values: Map<string, FlatValue>;
  color: string;
}

export interface FlatGraph {
  documentId: string;
  title?: string;
  nodes: FlatNode[];
  edges: FlatEdge[];
  nodeColumns: AttrSpec[];
  edgeColumns: AttrSpec[];
  /** Whether any node has a position (then positions are written). */
  hasPositions: boolean;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Export names for foreign attribute names: reserved names get `_` appended until free. */
function genericNames(names: Iterable<string>, taken: ReadonlySet<string>): Map<string, string> {
  const all = new Set(names);
  const used = new Set<string>([...all].filter((n) => !taken.has(n)));
  const out = new Map<string, string>();
  for (const name of all) {
    if (!taken.has(name)) {
      out.set(name, name);
      continue;
    }
    let alias = `${name}_`;
    while (taken.has(alias) || used.has(alias) || all.has(alias)) alias += '_';
    used.add(alias);
    out.set(name, alias);
  }
  return out;
}

function inferType(values: readonly AttrValue[]): AttrSpec['type'] {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => isFiniteNumber(v))) return 'double';
  return 'string';
}

interface GenericColumns {
  specs: AttrSpec[];
  /** original attribute name → export name */
  names: Map<string, string>;
}

function genericColumns(
  attributeSets: readonly GenericAttributes[],
  claimColumns: readonly AttrSpec[],
): GenericColumns {
  const seen = new Map<string, AttrValue[]>();
  for (const attrs of attributeSets) {
    for (const [name, value] of Object.entries(attrs)) {
      const list = seen.get(name);
      if (list) list.push(value);
      else seen.set(name, [value]);
    }
  }
  const taken = new Set([...GENERIC_RESERVED, ...claimColumns.map((c) => c.name)]);
  const names = genericNames(seen.keys(), taken);
  const specs = [...seen].map(([name, values]) => ({
    name: names.get(name) ?? name,
    type: inferType(values),
  }));
  return { specs, names };
}

function genericValues(
  attrs: GenericAttributes,
  columns: GenericColumns,
  types: Map<string, AttrSpec['type']>,
): Map<string, FlatValue> {
  const out = new Map<string, FlatValue>();
  for (const [name, value] of Object.entries(attrs)) {
    const exportName = columns.names.get(name) ?? name;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    out.set(exportName, types.get(exportName) === 'string' ? String(value) : value);
  }
  return out;
}

export function flattenGraph(graph: ImportedGraph, opts: ExportOptions): FlatGraph {
  const nodes = nodeEntries(graph);
  const edges = edgeEntries(graph);
  const degree = degrees(edges);

  const hasClaimNodes = nodes.some((n) => n.attrs.kind !== 'generic');
  const hasClaimEdges = edges.some((e) => e.attrs.kind !== 'generic');
  const claimNodeColumns = hasClaimNodes ? [...NODE_ATTRS] : [];
  const claimEdgeColumns = hasClaimEdges ? [...EDGE_ATTRS] : [];

  const genericNodeAttrs = nodes.flatMap((n) =>
    n.attrs.kind === 'generic' ? [n.attrs.attributes] : [],
  );
  const genericEdgeAttrs = edges.flatMap((e) =>
    e.attrs.kind === 'generic' ? [e.attrs.attributes] : [],
  );
  const gNodes = genericColumns(genericNodeAttrs, claimNodeColumns);
  const gEdges = genericColumns(genericEdgeAttrs, claimEdgeColumns);
  const gNodeTypes = new Map(gNodes.specs.map((s) => [s.name, s.type]));
  const gEdgeTypes = new Map(gEdges.specs.map((s) => [s.name, s.type]));

  let hasPositions = false;
  const flatNodes = nodes.map(({ id, attrs }): FlatNode => {
    const given = lookup(opts.positions, id);
    const position =
      given && isFiniteNumber(given.x) && isFiniteNumber(given.y)
        ? { x: given.x, y: given.y }
        : undefined;
    if (position) hasPositions = true;
    const color = normalizeColor(lookup(opts.colors, id) ?? '') ?? defaultNodeColor(attrs);
    const size = lookup(opts.sizes, id);
    return {
      id,
      label: attrs.label,
      values:
        attrs.kind === 'generic'
          ? genericValues(attrs.attributes, gNodes, gNodeTypes)
          : flattenClaimNode(attrs),
      color,
      size: isFiniteNumber(size) && size >= 0 ? size : defaultNodeSize(degree.get(id) ?? 0),
      ...(position ? { position } : {}),
    };
  });

  const flatEdges = edges.map(({ id, source, target, attrs }): FlatEdge => {
    const label = edgeLabel(attrs);
    return {
      id,
      source,
      target,
      ...(label !== undefined ? { label } : {}),
      values:
        attrs.kind === 'generic'
          ? genericValues(attrs.attributes, gEdges, gEdgeTypes)
          : flattenClaimEdge(attrs),
      color: defaultEdgeColor(attrs),
    };
  });

  const title = opts.title ?? opts.document?.title;
  return {
    documentId: opts.documentId,
    ...(title !== undefined ? { title } : {}),
    nodes: flatNodes,
    edges: flatEdges,
    nodeColumns: [...claimNodeColumns, ...gNodes.specs],
    edgeColumns: [...claimEdgeColumns, ...gEdges.specs],
    hasPositions,
  };
}
