import { describe, expect, it } from 'vitest';
import { buildGraph } from './build.ts';
import { neighbourhood, shortestPaths } from './paths.ts';
import { loadArticle, loadFixture } from './test-support.ts';

describe('neighbourhood', () => {
  it('walks edges in both directions and records hop distances', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const one = neighbourhood(graph, 'acme-corp', 1);
    expect(Object.fromEntries(one)).toEqual({
      'acme-corp': 0,
      // an in-edge (about) and an out-edge (statement) both count
      'claim-acme-dumped-steel': 1,
      'claim-protest-will-close-plant': 1,
    });
    const two = neighbourhood(graph, 'acme-corp', 2);
    expect(two.get('carol-diaz')).toBe(2);
    // radio-free reaches the claim only through the derived reported edge
    expect(two.get('radio-free')).toBe(2);
    expect(two.get('steelworker-protest-2022')).toBe(2);
    expect(two.has('steelworkers')).toBe(false);
    expect(neighbourhood(graph, 'acme-corp', 3).get('steelworkers')).toBe(3);
  });

  it('is the node alone at depth 0 and empty for a missing node', async () => {
    const { graph } = await loadFixture('steel-tariff');
    expect([...neighbourhood(graph, 'acme-corp', 0)]).toEqual([['acme-corp', 0]]);
    expect(neighbourhood(graph, 'nobody', 2).size).toBe(0);
  });

  it('walks only the allowed edges', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const noDerived = neighbourhood(graph, 'radio-free', 2, {
      edgeFilter: (e) => !e.startsWith('reported:'),
    });
    expect([...noDerived.keys()]).toEqual(['radio-free']);
  });
});

describe('shortestPaths', () => {
  it('lists every parallel edge of a hop', async () => {
    const { graph } = await loadFixture('steel-tariff');
    // Acme denies the claim (acme → claim) and the claim is about Acme (claim → acme).
    expect(shortestPaths(graph, 'acme-corp', 'claim-acme-dumped-steel')).toEqual([
      {
        nodes: ['acme-corp', 'claim-acme-dumped-steel'],
        edges: ['ab-dumped-acme', 'st-acme-denies-dumping'],
      },
    ]);
    expect(shortestPaths(graph, 'carol-diaz', 'acme-corp')).toEqual([
      {
        nodes: ['carol-diaz', 'claim-acme-dumped-steel', 'acme-corp'],
        edges: ['st-diaz-acme-dumped', 'ab-dumped-acme', 'st-acme-denies-dumping'],
      },
    ]);
  });

  it('finds every shortest path, in order, up to maxPaths', async () => {
    const { graph } = await loadArticle();
    const all = shortestPaths(graph, 'ashot-mkrtychev', 'john-kirby', { maxPaths: 1000 });
    expect(all.length).toBeGreaterThan(3);
    const lengths = new Set(all.map((p) => p.nodes.length));
    expect(lengths.size).toBe(1);
    for (const p of all) {
      expect(p.nodes[0]).toBe('ashot-mkrtychev');
      expect(p.nodes.at(-1)).toBe('john-kirby');
      expect(new Set(p.nodes).size).toBe(p.nodes.length);
      // each hop is backed by at least one edge joining the two nodes
      for (let i = 1; i < p.nodes.length; i += 1) {
        const [a, b] = [p.nodes[i - 1] as string, p.nodes[i] as string];
        expect(graph.edges(a, b).length + graph.edges(b, a).length).toBeGreaterThan(0);
      }
    }
    const keys = all.map((p) => p.nodes.join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(keys);
    const three = shortestPaths(graph, 'ashot-mkrtychev', 'john-kirby', { maxPaths: 3 });
    expect(three).toEqual(all.slice(0, 3));
    expect(shortestPaths(graph, 'ashot-mkrtychev', 'john-kirby')).toEqual(all.slice(0, 20));
  });

  it('is empty for missing or unconnected nodes, and trivial from a node to itself', async () => {
    const { doc, graph } = await loadFixture('steel-tariff');
    expect(shortestPaths(graph, 'acme-corp', 'nobody')).toEqual([]);
    expect(shortestPaths(graph, 'nobody', 'acme-corp')).toEqual([]);
    expect(shortestPaths(graph, 'acme-corp', 'acme-corp')).toEqual([
      { nodes: ['acme-corp'], edges: [] },
    ]);
    const copy = structuredClone(doc);
    copy.nodes.push({
      id: 'island',
      kind: 'actor',
      actorType: 'person',
      label: 'Island',
      mentions: [{ start: 0, end: 2, exact: 'On' }],
    });
    expect(shortestPaths(buildGraph(copy), 'acme-corp', 'island')).toEqual([]);
    expect(shortestPaths(graph, 'acme-corp', 'carol-diaz', { maxPaths: 0 })).toEqual([]);
  });

  it('honours an edge filter', async () => {
    const { graph } = await loadFixture('steel-tariff');
    const paths = shortestPaths(graph, 'radio-free', 'acme-corp', {
      edgeFilter: (e) => e !== 'ab-dumped-acme',
    });
    expect(paths).toEqual([
      {
        nodes: ['radio-free', 'claim-acme-dumped-steel', 'acme-corp'],
        edges: ['reported:st-diaz-acme-dumped:radio-free', 'st-acme-denies-dumping'],
      },
    ]);
  });
});
