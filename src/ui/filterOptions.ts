/** The choices of the speaker and outlet pickers, from the document graph. */
import type { ClaimGraph } from '../model/build.ts';

export interface IdOption {
  id: string;
  label: string;
  /** Statements this option accounts for in the whole document. */
  count: number;
}

const byCountThenLabel = (a: IdOption, b: IdOption) =>
  b.count - a.count || a.label.localeCompare(b.label);

/** Actors that speak, with their statement counts. */
export function speakerOptions(graph: ClaimGraph): IdOption[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_id, attrs, source) => {
    if (attrs.kind === 'statement') counts.set(source, (counts.get(source) ?? 0) + 1);
  });
  return [...counts]
    .map(([id, count]) => ({ id, count, label: graph.getNodeAttribute(id, 'label') }))
    .sort(byCountThenLabel);
}

/** Outlets, publications and relays named in a statement's `via`, with their statement counts. */
export function outletOptions(graph: ClaimGraph): IdOption[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_id, attrs) => {
    if (attrs.kind !== 'statement') return;
    for (const outlet of new Set(attrs.via)) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  });
  return [...counts]
    .filter(([id]) => graph.hasNode(id))
    .map(([id, count]) => ({ id, count, label: graph.getNodeAttribute(id, 'label') }))
    .sort(byCountThenLabel);
}
