/**
 * Leader boards of a document: who speaks most, who is talked about most, which claims are
 * fought over most. Every list is sorted by its count, highest first, then by label, then by
 * id, and cut to `limit` entries; entries with a count of 0 are left out.
 */
import type { ClaimGraph } from './build.ts';
import { contestedClaims, statementsAbout } from './queries.ts';

export interface RankedActor {
  id: string;
  label: string;
  count: number;
}

export interface RankedClaim {
  id: string;
  label: string;
  /** Allegations, assertions and condemnations on the claim. */
  supporting: number;
  /** Denials and rebuttals on the claim. */
  opposing: number;
}

export interface Rankings {
  /** Actors by the number of statements they made. */
  vocalSpeakers: RankedActor[];
  /** Actors by the number of statements (by anyone) on claims that are `about` them. */
  discussedActors: RankedActor[];
  /** Contested claims by supporting + opposing statements. */
  contestedClaims: RankedClaim[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const rank = <T extends { id: string; label: string }>(
  items: T[],
  count: (t: T) => number,
  limit: number,
): T[] =>
  items
    .filter((t) => count(t) > 0)
    .sort(
      (a, b) =>
        count(b) - count(a) ||
        collator.compare(a.label, b.label) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, Math.max(0, limit));

/** The three leader boards, each at most `limit` long (default 5). */
export function rankings(graph: ClaimGraph, limit = 5): Rankings {
  const spoken = new Map<string, number>();
  graph.forEachEdge((_id, edge) => {
    if (edge.kind === 'statement') spoken.set(edge.source, (spoken.get(edge.source) ?? 0) + 1);
  });
  const speakers: RankedActor[] = [];
  const discussed: RankedActor[] = [];
  graph.forEachNode((id, node) => {
    if (node.kind !== 'actor') return;
    speakers.push({ id, label: node.label, count: spoken.get(id) ?? 0 });
    discussed.push({ id, label: node.label, count: statementsAbout(graph, id).length });
  });
  const claims: RankedClaim[] = contestedClaims(graph).map((c) => ({
    id: c.claim.id,
    label: c.claim.label,
    supporting: c.supporting.length,
    opposing: c.opposing.length,
  }));
  return {
    vocalSpeakers: rank(speakers, (a) => a.count, limit),
    discussedActors: rank(discussed, (a) => a.count, limit),
    contestedClaims: rank(claims, (c) => c.supporting + c.opposing, limit),
  };
}
