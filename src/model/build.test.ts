import { describe, expect, it } from 'vitest';
import { buildGraph, isDerivedEdgeId, reportedEdgeId } from './build.ts';
import { loadFixture } from './test-support.ts';

describe('buildGraph', () => {
  it('holds every stored node and edge with its attributes', async () => {
    const { doc, graph } = await loadFixture('valid');
    expect(graph.order).toBe(doc.nodes.length);
    for (const node of doc.nodes) expect(graph.getNodeAttributes(node.id)).toEqual(node);
    for (const edge of doc.edges) {
      expect(graph.source(edge.id)).toBe(edge.source);
      expect(graph.target(edge.id)).toBe(edge.target);
      expect(graph.getEdgeAttributes(edge.id)).toEqual(edge);
    }
  });

  it('derives one reported edge outlet → claim per via entry', async () => {
    const { doc, graph } = await loadFixture('valid');
    const id = reportedEdgeId('st-alice-cake', 'daily-bugle');
    expect(graph.hasEdge(id)).toBe(true);
    expect(graph.source(id)).toBe('daily-bugle');
    expect(graph.target(id)).toBe('claim-bob-stole-cake');
    expect(graph.getEdgeAttributes(id)).toMatchObject({
      kind: 'reported',
      derived: true,
      statement: 'st-alice-cake',
    });
    const derived = graph.edges().filter(isDerivedEdgeId);
    const viaEntries = doc.edges.flatMap((e) => (e.kind === 'statement' ? e.via : []));
    expect(derived).toHaveLength(viaEntries.length);
    expect(graph.size).toBe(doc.edges.length + viaEntries.length);
  });

  it('keeps derived ids apart from stored ids, which are slugs', () => {
    expect(isDerivedEdgeId(reportedEdgeId('a', 'b'))).toBe(true);
    expect(isDerivedEdgeId('reported-by-x')).toBe(false);
  });

  it('handles a relay chain of several outlets, each with its order', async () => {
    const { doc } = await loadFixture('valid');
    const copy = structuredClone(doc);
    const statement = copy.edges.find((e) => e.id === 'st-alice-cake');
    if (statement?.kind !== 'statement') throw new Error('fixture changed');
    statement.via = ['daily-bugle', 'springfield'];
    const graph = buildGraph(copy);
    expect(
      graph.getEdgeAttribute(reportedEdgeId('st-alice-cake', 'springfield'), 'order' as never),
    ).toBe(1);
  });
});
