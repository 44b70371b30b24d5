import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/build.ts';
import type { DocumentGraph } from '../model/schema.ts';
import { NO_EMPHASIS, pathMessage, viewEmphasis } from './emphasis.ts';
import { tinyDocument } from './testGraph.ts';

const span = [{ start: 0, end: 1, exact: 'x' }];

/** The tiny document plus a separate pair: Bob, who asserts a claim of his own. */
function twoComponents(): DocumentGraph {
  const doc = tinyDocument();
  doc.nodes.push(
    { id: 'bob', kind: 'actor', actorType: 'person', label: 'Bob', mentions: span },
    { id: 'rain', kind: 'claim', label: 'It will rain', mentions: span },
  );
  doc.edges.push({
    id: 'bob-asserts-rain',
    kind: 'statement',
    source: 'bob',
    target: 'rain',
    stance: 'assertion',
    cue: 'said',
    via: [],
    quote: 'direct',
    evidence: span,
  });
  return doc;
}

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('viewEmphasis', () => {
  it('leaves everything alone without filters, focus or path', () => {
    expect(viewEmphasis(buildGraph(tinyDocument()), {})).toEqual({ emphasis: NO_EMPHASIS });
  });

  it('focus dims or hides what lies beyond the depth', () => {
    const graph = buildGraph(tinyDocument());
    const dim = viewEmphasis(graph, { focus: { node: 'talks', depth: 1, mode: 'dim' } });
    // The talks and Alice stay, with the edge between them.
    const all = [...graph.nodes(), ...graph.edges()];
    const kept = ['talks', 'alice', 'alice-at-talks'];
    expect(sorted(dim.emphasis.dimmed)).toEqual(all.filter((id) => !kept.includes(id)).sort());
    expect(dim.emphasis.hidden.size).toBe(0);
    const hide = viewEmphasis(graph, { focus: { node: 'talks', depth: 1, mode: 'hide' } });
    expect(sorted(hide.emphasis.hidden)).toEqual(sorted(dim.emphasis.dimmed));
    expect(hide.emphasis.dimmed.size).toBe(0);
    const deeper = viewEmphasis(graph, { focus: { node: 'talks', depth: 2, mode: 'hide' } });
    expect(deeper.emphasis.hidden.size).toBeLessThan(hide.emphasis.hidden.size);
  });

  it('says so when the focus node does not exist', () => {
    const result = viewEmphasis(buildGraph(tinyDocument()), {
      focus: { node: 'nobody', depth: 1, mode: 'hide' },
    });
    expect(result.message).toBe('Cannot focus: nobody is not in this document');
    expect(result.emphasis).toBe(NO_EMPHASIS);
  });

  it('highlights every shortest path and dims the rest', () => {
    const graph = buildGraph(tinyDocument());
    const result = viewEmphasis(graph, { path: { from: 'wire', to: 'alice' } });
    expect(result.message).toBeUndefined();
    expect(result.paths).toHaveLength(1);
    expect(sorted(result.emphasis.highlighted)).toEqual(
      [
        'wire',
        'deal',
        'alice',
        'reported:officials-allege-deal:wire',
        'alice-denies-deal',
        'deal-about-alice',
      ].sort(),
    );
    expect(result.emphasis.dimmed.has('officials')).toBe(true);
    expect(result.emphasis.dimmed.has('deal')).toBe(false);
  });

  it('says plainly when no path exists', () => {
    const graph = buildGraph(twoComponents());
    const result = viewEmphasis(graph, { path: { from: 'alice', to: 'bob' } });
    expect(result.message).toBe('No path between Alice and Bob');
    expect(result.paths).toEqual([]);
    expect(sorted(result.emphasis.highlighted)).toEqual(['alice', 'bob']);
    expect(result.emphasis.dimmed.size).toBe(0);
  });

  it('names the ids a path link asks for that do not exist', () => {
    const graph = buildGraph(tinyDocument());
    expect(pathMessage(graph, { from: 'alice', to: 'zed' }, [])).toBe(
      'Cannot find a path: zed is not in this document',
    );
    expect(pathMessage(graph, { from: 'yves', to: 'zed' }, [])).toBe(
      'Cannot find a path: yves and zed are not in this document',
    );
  });

  it('hides what the filters leave out, and shows their context dimmed', () => {
    const graph = buildGraph(tinyDocument());
    const filters = [{ kind: 'stance' as const, values: ['denial' as const] }];
    const plain = viewEmphasis(graph, { filters });
    expect(plain.emphasis.hidden.has('officials')).toBe(true);
    expect(plain.emphasis.hidden.has('alice-denies-deal')).toBe(false);
    const context = viewEmphasis(graph, { filters, context: true });
    expect(context.emphasis.dimmed.has('officials')).toBe(true);
    expect(context.emphasis.hidden.has('officials')).toBe(false);
    // Paths walk only what the filters show.
    const path = viewEmphasis(graph, { filters, path: { from: 'alice', to: 'wire' } });
    expect(path.message).toBe('No path between Alice and Wire among the elements the filters show');
  });
});
