import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/model/build.ts';
import { applyFilters } from '../src/model/filters.ts';
import { formatProblem, validateDocument } from '../src/model/validate.ts';
import { generateCorpus, STANCE_MIX } from './generate.ts';

const corpus = generateCorpus({ nodes: 1000 });

describe('generateCorpus', () => {
  it('makes a valid document: schema, ids, endpoints, exact spans, cues, outlets, text hash', () => {
    const result = validateDocument({
      raw: corpus.graph,
      text: corpus.text,
      textSha256: createHash('sha256').update(corpus.text).digest('hex'),
      file: 'bench-1k/graph.json',
    });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateCorpus({ nodes: 1000 });
    expect(JSON.stringify(again.graph)).toBe(JSON.stringify(corpus.graph));
    expect(again.text).toBe(corpus.text);
    expect(again.layout).toEqual(corpus.layout);
    const other = generateCorpus({ nodes: 1000, seed: 1 });
    expect(other.text).not.toBe(corpus.text);
  });

  it('has the size, the mix and about 3 drawn edges per node', () => {
    const { stats } = corpus;
    expect(stats.nodes).toBe(1000);
    expect(corpus.graph.document.id).toBe('bench-1k');
    for (const [stance, share] of Object.entries(STANCE_MIX)) {
      expect(stats.stances[stance as keyof typeof STANCE_MIX]).toBe(Math.round(1000 * share));
    }
    const graph = buildGraph(corpus.graph);
    expect(graph.size / graph.order).toBeGreaterThan(2.7);
    expect(graph.size / graph.order).toBeLessThan(3.3);
    expect(stats.derivedEdges).toBe(graph.size - stats.storedEdges);
    expect(stats.anonymousActors).toBeGreaterThan(0);
    expect(stats.contestedClaims / stats.claims).toBeGreaterThan(0.1);
    const types = new Set(
      corpus.graph.nodes.flatMap((n) => (n.kind === 'actor' ? [n.actorType] : [])),
    );
    expect(types.size).toBe(9);
  });

  it('places every node, apart from each other', () => {
    const positions = corpus.layout.positions;
    expect(Object.keys(positions).sort()).toEqual(corpus.graph.nodes.map((n) => n.id).sort());
    const seen = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
    expect(seen.size).toBe(corpus.graph.nodes.length);
  });

  it('gives the Denials preset something to show', () => {
    const graph = buildGraph(corpus.graph);
    const denials = applyFilters(graph, { filters: [{ kind: 'stance', values: ['denial'] }] });
    expect(denials.nodes.size).toBeGreaterThan(50);
    expect(denials.nodes.size).toBeLessThan(graph.order / 2);
  });
});
