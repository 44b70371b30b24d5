/**
 * GEXF export: 1.2draft (what networkx 2.8 and most Gephi versions read) and 1.3 (the
 * current specification; networkx 2.8 refuses it). Both use the namespaces their schemas
 * name: networkx looks for `http://www.gexf.net/1.2draft` and its `/viz`, so colours,
 * sizes and positions come through there (graphology-gexf writes a malformed viz namespace
 * and loses them). Every edge carries its id, so parallel edges stay apart.
 *
 * Attribute values are declared once per class (`<attributes class="node|edge">`) with the
 * names of attributes.ts as both id and title; the node label is GEXF's own `label`.
 */
import { toText, type AttrSpec } from './attributes.ts';
import { flattenGraph, type FlatEdge, type FlatNode } from './flat-graph.ts';
import { parseHexColor } from './style.ts';
import type { ExportOptions, ImportedGraph } from './types.ts';
import { XmlWriter, xmlIds } from './xml.ts';

export const GEXF_VERSIONS = {
  '1.2draft': {
    version: '1.2',
    ns: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
  },
  '1.3': { version: '1.3', ns: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz' },
} as const;

export type GexfVersion = keyof typeof GEXF_VERSIONS;

const GEXF_TYPES: Record<AttrSpec['type'], string> = {
  string: 'string',
  list: 'string',
  boolean: 'boolean',
  integer: 'integer',
  double: 'double',
};

export const GENERATOR = 'claimgraph';

function writeAttributes(xml: XmlWriter, cls: 'node' | 'edge', columns: readonly AttrSpec[]) {
  if (columns.length === 0) return;
  xml.open('attributes', [['class', cls]]);
  for (const c of columns)
    xml.leaf('attribute', [
      ['id', c.name],
      ['title', c.name],
      ['type', GEXF_TYPES[c.type]],
    ]);
  xml.close('attributes');
}

function writeAttvalues(xml: XmlWriter, values: FlatNode['values']) {
  if (values.size === 0) return;
  xml.open('attvalues');
  for (const [name, value] of values)
    xml.leaf('attvalue', [
      ['for', name],
      ['value', toText(value)],
    ]);
  xml.close('attvalues');
}

function writeColor(xml: XmlWriter, hex: string) {
  const rgb = parseHexColor(hex);
  if (rgb)
    xml.leaf('viz:color', [
      ['r', rgb.r],
      ['g', rgb.g],
      ['b', rgb.b],
    ]);
}

function writeNode(xml: XmlWriter, node: FlatNode, id: string) {
  xml.open('node', [
    ['id', id],
    ['label', node.label],
  ]);
  writeAttvalues(xml, node.values);
  writeColor(xml, node.color);
  xml.leaf('viz:size', [['value', node.size]]);
  if (node.position)
    xml.leaf('viz:position', [
      ['x', node.position.x],
      ['y', node.position.y],
      ['z', 0],
    ]);
  xml.close('node');
}

function writeEdge(xml: XmlWriter, edge: FlatEdge, id: string, nodeIds: Map<string, string>) {
  xml.open('edge', [
    ['id', id],
    ['source', nodeIds.get(edge.source) ?? edge.source],
    ['target', nodeIds.get(edge.target) ?? edge.target],
    ['label', edge.label],
  ]);
  writeAttvalues(xml, edge.values);
  writeColor(xml, edge.color);
  xml.close('edge');
}

export function toGexfVersion(
  graph: ImportedGraph,
  opts: ExportOptions,
  version: GexfVersion,
): string {
  const flat = flattenGraph(graph, opts);
  const nodeIds = xmlIds(flat.nodes.map((n) => n.id));
  const edgeIds = xmlIds(flat.edges.map((e) => e.id));
  const v = GEXF_VERSIONS[version];
  const xml = new XmlWriter();
  xml.open('gexf', [
    ['xmlns', v.ns],
    ['xmlns:viz', v.viz],
    ['version', v.version],
  ]);
  xml.open('meta');
  xml.text('creator', [], GENERATOR);
  xml.text('keywords', [], flat.documentId);
  if (flat.title !== undefined) xml.text('description', [], flat.title);
  xml.close('meta');
  xml.open('graph', [['defaultedgetype', 'directed']]);
  writeAttributes(xml, 'node', flat.nodeColumns);
  writeAttributes(xml, 'edge', flat.edgeColumns);
  xml.open('nodes', [['count', flat.nodes.length]]);
  for (const node of flat.nodes) writeNode(xml, node, nodeIds.get(node.id) ?? node.id);
  xml.close('nodes');
  xml.open('edges', [['count', flat.edges.length]]);
  for (const edge of flat.edges) writeEdge(xml, edge, edgeIds.get(edge.id) ?? edge.id, nodeIds);
  xml.close('edges');
  xml.close('graph');
  xml.close('gexf');
  return xml.toString();
}

/** GEXF 1.2draft, readable by networkx 2.8 with every attribute, colour, size and position. */
export const toGexf = (graph: ImportedGraph, opts: ExportOptions): string =>
  toGexfVersion(graph, opts, '1.2draft');

/** GEXF 1.3, valid against the 1.3 RELAX NG schema. */
export const toGexf13 = (graph: ImportedGraph, opts: ExportOptions): string =>
  toGexfVersion(graph, opts, '1.3');
