import { describe, expect, it } from 'vitest';
import { loadArticle } from '../model/test-support.ts';
import {
  highlightSpans,
  highlightSpanSteps,
  segmentText,
  segmentTextSteps,
  spanOwner,
  type HighlightSpan,
  type Segment,
} from './sourceSegments.ts';

const span = (
  start: number,
  end: number,
  element: string,
  role: HighlightSpan['role'] = 'actor',
  stance?: HighlightSpan['stance'],
): HighlightSpan => ({ start, end, element, role, ...(stance ? { stance } : {}) });

const summary = (segments: Segment[]) => segments.map((s) => [s.text, s.elements.join(' ')]);

describe('segmentText', () => {
  it('covers the whole text, in order, with no gaps', () => {
    const text = 'abcdefghij';
    const segments = segmentText(text, [span(2, 5, 'x'), span(4, 8, 'y')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    segments.forEach((s, i) => {
      expect(s.text).toBe(text.slice(s.start, s.end));
      if (i > 0) expect(s.start).toBe(segments[i - 1]?.end);
    });
  });

  it('splits overlapping spans so each segment knows every element it supports', () => {
    const segments = segmentText('abcdefghij', [span(2, 5, 'x'), span(4, 8, 'y')]);
    expect(summary(segments)).toEqual([
      ['ab', ''],
      ['cd', 'x'],
      ['e', 'x y'],
      ['fgh', 'y'],
      ['ij', ''],
    ]);
  });

  it('handles nested spans and identical spans of several elements', () => {
    const text = 'Kirby claimed that Moscow offered food';
    const statement = span(0, text.length, 'st-a', 'statement', 'allegation');
    const same = span(0, text.length, 'st-b', 'statement', 'assertion');
    const mention = span(19, 25, 'russia');
    const segments = segmentText(text, [mention, statement, same]);
    expect(summary(segments)).toEqual([
      ['Kirby claimed that ', 'st-a st-b'],
      ['Moscow', 'st-a st-b russia'],
      [' offered food', 'st-a st-b'],
    ]);
    expect(segments[1]?.stances).toEqual(['allegation', 'assertion']);
    expect(segments[1]?.role).toBe('statement');
    expect(segments[1]?.roles).toEqual(['statement', 'actor']);
    expect(segments[0]?.roles).toEqual(['statement']);
  });

  it('lists statements first, then claims, events, actors, then other edges', () => {
    const segments = segmentText('abc', [
      span(0, 3, 'ab-x', 'relation'),
      span(0, 3, 'actor-x', 'actor'),
      span(0, 3, 'event-x', 'event'),
      span(0, 3, 'st-x', 'statement', 'denial'),
      span(0, 3, 'claim-x', 'claim'),
    ]);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.elements).toEqual(['st-x', 'claim-x', 'event-x', 'actor-x', 'ab-x']);
  });

  it('merges adjacent runs of the same elements and lists an element once', () => {
    const segments = segmentText('abcdef', [span(0, 3, 'x'), span(3, 6, 'x'), span(1, 2, 'x')]);
    expect(summary(segments)).toEqual([['abcdef', 'x']]);
  });

  it('ignores spans outside the text and clips those that run past it', () => {
    const segments = segmentText('abc', [span(5, 9, 'gone'), span(2, 10, 'clipped')]);
    expect(summary(segments)).toEqual([
      ['ab', ''],
      ['c', 'clipped'],
    ]);
  });

  it('gives the empty text no segments and plain text one', () => {
    expect(segmentText('', [])).toEqual([]);
    expect(summary(segmentText('plain', []))).toEqual([['plain', '']]);
  });
});

describe('the article in segments', () => {
  it('highlights every span of the graph and keeps the text byte for byte', async () => {
    const { graph, text, doc } = await loadArticle();
    const spans = highlightSpans(graph);
    const expected =
      doc.nodes.reduce((n, node) => n + node.mentions.length, 0) +
      doc.edges.reduce((n, edge) => n + edge.evidence.length, 0);
    expect(spans).toHaveLength(expected);
    const segments = segmentText(text, spans);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of spans) {
      const covering = segments.filter((seg) => seg.start < s.end && seg.end > s.start);
      expect(covering.every((seg) => seg.elements.includes(s.element))).toBe(true);
    }
  });

  it('colours a statement passage with its stance', async () => {
    const { graph, text } = await loadArticle();
    const segments = segmentText(text, highlightSpans(graph));
    const chocolate = segments.find((s) => s.text.includes('chocolate'));
    expect(chocolate?.elements[0]).toBe('st-mkrtychev-denies-brokering');
    expect(chocolate?.stances).toEqual(['denial']);
  });

  it('maps a derived reported edge to the statement it comes from', async () => {
    const { graph } = await loadArticle();
    expect(spanOwner(graph, 'reported:st-kirby-chips-npr:npr')).toBe('st-kirby-chips-npr');
    expect(spanOwner(graph, 'john-kirby')).toBe('john-kirby');
    expect(spanOwner(graph, 'nope')).toBeUndefined();
    expect(spanOwner(graph, undefined)).toBeUndefined();
  });
});

describe('segmentTextSteps', () => {
  const drain = <T>(steps: Generator<void, T, void>) => {
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    return { pauses, value: step.value };
  };

  it('pauses on a long text and cuts it as segmentText does', () => {
    const text = 'word '.repeat(6000);
    const spans = Array.from({ length: 3000 }, (_, i) => span(i * 10, i * 10 + 4, `e${i % 7}`));
    const long = drain(segmentTextSteps(text, spans));
    // Three pauses between its sorts, and one every 2 000 of the 6 000 cuts.
    expect(long.pauses).toBe(6);
    expect(long.value).toEqual(segmentText(text, spans));
    expect(long.value.map((s) => s.text).join('')).toBe(text);
    // Spans that share a start, in any order, cut the same.
    const shuffled = [...spans].reverse();
    expect(drain(segmentTextSteps(text, shuffled)).value).toEqual(long.value);
  });

  it('reads the graph in steps too, with the spans highlightSpans gives', async () => {
    const { graph } = await loadArticle();
    expect(drain(highlightSpanSteps(graph)).value).toEqual(highlightSpans(graph));
  });
});
