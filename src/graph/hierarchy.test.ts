import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/build.ts';
import { loadArticle } from '../model/test-support.ts';
import { hierarchyLayout } from './hierarchy.ts';
import { tinyDocument } from './testGraph.ts';

describe('hierarchyLayout', () => {
  it('puts the root on top and each level below the one before', async () => {
    const { graph } = await loadArticle();
    const { positions, levels } = hierarchyLayout(graph, 'john-kirby');
    expect(levels[0]).toEqual(['john-kirby']);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    for (let d = 1; d < levels.length; d++) {
      const above = Math.max(...(levels[d - 1] ?? []).map((id) => positions[id]!.y));
      const here = Math.min(...(levels[d] ?? []).map((id) => positions[id]!.y));
      expect(here).toBeGreaterThan(above);
    }
    expect(hierarchyLayout(graph, 'john-kirby')).toEqual({ positions, levels });
  });

  it('wraps wide levels so the picture stays wider than high but not a ribbon', async () => {
    const { graph } = await loadArticle();
    const points = Object.values(hierarchyLayout(graph, 'john-kirby').positions);
    const width = Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x));
    const height = Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y));
    expect(width / height).toBeGreaterThan(1);
    expect(width / height).toBeLessThan(4);
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(points.length);
  });

  it('puts what the root cannot reach in a last band', () => {
    const doc = tinyDocument();
    doc.nodes.push({
      id: 'alone',
      kind: 'actor',
      actorType: 'person',
      label: 'Alone',
      mentions: [{ start: 0, end: 1, exact: 'A' }],
    });
    const { positions, levels } = hierarchyLayout(buildGraph(doc), 'alice');
    expect(levels.at(-1)).toEqual(['alone']);
    const others = Object.entries(positions).filter(([id]) => id !== 'alone');
    expect(positions.alone!.y).toBeGreaterThan(Math.max(...others.map(([, p]) => p.y)));
  });
});
