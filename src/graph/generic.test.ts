/**
 * Generic (foreign) graphs in the explorer: re-keying, element mapping, legend, view
 * (filters, focus, paths), search and tooltips, with hostile ids and labels throughout.
 */
import { describe, expect, it } from 'vitest';
import { importGraph } from '../formats/import.ts';
import type { GenericGraph, GenericImport } from '../formats/types.ts';
import { toGenericElements } from './elements.ts';
import {
  graphTypes,
  NODE_COLOR,
  nodeColors,
  OTHER_TYPE_COLOR,
  safeKey,
  toExplorerGraph,
  TYPE_PALETTE,
  UNTYPED_COLOR,
} from './genericGraph.ts';
import { buildGenericSearchIndex } from './genericSearch.ts';
import { genericTooltip, genericViewEmphasis, genericVisibleSet } from './genericView.ts';
import { genericLegendFor } from './legend.ts';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const IMG = '<img src=x onerror=alert(1)>';

/** A Cytoscape JSON file as another tool might write it, hostile ids and labels included. */
function hostile(): GenericImport {
  const file = {
    elements: {
      nodes: [
        { data: { id: '__proto__', label: IMG, kind: 'person' } },
        { data: { id: 'constructor', label: 'constructor', kind: 'person' } },
        { data: { id: IMG, label: '__proto__', kind: 'place' } },
        { data: { id: 'toString', label: 'Alice Smith' } },
        { data: { id: 'x-41', label: 'Looks encoded' } },
        { data: { id: 'plain-id', label: 'Plain', kind: 'place' } },
      ],
      edges: [
        { data: { id: 'e1', source: '__proto__', target: 'constructor' } },
        { data: { id: 'constructor-edge', source: IMG, target: '__proto__' } },
        { data: { id: 'plain-id', source: 'toString', target: 'constructor', label: '<i>x</i>' } },
        { data: { id: 'e4', source: 'x-41', target: 'plain-id' } },
      ],
    },
  };
  const result = importGraph(JSON.stringify(file), 'hostile.cyjs');
  if (!result.ok || result.isClaimgraph) throw new Error('expected a generic import');
  return result;
}

const nodesOf = (graph: GenericGraph): string[] => {
  const out: string[] = [];
  graph.forEachNode((key) => out.push(key));
  return out;
};

describe('safeKey and toExplorerGraph', () => {
  it('keeps slug ids and encodes the others injectively', () => {
    expect(safeKey('n1')).toBe('n1');
    expect(safeKey('0')).toBe('0');
    expect(safeKey('constructor')).toMatch(/^x-/);
    expect(safeKey('__proto__')).toMatch(/^x-/);
    expect(safeKey('x-41')).not.toBe('x-41');
    expect(safeKey('N1')).not.toBe(safeKey('n1'));
    for (const id of ['__proto__', 'constructor', IMG, 'A b', '', 'x-', 'toString'])
      expect(safeKey(id)).toMatch(SLUG);
  });

  it('re-keys nodes and edges, keeping the file ids in the attributes', () => {
    const { graph: source } = hostile();
    const { graph, originalIds, nodeKeys } = toExplorerGraph(source);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(4);
    const keys = [...nodesOf(graph), ...graph.edges()];
    for (const key of keys) expect(key).toMatch(SLUG);
    expect(new Set(keys).size).toBe(keys.length);
    const proto = nodeKeys.get('__proto__') as string;
    expect(graph.getNodeAttributes(proto).id).toBe('__proto__');
    expect(graph.getNodeAttributes(proto).label).toBe(IMG);
    expect(originalIds.get(proto)).toBe('__proto__');
    expect(nodeKeys.get('plain-id')).toBe('plain-id');
    // The edge `plain-id` collides with the node `plain-id`: it gets a key of its own.
    const edgeKey = [...originalIds].find(([k, id]) => id === 'plain-id' && k !== 'plain-id');
    expect(edgeKey?.[0]).toMatch(/^x-e-/);
    // Per-node calls are safe on the re-keyed graph.
    expect(graph.degree(proto)).toBe(2);
    expect(graph.neighbors(nodeKeys.get('constructor') as string)).toHaveLength(2);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('toGenericElements', () => {
  it('maps nodes with labels, types, colours and degrees, and edges with their direction', () => {
    const { graph } = toExplorerGraph(hostile().graph);
    const colors = nodeColors(graph, undefined);
    const elements = toGenericElements(graph, colors);
    expect(elements.nodes).toHaveLength(6);
    expect(elements.edges).toHaveLength(4);
    const proto = elements.nodes.find((n) => n.data.label === IMG);
    expect(proto?.data).toMatchObject({ kind: 'generic', type: 'person', short: IMG, degree: 2 });
    expect(proto?.data.color).toBe(TYPE_PALETTE[0]);
    expect(proto?.classes).toEqual(['generic']);
    const untyped = elements.nodes.find((n) => n.data.label === 'Alice Smith');
    expect(untyped?.data.color).toBe(UNTYPED_COLOR);
    expect(untyped?.data.type).toBeUndefined();
    const labelled = elements.edges.find((e) => e.data.label === '<i>x</i>');
    expect(labelled?.data.kind).toBe('generic');
    for (const edge of elements.edges) {
      expect(edge.data.source).toMatch(SLUG);
      expect(edge.data.target).toMatch(SLUG);
    }
    // Cytoscape JSON edges are directed: no `undirected` class.
    expect(elements.edges.every((e) => !(e.classes as string[]).includes('undirected'))).toBe(true);
  });

  it('marks undirected edges and uses file colours when there are no types', () => {
    const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="undirected">
    <node id="a"/><node id="b"/><node id="c"/>
    <edge source="a" target="b"/><edge source="b" target="c"/>
  </graph>
</graphml>`;
    const result = importGraph(text, 'u.graphml');
    if (!result.ok || result.isClaimgraph) throw new Error('expected a generic import');
    const { graph } = toExplorerGraph(result.graph);
    const colors = nodeColors(graph, new Map([['a', '#ff0000']]));
    expect(colors.get('a')).toBe('#ff0000');
    expect(colors.get('b')).toBe(NODE_COLOR);
    const elements = toGenericElements(graph, colors);
    expect(elements.edges.map((e) => e.classes)).toEqual([
      ['generic', 'undirected', 'single'],
      ['generic', 'undirected', 'single'],
    ]);
    expect(elements.nodes.map((n) => n.data.label)).toEqual(['a', 'b', 'c']);
    expect(genericLegendFor(graph).links?.map((l) => l.key)).toEqual(['undirected']);
    expect(genericLegendFor(graph).types?.map((t) => t.label)).toEqual([
      'Node (no type attribute)',
    ]);
  });
});

describe('types and legend', () => {
  it('counts types by frequency, with the untyped nodes apart', () => {
    const { graph } = toExplorerGraph(hostile().graph);
    expect(graphTypes(graph)).toEqual({
      types: [
        { type: 'person', count: 2, color: TYPE_PALETTE[0] },
        { type: 'place', count: 2, color: TYPE_PALETTE[1] },
      ],
      untyped: 2,
    });
    const legend = genericLegendFor(graph);
    expect(legend.types?.map((t) => `${t.key}: ${t.label}`)).toEqual([
      'person: person (2)',
      'place: place (2)',
      '(none): No type (2)',
    ]);
    expect(legend.links?.map((l) => l.key)).toEqual(['directed']);
  });

  it('gives types past the palette one shared colour', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({
      data: { id: `n${i}`, type: `t${String(i).padStart(2, '0')}` },
    }));
    const result = importGraph(JSON.stringify({ elements: { nodes, edges: [] } }), 'many.cyjs');
    if (!result.ok || result.isClaimgraph) throw new Error('expected a generic import');
    const { graph } = toExplorerGraph(result.graph);
    const colors = nodeColors(graph, undefined);
    expect(colors.get('n0')).toBe(TYPE_PALETTE[0]);
    expect(colors.get('n11')).toBe(OTHER_TYPE_COLOR);
    expect(genericLegendFor(graph).types?.at(-1)?.label).toBe('2 other types');
  });
});

describe('the view of a generic graph', () => {
  const setup = () => {
    const { graph, nodeKeys } = toExplorerGraph(hostile().graph);
    const key = (id: string) => nodeKeys.get(id) as string;
    return { graph, key };
  };

  it('shows everything without filters', () => {
    const { graph } = setup();
    const set = genericVisibleSet(graph, { filters: [] });
    expect(set.nodes.size).toBe(6);
    expect(set.edges.size).toBe(4);
    expect(genericViewEmphasis(graph, {}).emphasis.hidden.size).toBe(0);
  });

  it('filters by text over labels, file ids and types, keeping edges among what is shown', () => {
    const { graph, key } = setup();
    const byLabel = genericVisibleSet(graph, { filters: [{ kind: 'text', query: 'ALICE' }] });
    expect([...byLabel.nodes]).toEqual([key('toString')]);
    const byId = genericVisibleSet(graph, { filters: [{ kind: 'text', query: 'onerror' }] });
    expect([...byId.nodes].sort()).toEqual([key('__proto__'), key(IMG)].sort());
    expect(byId.edges.size).toBe(1);
    const byType = genericVisibleSet(graph, { filters: [{ kind: 'text', query: 'place' }] });
    expect(byType.nodes.size).toBe(2);
    // Claimgraph filters do not apply to a generic graph.
    const stance = genericVisibleSet(graph, { filters: [{ kind: 'stance', values: ['denial'] }] });
    expect(stance.nodes.size).toBe(6);
  });

  it('filters by node type (unknown types are ignored) with context', () => {
    const { graph, key } = setup();
    const people = genericVisibleSet(graph, { filters: [], types: ['person'] });
    expect([...people.nodes].sort()).toEqual([key('__proto__'), key('constructor')].sort());
    expect(people.edges.size).toBe(1);
    expect(genericVisibleSet(graph, { filters: [], types: ['nope'] }).nodes.size).toBe(6);
    const withContext = genericVisibleSet(graph, { filters: [], types: ['person'], context: true });
    expect([...withContext.contextNodes].sort()).toEqual([key(IMG), key('toString')].sort());
    expect(withContext.contextEdges.size).toBe(2);
  });

  it('focuses on a node and finds shortest paths', () => {
    const { graph, key } = setup();
    const focus = genericViewEmphasis(graph, {
      focus: { node: key('constructor'), depth: 1, mode: 'hide' },
    });
    const hidden = focus.emphasis.hidden;
    expect(hidden.has(key('x-41'))).toBe(true);
    expect(hidden.has(key('plain-id'))).toBe(true);
    expect(hidden.has(key('__proto__'))).toBe(false);
    const path = genericViewEmphasis(graph, { path: { from: key(IMG), to: key('toString') } });
    expect(path.paths?.[0]?.nodes).toEqual([
      key(IMG),
      key('__proto__'),
      key('constructor'),
      key('toString'),
    ]);
    const none = genericViewEmphasis(graph, { path: { from: key(IMG), to: key('x-41') } });
    expect(none.message).toBe(`No path between __proto__ and Looks encoded`);
    const hiddenFocus = genericViewEmphasis(graph, {
      filters: [{ kind: 'text', query: 'alice' }],
      focus: { node: key('x-41'), depth: 1, mode: 'dim' },
    });
    expect(hiddenFocus.message).toBe('Cannot focus on Looks encoded: the filters hide it');
  });

  it('searches labels, file ids and types, and names elements in tooltips as text', () => {
    const { graph, key } = setup();
    const index = buildGenericSearchIndex(graph);
    const [first] = index.search('<img');
    expect(first).toMatchObject({ id: key('__proto__'), label: IMG, field: 'label' });
    expect(index.search('proto').map((r) => r.id)).toEqual([key(IMG), key('__proto__')]);
    expect(index.search('tostring')[0]).toMatchObject({ id: key('toString'), field: 'id' });
    expect(index.search('place').map((r) => r.field)).toEqual(['type', 'type']);
    expect(index.search('   ')).toEqual([]);
    expect(genericTooltip(graph, key('__proto__'))).toEqual({
      title: IMG,
      kind: 'Node · person',
      rows: [{ name: 'kind', value: 'person' }],
    });
    const edge = graph.edges().find((e) => graph.getEdgeAttributes(e).label === '<i>x</i>');
    expect(genericTooltip(graph, edge as string)?.title).toBe('Alice Smith → constructor');
    expect(genericTooltip(graph, 'nope')).toBeUndefined();
  });
});
