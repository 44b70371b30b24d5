/**
 * The article text cut into highlight segments: every evidence span (edges) and mention span
 * (nodes) of the graph is laid over the text, and the text is split at every span boundary, so
 * each segment knows every element it supports even where spans overlap. Pure: no DOM, no React.
 */
import type { ClaimGraph } from '../model/build.ts';
import type { Stance } from '../model/schema.ts';

/** What kind of element a span belongs to, as the source panel styles and orders it. */
export type HighlightRole = 'statement' | 'claim' | 'event' | 'actor' | 'relation';

/** One span of one element. */
export interface HighlightSpan {
  start: number;
  end: number;
  element: string;
  role: HighlightRole;
  /** For statement evidence: the statement's stance. */
  stance?: Stance;
}

/** A run of text between two consecutive span boundaries. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /**
   * Every element whose spans cover the whole segment, without repeats: statements first,
   * then claims, events, actors, then the other edges (about, participant, affiliation);
   * within a role by the start of their span, then by id. Empty for unhighlighted text.
   */
  elements: string[];
  /** Stances of the statements among `elements`, in their order, without repeats. */
  stances: Stance[];
  /** The strongest role among the spans (the order of `elements`), or null for plain text. */
  role: HighlightRole | null;
  /** Every role among the spans, strongest first, without repeats. */
  roles: HighlightRole[];
}

const ROLE_ORDER: Record<HighlightRole, number> = {
  statement: 0,
  claim: 1,
  event: 2,
  actor: 3,
  relation: 4,
};

/** Every mention span of every node and every evidence span of every stored edge. */
export function highlightSpans(graph: ClaimGraph): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  graph.forEachNode((id, node) => {
    for (const m of node.mentions)
      spans.push({ start: m.start, end: m.end, element: id, role: node.kind });
  });
  graph.forEachEdge((id, edge) => {
    if (edge.kind === 'reported') return;
    for (const e of edge.evidence) {
      if (edge.kind === 'statement')
        spans.push({
          start: e.start,
          end: e.end,
          element: id,
          role: 'statement',
          stance: edge.stance,
        });
      else spans.push({ start: e.start, end: e.end, element: id, role: 'relation' });
    }
  });
  return spans;
}

const compareSpans = (a: HighlightSpan, b: HighlightSpan): number =>
  ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
  a.start - b.start ||
  a.element.localeCompare(b.element);

const sameElements = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Splits `text` into segments that cover it from start to end, cut at every boundary of the
 * given spans. Spans outside the text, or empty after clipping to it, are ignored. Adjacent
 * segments supported by the very same elements are merged.
 */
export function segmentText(text: string, spans: readonly HighlightSpan[]): Segment[] {
  const steps = segmentTextSteps(text, spans);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Segments cut between two pauses of segmentTextSteps. */
const CUTS_PER_STEP = 2000;

/**
 * segmentText as steps, pausing every CUTS_PER_STEP cuts: a 50 000-node corpus's text (8 MB,
 * ~0.3 s here) is cut in slices of a task each (runInSlices), not in one long task (issue 7).
 */
export function* segmentTextSteps(
  text: string,
  spans: readonly HighlightSpan[],
): Generator<void, Segment[], void> {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const bounds = new Set<number>([0, text.length]);
  for (const s of valid) {
    bounds.add(s.start);
    bounds.add(s.end);
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);

  const segments: Segment[] = [];
  let active: HighlightSpan[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    if (i % CUTS_PER_STEP === CUTS_PER_STEP - 1) yield;
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    active = active.filter((s) => s.end > from);
    while (next < byStart.length && (byStart[next] as HighlightSpan).start <= from) {
      const span = byStart[next] as HighlightSpan;
      if (span.end > from) active.push(span);
      next += 1;
    }
    const ordered = [...active].sort(compareSpans);
    const elements: string[] = [];
    const stances: Stance[] = [];
    const roles: HighlightRole[] = [];
    for (const s of ordered) {
      if (!elements.includes(s.element)) elements.push(s.element);
      if (s.stance && !stances.includes(s.stance)) stances.push(s.stance);
      if (!roles.includes(s.role)) roles.push(s.role);
    }
    const role = ordered[0]?.role ?? null;
    const last = segments[segments.length - 1];
    if (last && last.end === from && sameElements(last.elements, elements)) {
      last.end = to;
      last.text = text.slice(last.start, to);
      continue;
    }
    segments.push({
      start: from,
      end: to,
      text: text.slice(from, to),
      elements,
      stances,
      role,
      roles,
    });
  }
  return segments;
}

/**
 * The element whose spans stand for `id` in the text: the element itself, or for a derived
 * `reported` edge (which has no evidence of its own) the statement it comes from.
 */
export function spanOwner(graph: ClaimGraph, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  if (graph.hasEdge(id)) {
    const edge = graph.getEdgeAttributes(id);
    return edge.kind === 'reported' ? edge.statement : id;
  }
  return graph.hasNode(id) ? id : undefined;
}
