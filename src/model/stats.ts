/** Counts that summarise a document graph: the `claimgraph stats` output. */
import { isDerivedEdgeId, type ClaimGraph } from './build.ts';
import { contestedClaims } from './queries.ts';
import { ACTOR_TYPES, STANCES } from './vocabulary.ts';
import type { ActorType, Stance } from './schema.ts';

export interface GraphStats {
  /** Stored nodes. */
  nodes: number;
  /** Stored edges (graph.json), without the derived `reported` edges. */
  edges: number;
  /** Derived outlet → claim `reported` edges. */
  derivedEdges: number;
  byKind: { actor: number; event: number; claim: number };
  byEdgeKind: Record<string, number>;
  byActorType: Record<ActorType, number>;
  byStance: Record<Stance, number>;
  statements: number;
  anonymousActors: number;
  /** Number of contested claims. */
  contested: number;
  contestedClaims: string[];
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function computeStats(graph: ClaimGraph): GraphStats {
  const byKind = { actor: 0, event: 0, claim: 0 };
  const byActorType = zeros(ACTOR_TYPES);
  const byStance = zeros(STANCES);
  const byEdgeKind: Record<string, number> = {};
  let anonymousActors = 0;
  graph.forEachNode((_id, node) => {
    byKind[node.kind] += 1;
    if (node.kind === 'actor') {
      byActorType[node.actorType] += 1;
      if (node.anonymous) anonymousActors += 1;
    }
  });
  let edges = 0;
  let derivedEdges = 0;
  graph.forEachEdge((id, edge) => {
    if (isDerivedEdgeId(id)) derivedEdges += 1;
    else edges += 1;
    byEdgeKind[edge.kind] = (byEdgeKind[edge.kind] ?? 0) + 1;
    if (edge.kind === 'statement') byStance[edge.stance] += 1;
  });
  const contested = contestedClaims(graph).map((c) => c.claim.id);
  return {
    nodes: graph.order,
    edges,
    derivedEdges,
    byKind,
    byEdgeKind,
    byActorType,
    byStance,
    statements: byEdgeKind.statement ?? 0,
    anonymousActors,
    contested: contested.length,
    contestedClaims: contested,
  };
}
