/**
 * GraphML export (graphology-graphml has a parser only). Valid against graphml.xsd, with
 * typed `<key>`s (string, boolean, int, double) that networkx and igraph read.
 *
 * GraphML ids and `attr.name`s are XML NMTOKENs. Claimgraph ids always are (slugs, and
 * `reported:<statement>:<outlet>`); a foreign id that is not is written encoded (`_xHHHH_`
 * for each character outside `[A-Za-z0-9._:-]`) with the original in an `originalId` data
 * value, which the importer restores. A foreign attribute name that is not an NMTOKEN is
 * written with `_` in place of each such character (a documented loss).
 */
import { toScalar, type AttrSpec, type FlatValue } from './attributes.ts';
import { flattenGraph } from './flat-graph.ts';
import type { ExportOptions, ImportedGraph } from './types.ts';
import { XmlWriter, xmlIds } from './xml.ts';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

const NMTOKEN = /^[A-Za-z0-9._:-]+$/;

const GRAPHML_TYPES: Record<AttrSpec['type'], string> = {
  string: 'string',
  list: 'string',
  boolean: 'boolean',
  integer: 'int',
  double: 'double',
};

const encodeChar = (c: string) =>
  `_x${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}_`;

/** Maps ids to unique NMTOKENs: valid ids stay as they are, others are encoded. */
export function nmtokenIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids)
    if (NMTOKEN.test(id) && !out.has(id)) {
      out.set(id, id);
      used.add(id);
    }
  for (const id of ids) {
    if (out.has(id)) continue;
    const base =
      id === ''
        ? '_x_'
        : [...id].map((c) => (/[A-Za-z0-9.:-]/.test(c) ? c : encodeChar(c))).join('');
    let token = base;
    for (let n = 2; used.has(token); n += 1) token = `${base}.${n}`;
    used.add(token);
    out.set(id, token);
  }
  return out;
}

/** An attribute name as an NMTOKEN (lossy for names outside `[A-Za-z0-9._:-]`). */
const nmtokenName = (name: string): string =>
  NMTOKEN.test(name) ? name : name.replace(/[^A-Za-z0-9._:-]/g, '_') || '_';

interface Key {
  id: string;
  name: string;
  type: string;
}

function keysFor(prefix: string, columns: readonly AttrSpec[]): Map<string, Key> {
  const out = new Map<string, Key>();
  const usedNames = new Set<string>();
  for (const c of columns) {
    let name = nmtokenName(c.name);
    while (usedNames.has(name)) name += '_';
    usedNames.add(name);
    out.set(c.name, { id: `${prefix}_${name}`, name, type: GRAPHML_TYPES[c.type] });
  }
  return out;
}

const dataText = (value: FlatValue): string => String(toScalar(value));

export function toGraphml(graph: ImportedGraph, opts: ExportOptions): string {
  const flat = flattenGraph(graph, opts);
  // Ids with characters XML 1.0 forbids are first written `_xHHHH_` (xmlIds), so that
  // `originalId` can carry what remains; other non-NMTOKEN ids keep their original there.
  const xmlNode = xmlIds(flat.nodes.map((n) => n.id));
  const xmlEdge = xmlIds(flat.edges.map((e) => e.id));
  const nodeId = (id: string) => xmlNode.get(id) ?? id;
  const edgeId = (id: string) => xmlEdge.get(id) ?? id;
  const nodeIds = nmtokenIds(flat.nodes.map((n) => nodeId(n.id)));
  const edgeIds = nmtokenIds(flat.edges.map((e) => edgeId(e.id)));
  const nodesEncoded = flat.nodes.some((n) => nodeIds.get(nodeId(n.id)) !== nodeId(n.id));
  const edgesEncoded = flat.edges.some((e) => edgeIds.get(edgeId(e.id)) !== edgeId(e.id));

  const graphKeys = keysFor('g', [
    { name: 'documentId', type: 'string' },
    { name: 'title', type: 'string' },
  ]);
  const nodeColumns: AttrSpec[] = [
    { name: 'label', type: 'string' },
    ...flat.nodeColumns,
    ...(flat.hasPositions
      ? ([
          { name: 'x', type: 'double' },
          { name: 'y', type: 'double' },
        ] as const)
      : []),
    { name: 'size', type: 'double' },
    { name: 'color', type: 'string' },
    ...(nodesEncoded ? [{ name: 'originalId', type: 'string' } as const] : []),
  ];
  const edgeColumns: AttrSpec[] = [
    { name: 'label', type: 'string' },
    ...flat.edgeColumns,
    { name: 'color', type: 'string' },
    ...(edgesEncoded ? [{ name: 'originalId', type: 'string' } as const] : []),
  ];
  const nodeKeys = keysFor('n', nodeColumns);
  const edgeKeys = keysFor('e', edgeColumns);

  const xml = new XmlWriter();
  xml.open('graphml', [['xmlns', GRAPHML_NS]]);
  for (const [forWhat, keys] of [
    ['graph', graphKeys],
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const)
    for (const key of keys.values())
      xml.leaf('key', [
        ['id', key.id],
        ['for', forWhat],
        ['attr.name', key.name],
        ['attr.type', key.type],
      ]);

  const data = (keys: Map<string, Key>, name: string, value: FlatValue | undefined) => {
    const key = keys.get(name);
    if (key && value !== undefined) xml.text('data', [['key', key.id]], dataText(value));
  };

  xml.open('graph', [
    ['id', 'G'],
    ['edgedefault', 'directed'],
  ]);
  data(graphKeys, 'documentId', flat.documentId);
  data(graphKeys, 'title', flat.title);
  for (const node of flat.nodes) {
    const id = nodeIds.get(nodeId(node.id)) ?? node.id;
    xml.open('node', [['id', id]]);
    data(nodeKeys, 'label', node.label);
    for (const [name, value] of node.values) data(nodeKeys, name, value);
    if (node.position) {
      data(nodeKeys, 'x', node.position.x);
      data(nodeKeys, 'y', node.position.y);
    }
    data(nodeKeys, 'size', node.size);
    data(nodeKeys, 'color', node.color);
    if (id !== nodeId(node.id)) data(nodeKeys, 'originalId', nodeId(node.id));
    xml.close('node');
  }
  for (const edge of flat.edges) {
    const id = edgeIds.get(edgeId(edge.id)) ?? edge.id;
    xml.open('edge', [
      ['id', id],
      ['source', nodeIds.get(nodeId(edge.source)) ?? edge.source],
      ['target', nodeIds.get(nodeId(edge.target)) ?? edge.target],
    ]);
    data(edgeKeys, 'label', edge.label);
    for (const [name, value] of edge.values) data(edgeKeys, name, value);
    data(edgeKeys, 'color', edge.color);
    if (id !== edgeId(edge.id)) data(edgeKeys, 'originalId', edgeId(edge.id));
    xml.close('edge');
  }
  xml.close('graph');
  xml.close('graphml');
  return xml.toString();
}
