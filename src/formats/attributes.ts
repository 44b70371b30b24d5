/**
 * The one place that turns claimgraph nodes and edges into named attributes for the other
 * formats (and back: see decode.ts). Every exporter uses these names, so a column means the
 * same thing in GEXF, GraphML, JGF, Cytoscape JSON and CSV. The names are chosen to collide
 * with no format's reserved words (GEXF's `kind` and `label`, JGF's `type`, networkx's
 * `label`/`id`/`weight`, Cytoscape's `name`/`interaction`…): see README.md for the table.
 *
 * Lists (`aliases`, `via`, `mentions`, `evidence`, offsets) are arrays in the JSON formats
 * and `|`-joined strings in the flat ones, with `\` escaping a `|` or `\` inside an item.
 */
import type { EdgeAttributes, NodeAttributes } from '../model/build.ts';
import type { Span } from '../model/schema.ts';
import type { AnyEdgeAttributes, AnyNodeAttributes } from './types.ts';

export type FlatValue = string | number | boolean | readonly string[];
export type FlatType = 'string' | 'boolean' | 'integer' | 'double' | 'list';

export interface AttrSpec {
  name: string;
  type: FlatType;
}

/** Node attributes, in column order. The node's label travels in each format's own label field. */
export const NODE_ATTRS: readonly AttrSpec[] = [
  { name: 'nodeKind', type: 'string' },
  { name: 'actorType', type: 'string' },
  { name: 'anonymous', type: 'boolean' },
  { name: 'eventType', type: 'string' },
  { name: 'date', type: 'string' },
  { name: 'endDate', type: 'string' },
  { name: 'dateInferred', type: 'boolean' },
  { name: 'place', type: 'string' },
  { name: 'aliases', type: 'list' },
  { name: 'description', type: 'string' },
  { name: 'mentions', type: 'list' },
  { name: 'mentionOffsets', type: 'list' },
];

/** Edge attributes, in column order. */
export const EDGE_ATTRS: readonly AttrSpec[] = [
  { name: 'edgeKind', type: 'string' },
  { name: 'stance', type: 'string' },
  { name: 'cue', type: 'string' },
  { name: 'via', type: 'list' },
  { name: 'quote', type: 'string' },
  { name: 'date', type: 'string' },
  { name: 'dateInferred', type: 'boolean' },
  { name: 'role', type: 'string' },
  { name: 'note', type: 'string' },
  { name: 'evidence', type: 'list' },
  { name: 'evidenceOffsets', type: 'list' },
  { name: 'derived', type: 'boolean' },
  { name: 'statement', type: 'string' },
  { name: 'order', type: 'integer' },
];

/** Graph-level attributes. */
export const GRAPH_ATTRS: readonly AttrSpec[] = [
  { name: 'documentId', type: 'string' },
  { name: 'title', type: 'string' },
];

/** View hints, written as attributes where a format has no element of its own for them. */
export const VIEW_ATTRS: readonly AttrSpec[] = [
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
  { name: 'size', type: 'double' },
  { name: 'color', type: 'string' },
];

/**
 * Names a foreign (generic) attribute may not take, because some exporter writes a field
 * of that name itself; such an attribute is exported as `name_` (and stays so on re-import).
 */
export const GENERIC_RESERVED: ReadonlySet<string> = new Set([
  'id',
  'label',
  'name',
  'source',
  'target',
  'interaction',
  'parent',
  'position',
  'originalId',
  'nodeKind',
  'edgeKind',
  ...VIEW_ATTRS.map((a) => a.name),
]);

export const LIST_SEPARATOR = '|';

/** Joins list items with `|`, escaping `\` and `|` inside an item with a backslash. */
export const joinList = (items: readonly string[]): string =>
  items.map((item) => item.replace(/[\\|]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR);

/** The inverse of joinList; the empty string is the empty list. */
export function splitList(joined: string): string[] {
  if (joined === '') return [];
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < joined.length; i += 1) {
    const c = joined[i];
    if (c === '\\' && i + 1 < joined.length) {
      current += joined[i + 1];
      i += 1;
    } else if (c === LIST_SEPARATOR) {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out;
}

/** A value for a flat format: a list becomes one `|`-joined string. */
export const toScalar = (value: FlatValue): string | number | boolean =>
  Array.isArray(value) ? joinList(value) : (value as string | number | boolean);

/** A value as text: lists joined, booleans `true`/`false`, numbers as JavaScript prints them. */
export const toText = (value: FlatValue): string => String(toScalar(value));

/** `120-168`: a span's offsets, end exclusive (UTF-16 code units, as in graph.json). */
export const spanOffsets = (s: Span): string => `${s.start}-${s.end}`;

export function parseOffsets(value: string): { start: number; end: number } | undefined {
  const m = /^(\d+)-(\d+)$/.exec(value.trim());
  if (!m) return undefined;
  return { start: Number(m[1]), end: Number(m[2]) };
}

/** Evidence text of an edge: the spans' `exact` text, in order (one list item per span). */
export const spanTexts = (spans: readonly Span[]): string[] => spans.map((s) => s.exact);

type Flat = Map<string, FlatValue>;

const put = (out: Flat, name: string, value: FlatValue | undefined) => {
  if (value !== undefined) out.set(name, value);
};

/** The attributes of a claimgraph node (label excluded), in NODE_ATTRS order. */
export function flattenClaimNode(node: NodeAttributes): Flat {
  const out: Flat = new Map();
  put(out, 'nodeKind', node.kind);
  if (node.kind === 'actor') {
    put(out, 'actorType', node.actorType);
    put(out, 'anonymous', node.anonymous);
  }
  if (node.kind === 'event') put(out, 'eventType', node.eventType);
  if (node.kind === 'event' || node.kind === 'claim') put(out, 'date', node.date);
  if (node.kind === 'event') put(out, 'endDate', node.endDate);
  if (node.kind === 'event' || node.kind === 'claim') put(out, 'dateInferred', node.dateInferred);
  if (node.kind === 'event') put(out, 'place', node.place);
  put(out, 'aliases', node.aliases);
  put(out, 'description', node.description);
  put(out, 'mentions', spanTexts(node.mentions));
  put(out, 'mentionOffsets', node.mentions.map(spanOffsets));
  return out;
}

/** The attributes of a claimgraph edge, stored or derived, in EDGE_ATTRS order. */
export function flattenClaimEdge(edge: EdgeAttributes): Flat {
  const out: Flat = new Map();
  put(out, 'edgeKind', edge.kind);
  if (edge.kind === 'statement') {
    put(out, 'stance', edge.stance);
    put(out, 'cue', edge.cue);
    put(out, 'via', edge.via);
    put(out, 'quote', edge.quote);
    put(out, 'date', edge.date);
    put(out, 'dateInferred', edge.dateInferred);
  }
  if (edge.kind === 'about' || edge.kind === 'participant' || edge.kind === 'affiliation')
    put(out, 'role', edge.role);
  if (edge.kind === 'statement') put(out, 'note', edge.note);
  if (edge.kind !== 'reported') {
    put(out, 'evidence', spanTexts(edge.evidence));
    put(out, 'evidenceOffsets', edge.evidence.map(spanOffsets));
  }
  put(out, 'derived', edge.kind === 'reported');
  if (edge.kind === 'reported') {
    put(out, 'statement', edge.statement);
    put(out, 'order', edge.order);
  }
  return out;
}

/** A short edge label for tools that show one: the stance, the role, or the kind. */
export function edgeLabel(edge: AnyEdgeAttributes): string | undefined {
  switch (edge.kind) {
    case 'generic':
      return edge.label;
    case 'statement':
      return edge.stance;
    case 'about':
      return edge.role ?? 'about';
    case 'participant':
    case 'affiliation':
      return edge.role;
    case 'reported':
      return 'reported';
  }
}

export const isGenericNode = (
  n: AnyNodeAttributes,
): n is Extract<AnyNodeAttributes, { kind: 'generic' }> => n.kind === 'generic';
export const isGenericEdge = (
  e: AnyEdgeAttributes,
): e is Extract<AnyEdgeAttributes, { kind: 'generic' }> => e.kind === 'generic';
