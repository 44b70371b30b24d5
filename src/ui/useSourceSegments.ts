import { useEffect, useState } from 'react';
import type { ClaimGraph } from '../model/build.ts';
import { runInSlices } from '../state/runInSlices.ts';
import { highlightSpanSteps, segmentTextSteps, type Segment } from './sourceSegments.ts';

/**
 * Texts up to this long are cut in the render that shows them (the article's 9 kB: ~1 ms);
 * longer ones in slices of a task each, the panel saying meanwhile that the text is coming.
 */
export const EAGER_TEXT_CHARS = 100_000;
/**
 * Work per slice of a long text: small, as a slice may end with one of the cut's longer steps
 * (its two sorts, ~30 ms each for the 50k corpus).
 */
const SLICE_MS = 12;

/** Segments already cut, by graph: opening the panel again does not cut them again. */
const cut = new WeakMap<ClaimGraph, { text: string; segments: Segment[] }>();

const cached = (graph: ClaimGraph, text: string): Segment[] | undefined => {
  const hit = cut.get(graph);
  return hit && hit.text === text ? hit.segments : undefined;
};

function* steps(graph: ClaimGraph, text: string): Generator<void, Segment[], void> {
  const spans = yield* highlightSpanSteps(graph);
  const segments = yield* segmentTextSteps(text, spans);
  cut.set(graph, { text, segments });
  return segments;
}

function cutNow(graph: ClaimGraph, text: string): Segment[] {
  const run = steps(graph, text);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

interface Done {
  graph: ClaimGraph;
  text: string;
  segments: Segment[];
}

/**
 * The source text cut into highlight segments (sourceSegments.ts), or undefined while a long
 * text is being cut: a 50 000-node corpus's 8 MB took one task of ~0.3 s after the graph's
 * first render (issue 7). A new graph or text starts again; one seen before is remembered.
 */
export function useSourceSegments(graph: ClaimGraph, text: string): Segment[] | undefined {
  const [done, setDone] = useState<Done | undefined>(() => {
    const segments =
      cached(graph, text) ?? (text.length <= EAGER_TEXT_CHARS ? cutNow(graph, text) : undefined);
    return segments && { graph, text, segments };
  });
  const current = done && done.graph === graph && done.text === text ? done.segments : undefined;
  useEffect(() => {
    if (current) return;
    const hit = cached(graph, text);
    if (hit || text.length <= EAGER_TEXT_CHARS) {
      setDone({ graph, text, segments: hit ?? cutNow(graph, text) });
      return;
    }
    return runInSlices(
      steps(graph, text),
      (segments) => setDone({ graph, text, segments }),
      SLICE_MS,
    );
  }, [graph, text, current]);
  return current;
}
