import { describe, expect, it } from 'vitest';
import { applyFilters } from './filters.ts';
import { selectionSet, subgraph } from './subgraph.ts';
import { loadArticle, loadFixture } from './test-support.ts';

describe('subgraph', () => {
  it('holds exactly the visible elements, attributes included', async () => {
    const { graph } = await loadArticle();
    const set = applyFilters(graph, { filters: [{ kind: 'stance', values: ['denial'] }] });
    const sub = subgraph(graph, set);
    expect(new Set(sub.nodes())).toEqual(set.nodes);
    expect(new Set(sub.edges())).toEqual(set.edges);
    for (const id of sub.edges())
      expect(sub.getEdgeAttributes(id)).toBe(graph.getEdgeAttributes(id));
  });

  it('adds the context when asked', async () => {
    const { graph } = await loadArticle();
    const set = applyFilters(graph, {
      filters: [{ kind: 'speaker', values: ['ashot-mkrtychev'] }],
      context: true,
    });
    expect(set.contextNodes.size).toBeGreaterThan(0);
    const sub = subgraph(graph, set, { context: true });
    for (const id of set.contextNodes) expect(sub.hasNode(id)).toBe(true);
    expect(sub.order).toBe(set.nodes.size + set.contextNodes.size);
  });
});

describe('selectionSet', () => {
  it('takes the selected nodes, an edge with its ends, and the edges between them', async () => {
    const { graph } = await loadFixture('valid');
    const set = selectionSet(graph, ['alice-smith', 'st-bob-denies']);
    expect([...set.nodes].sort()).toEqual(['alice-smith', 'bob-jones', 'claim-bob-stole-cake']);
    expect(set.edges).toEqual(new Set(['st-bob-denies', 'st-alice-cake', 'ab-cake-bob']));
    expect(set.contextNodes).toEqual(new Set(['springfield', 'daily-bugle']));
  });

  it('ignores ids that are not in the graph', async () => {
    const { graph } = await loadFixture('valid');
    expect(selectionSet(graph, ['nobody']).nodes.size).toBe(0);
  });
});
