/**
 * Groupings of statements for the details panel: by stance (in the schema's stance order),
 * by speaker, and into the sides of a claim. Pure; statements keep the order they come in
 * (the model's queries return reading order).
 */
import { STANCES, isOpposing, isSupporting } from '../model/vocabulary.ts';
import type { Stance, StatementEdge } from '../model/schema.ts';

export interface StanceGroup {
  stance: Stance;
  statements: StatementEdge[];
}

export interface SpeakerGroup {
  speaker: string;
  statements: StatementEdge[];
}

/** Non-empty groups in the schema's stance order (supporting, opposing, then neutral). */
export function groupByStance(statements: readonly StatementEdge[]): StanceGroup[] {
  return STANCES.map((stance) => ({
    stance,
    statements: statements.filter((s) => s.stance === stance),
  })).filter((g) => g.statements.length > 0);
}

/** Groups by speaker (the statement's source), speakers in order of their first statement. */
export function groupBySpeaker(statements: readonly StatementEdge[]): SpeakerGroup[] {
  const groups = new Map<string, StatementEdge[]>();
  for (const s of statements) {
    const group = groups.get(s.source);
    if (group) group.push(s);
    else groups.set(s.source, [s]);
  }
  return [...groups].map(([speaker, list]) => ({ speaker, statements: list }));
}

export interface ClaimSides {
  /** Allegations, assertions, condemnations. */
  supporting: StatementEdge[];
  /** Denials, rebuttals. */
  opposing: StatementEdge[];
  /** Assessments, evasions. */
  other: StatementEdge[];
}

/** The sides of a claim: who supports it, who opposes it, who does neither. */
export function claimSides(statements: readonly StatementEdge[]): ClaimSides {
  return {
    supporting: statements.filter((s) => isSupporting(s.stance)),
    opposing: statements.filter((s) => isOpposing(s.stance)),
    other: statements.filter((s) => !isSupporting(s.stance) && !isOpposing(s.stance)),
  };
}
