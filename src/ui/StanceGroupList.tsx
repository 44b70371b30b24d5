import { useMemo } from 'react';
import type { StatementEdge } from '../model/schema.ts';
import { StanceGroupSection } from './StanceGroupSection.tsx';
import { groupByStance } from './statementGroups.ts';

export interface StanceGroupListProps {
  statements: readonly StatementEdge[];
  /** Within each stance, group by speaker too (for what was said about an actor). */
  bySpeaker?: boolean;
  /** Test id prefix of each stance group: `<prefix>.<stance>`. */
  testIdPrefix: string;
  empty: string;
}

/**
 * Statements grouped by stance (and optionally by speaker), each with its quote; a long group
 * draws a page at a time.
 */
export function StanceGroupList({
  statements,
  bySpeaker = false,
  testIdPrefix,
  empty,
}: StanceGroupListProps) {
  // Memoised: each group's page (usePage.ts) lasts as long as its statements do.
  const groups = useMemo(() => groupByStance(statements), [statements]);
  if (groups.length === 0) return <p className="details-empty">{empty}</p>;
  return (
    <>
      {groups.map((group) => (
        <StanceGroupSection
          key={group.stance}
          group={group}
          bySpeaker={bySpeaker}
          testId={`${testIdPrefix}.${group.stance}`}
        />
      ))}
    </>
  );
}
