/**
 * Turns a RawGraph into the imported graph. It checks the structure first (unique node and
 * edge ids, endpoints that exist), then decides honestly what the file holds:
 *  - a claimgraph graph when every node and edge decodes into the model (decode.ts) and the
 *    whole passes validateDocument's structural checks (editorial ones become warnings);
 *    derived `reported` edges are rebuilt from `via`, exactly as buildGraph does;
 *  - otherwise a generic graph of GenericNode / GenericEdge, with warnings that say why
 *    when the file looked like claimgraph's.
 * View hints (`x`/`y`, `size`, `color` attributes, GEXF viz, Cytoscape positions) are
 * returned beside the graph as positions, colors and sizes.
 */
import { MultiDirectedGraph } from 'graphology';
import { buildGraph, isDerivedEdgeId, type ClaimGraph } from '../model/build.ts';
import type { DocumentMeta, GraphEdge, GraphNode } from '../model/schema.ts';
import { validateDocument } from '../model/validate.ts';
import { joinList } from './attributes.ts';
import {
  EDGE_KINDS,
  KNOWN_EDGE_ATTRS,
  KNOWN_NODE_ATTRS,
  NODE_KINDS,
  decodeClaimEdge,
  decodeClaimNode,
} from './decode.ts';
import { classifyProblem } from './problems.ts';
import { ErrorList, type RawEdge, type RawGraph, type RawNode, type RawValue } from './raw.ts';
import { normalizeColor } from './style.ts';
import type {
  ClaimgraphImport,
  GenericAttributes,
  GenericGraph,
  GenericImport,
  ImportResult,
  ImportWarning,
  ImportedDocument,
  Point,
} from './types.ts';
import { nullObject, withNullPrototypeAdjacency } from './walk.ts';

/** Metadata used only to run validateDocument on an imported graph (its problems are ignored). */
const PLACEHOLDER_META: DocumentMeta = {
  id: 'imported',
  title: 'imported',
  publisher: 'imported',
  publishedAt: '2000',
  language: 'en',
  textFile: 'article.txt',
  textSha256: '0'.repeat(64),
};

const MAX_REASONS = 20;

interface View {
  positions: Record<string, Point>;
  colors: Record<string, string>;
  sizes: Record<string, number>;
  any: boolean;
}

const num = (v: RawValue | undefined): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** Moves view hints out of a node's attributes into the view tables. */
function takeView(node: RawNode, view: View) {
  let position = node.position;
  const x = num(node.attrs.get('x'));
  const y = num(node.attrs.get('y'));
  if (x !== undefined && y !== undefined) {
    position ??= { x, y };
    node.attrs.delete('x');
    node.attrs.delete('y');
  }
  const colorAttr = node.attrs.get('color');
  const color =
    node.color ?? (typeof colorAttr === 'string' ? normalizeColor(colorAttr) : undefined);
  if (typeof colorAttr === 'string' && normalizeColor(colorAttr)) node.attrs.delete('color');
  const sizeAttr = num(node.attrs.get('size'));
  const size = node.size ?? sizeAttr;
  if (sizeAttr !== undefined) node.attrs.delete('size');
  if (position) view.positions[node.id] = position;
  if (color) view.colors[node.id] = color;
  if (size !== undefined) view.sizes[node.id] = size;
  view.any ||= position !== undefined || color !== undefined || size !== undefined;
}

function checkStructure(raw: RawGraph, errors: ErrorList, warnings: ImportWarning[]): string[] {
  const nodeIds = new Map<string, string>();
  for (const node of raw.nodes) {
    if (node.id === '') {
      errors.add({
        where: node.where,
        message: 'a node has an empty id',
        expected: 'a non-empty id',
      });
      continue;
    }
    const first = nodeIds.get(node.id);
    if (first !== undefined)
      errors.add({
        where: node.where,
        message: `duplicate node id ${JSON.stringify(node.id)} (first at ${first})`,
        expected: 'a unique id',
      });
    else nodeIds.set(node.id, node.where);
  }
  const given = new Set(raw.edges.flatMap((e) => (e.id === undefined ? [] : [e.id])));
  const edgeIds = new Map<string, string>();
  const out: string[] = [];
  let generated = 0;
  let counter = 0;
  for (const edge of raw.edges) {
    for (const end of ['source', 'target'] as const)
      if (!nodeIds.has(edge[end]))
        errors.add({
          where: `${edge.where}: ${end}`,
          message: `${JSON.stringify(edge[end])} is not a node of this graph`,
          expected: 'the id of a node in the file',
        });
    let id = edge.id;
    if (id === undefined) {
      do id = `e${counter++}`;
      while (given.has(id) || edgeIds.has(id));
      generated += 1;
    }
    const first = edgeIds.get(id);
    if (first !== undefined)
      errors.add({
        where: edge.where,
        message: `duplicate edge id ${JSON.stringify(id)} (first at ${first})`,
        expected: 'a unique id',
      });
    else edgeIds.set(id, edge.where);
    out.push(id);
  }
  if (generated > 0)
    warnings.push({
      where: '(edges)',
      message: `${generated} edge(s) had no id and were given one (e0, e1, …)`,
    });
  return out;
}

const looksClaimgraph = (raw: RawGraph): boolean =>
  raw.nodes.some((n) => NODE_KINDS.has(String(n.attrs.get('nodeKind')))) ||
  raw.edges.some((e) => EDGE_KINDS.has(String(e.attrs.get('edgeKind'))));

type ClaimAttempt =
  | { ok: true; graph: ClaimGraph; warnings: ImportWarning[] }
  | { ok: false; reasons: ImportWarning[] };

function unknownAttributeWarnings(raw: RawGraph): ImportWarning[] {
  const found = new Map<string, number>();
  const note = (attrs: Map<string, RawValue>, known: ReadonlySet<string>, cls: string) => {
    for (const name of attrs.keys())
      if (!known.has(name))
        found.set(
          `${cls} attribute ${JSON.stringify(name)}`,
          (found.get(`${cls} attribute ${JSON.stringify(name)}`) ?? 0) + 1,
        );
  };
  for (const n of raw.nodes) note(n.attrs, KNOWN_NODE_ATTRS, 'node');
  for (const e of raw.edges) note(e.attrs, KNOWN_EDGE_ATTRS, 'edge');
  return [...found].map(([what, count]) => ({
    where: '(attributes)',
    message: `${what} is not part of claimgraph's model: dropped (${count} element(s))`,
  }));
}

function asClaimgraph(raw: RawGraph, edgeIds: readonly string[]): ClaimAttempt {
  const reasons: ImportWarning[] = [];
  const nodes: GraphNode[] = [];
  const nodeWhere: string[] = [];
  for (const node of raw.nodes) {
    const decoded = decodeClaimNode(node.id, node.label, node.attrs);
    if (decoded.ok) {
      nodes.push(decoded.value);
      nodeWhere.push(node.where);
    } else
      reasons.push({ where: node.where, message: `not a claimgraph node: ${decoded.message}` });
  }
  const edges: GraphEdge[] = [];
  const edgeWhere: string[] = [];
  const derived: { id: string; where: string }[] = [];
  raw.edges.forEach((edge, i) => {
    const id = edgeIds[i] ?? '';
    const decoded = decodeClaimEdge(id, edge.source, edge.target, edge.attrs);
    if (!decoded.ok)
      reasons.push({ where: edge.where, message: `not a claimgraph edge: ${decoded.message}` });
    else if (decoded.value === 'reported') derived.push({ id, where: edge.where });
    else {
      edges.push(decoded.value);
      edgeWhere.push(edge.where);
    }
  });
  if (reasons.length > 0) return { ok: false, reasons };

  const doc = { schemaVersion: 1 as const, document: PLACEHOLDER_META, nodes, edges };
  const result = validateDocument({ raw: doc, text: undefined, file: 'import' });
  const warnings: ImportWarning[] = [];
  const whereOf = (path: string) => {
    const m = /^(nodes|edges)\[(\d+)\](.*)$/.exec(path);
    if (!m) return path;
    const at = (m[1] === 'nodes' ? nodeWhere : edgeWhere)[Number(m[2])];
    return at ? `${at}${m[3] ? `: ${m[3].replace(/^\./, '')}` : ''}` : path;
  };
  for (const p of result.problems) {
    const cls = classifyProblem(p);
    if (cls === 'no-text' || p.path.startsWith('document')) continue;
    const entry = { where: whereOf(p.path), message: p.message };
    if (cls === 'editorial') warnings.push(entry);
    else reasons.push(entry);
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const graph = buildGraph(doc);
  for (const d of derived)
    if (!isDerivedEdgeId(d.id) || !graph.hasEdge(d.id))
      warnings.push({
        where: d.where,
        message: `derived edge ${JSON.stringify(d.id)} matches no statement's via entry: dropped (derived edges are rebuilt from via)`,
      });
  return { ok: true, graph, warnings: [...unknownAttributeWarnings(raw), ...warnings] };
}

const scalar = (v: RawValue): string | number | boolean =>
  Array.isArray(v) ? joinList(v as string[]) : (v as string | number | boolean);

function genericAttributes(attrs: Map<string, RawValue>): GenericAttributes {
  const out = nullObject<string | number | boolean>();
  for (const [name, value] of attrs) out[name] = scalar(value);
  return out;
}

const TYPE_ATTRS = ['kind', 'type', 'category', 'group'];

function asGeneric(raw: RawGraph, edgeIds: readonly string[]): GenericGraph {
  // Null-prototype adjacency: node ids such as `__proto__` must not pollute Object.prototype.
  const graph: GenericGraph = withNullPrototypeAdjacency(
    new MultiDirectedGraph({ allowSelfLoops: true }),
  );
  for (const node of raw.nodes) {
    const attributes = genericAttributes(node.attrs);
    const type = TYPE_ATTRS.map((t) =>
      Object.hasOwn(attributes, t) ? attributes[t] : undefined,
    ).find((v): v is string => typeof v === 'string');
    graph.addNode(node.id, {
      id: node.id,
      kind: 'generic',
      label: node.label ?? node.id,
      ...(type !== undefined ? { type } : {}),
      attributes,
    });
  }
  raw.edges.forEach((edge: RawEdge, i) => {
    const id = edgeIds[i] ?? `e${i}`;
    graph.addDirectedEdgeWithKey(id, edge.source, edge.target, {
      id,
      kind: 'generic',
      source: edge.source,
      target: edge.target,
      ...(edge.label !== undefined ? { label: edge.label } : {}),
      directed: edge.directed,
      attributes: genericAttributes(edge.attrs),
    });
  });
  return graph;
}

function documentOf(raw: RawGraph): ImportedDocument {
  return raw.document;
}

/**
 * The most text (UTF-16 code units) a file may expand to once read: ids, labels, attribute
 * names and values, counted on every node and edge. GraphML and GEXF defaults apply to every
 * element, and attribute names are written again on every element by the exporters, so a
 * file under the size limit could otherwise expand to more than any export can write (a
 * 15 MiB default on 200 nodes made every exporter throw "Invalid string length").
 */
export const MAX_EXPANDED_CHARS = 48 * 1024 * 1024;

function expandedChars(raw: RawGraph): number {
  let total = 0;
  const attrs = (values: Map<string, RawValue>) => {
    for (const [name, value] of values)
      total +=
        name.length +
        (typeof value === 'string'
          ? value.length
          : Array.isArray(value)
            ? (value as string[]).reduce((sum, item) => sum + item.length + 1, 0)
            : 8);
  };
  for (const node of raw.nodes) {
    total += node.id.length + (node.label?.length ?? 0);
    attrs(node.attrs);
  }
  for (const edge of raw.edges) {
    total += (edge.id?.length ?? 0) + edge.source.length + edge.target.length;
    total += edge.label?.length ?? 0;
    attrs(edge.attrs);
  }
  return total;
}

export function assemble(raw: RawGraph): ImportResult {
  const expanded = expandedChars(raw);
  if (expanded > MAX_EXPANDED_CHARS)
    return {
      ok: false,
      format: raw.format,
      errors: [
        {
          where: '(file)',
          message: `the graph expands to ${expanded.toLocaleString('en')} characters of ids, labels and attribute values (defaults and attribute names count on every element), over the limit of ${MAX_EXPANDED_CHARS.toLocaleString('en')}`,
          expected: 'smaller default values and attribute names, or fewer elements',
        },
      ],
    };
  const errors = new ErrorList();
  const warnings: ImportWarning[] = [...raw.warnings];
  const edgeIds = checkStructure(raw, errors, warnings);
  if (errors.size > 0) return { ok: false, format: raw.format, errors: errors.list() };

  const view: View = {
    positions: nullObject(),
    colors: nullObject(),
    sizes: nullObject(),
    any: false,
  };
  for (const node of raw.nodes) {
    takeView(node, view);
    const name = node.attrs.get('name');
    if (node.label === undefined && typeof name === 'string') {
      node.label = name;
      node.attrs.delete('name');
    }
  }
  // Edge colours are view hints too (claimgraph derives them from the stance): not imported.
  for (const edge of raw.edges) {
    const color = edge.attrs.get('color');
    if (typeof color === 'string' && normalizeColor(color)) edge.attrs.delete('color');
  }
  const viewPart = view.any
    ? { positions: view.positions, colors: view.colors, sizes: view.sizes }
    : {};
  const base = { ok: true as const, format: raw.format, document: documentOf(raw), ...viewPart };

  if (looksClaimgraph(raw)) {
    const attempt = asClaimgraph(raw, edgeIds);
    if (attempt.ok) {
      const result: ClaimgraphImport = {
        ...base,
        isClaimgraph: true,
        graph: attempt.graph,
        warnings: [...warnings, ...attempt.warnings],
      };
      return result;
    }
    warnings.push(
      {
        where: '(file)',
        message: `the file has claimgraph attributes but is not a valid claimgraph graph, so it was imported as a generic graph (${attempt.reasons.length} problem(s), first ones below)`,
      },
      ...attempt.reasons.slice(0, MAX_REASONS),
    );
  }
  const generic: GenericImport = {
    ...base,
    isClaimgraph: false,
    graph: asGeneric(raw, edgeIds),
    warnings,
  };
  return generic;
}
