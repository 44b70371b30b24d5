/**
 * Questions analysts ask of a document graph: what did X say, what was said about X, which
 * claims are contested. Statements come back in reading order (by their first evidence span).
 */
import type { ClaimGraph } from './build.ts';
import { isOpposing, isSupporting } from './vocabulary.ts';
import type { ClaimNode, StatementEdge } from './schema.ts';

const byReadingOrder = (a: StatementEdge, b: StatementEdge): number =>
  (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.id.localeCompare(b.id);

/** Every statement edge of the graph, in reading order. */
export function allStatements(graph: ClaimGraph): StatementEdge[] {
  const out: StatementEdge[] = [];
  graph.forEachEdge((_key, attrs) => {
    if (attrs.kind === 'statement') out.push(attrs);
  });
  return out.sort(byReadingOrder);
}

/** Statements whose speaker is `actorId`. */
export function statementsBy(graph: ClaimGraph, actorId: string): StatementEdge[] {
  if (!graph.hasNode(actorId)) return [];
  const out: StatementEdge[] = [];
  graph.forEachOutEdge(actorId, (_key, attrs) => {
    if (attrs.kind === 'statement') out.push(attrs);
  });
  return out.sort(byReadingOrder);
}

/** Statements on the given claim, by any speaker. */
export function statementsOn(graph: ClaimGraph, claimId: string): StatementEdge[] {
  if (!graph.hasNode(claimId)) return [];
  const out: StatementEdge[] = [];
  graph.forEachInEdge(claimId, (_key, attrs) => {
    if (attrs.kind === 'statement') out.push(attrs);
  });
  return out.sort(byReadingOrder);
}

/** Claims that have an `about` edge to `nodeId` (an actor or an event). */
export function claimsAbout(graph: ClaimGraph, nodeId: string): string[] {
  if (!graph.hasNode(nodeId)) return [];
  const claims = new Set<string>();
  graph.forEachInEdge(nodeId, (_key, attrs, source) => {
    if (attrs.kind === 'about') claims.add(source);
  });
  return [...claims];
}

/** Statements, by any speaker, on claims that are `about` the actor. */
export function statementsAbout(graph: ClaimGraph, actorId: string): StatementEdge[] {
  return claimsAbout(graph, actorId)
    .flatMap((claim) => statementsOn(graph, claim))
    .sort(byReadingOrder);
}

/**
 * Whether a claim is contested (DESIGN.md §1): at least one supporting statement
 * (allegation, assertion, condemnation) and at least one opposing one (denial, rebuttal).
 */
export function isContested(statements: readonly StatementEdge[]): boolean {
  return (
    statements.some((s) => isSupporting(s.stance)) && statements.some((s) => isOpposing(s.stance))
  );
}

export interface ContestedClaim {
  claim: ClaimNode;
  supporting: StatementEdge[];
  opposing: StatementEdge[];
}

/** Contested claims, most statements first, then in reading order of the claim's first mention. */
export function contestedClaims(graph: ClaimGraph): ContestedClaim[] {
  const out: ContestedClaim[] = [];
  graph.forEachNode((_id, node) => {
    if (node.kind !== 'claim') return;
    const statements = statementsOn(graph, node.id);
    if (!isContested(statements)) return;
    out.push({
      claim: node,
      supporting: statements.filter((s) => isSupporting(s.stance)),
      opposing: statements.filter((s) => isOpposing(s.stance)),
    });
  });
  const size = (c: ContestedClaim) => c.supporting.length + c.opposing.length;
  return out.sort(
    (a, b) =>
      size(b) - size(a) ||
      (a.claim.mentions[0]?.start ?? 0) - (b.claim.mentions[0]?.start ?? 0) ||
      a.claim.id.localeCompare(b.claim.id),
  );
}
