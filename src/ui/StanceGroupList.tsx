import type { StatementEdge } from '../model/schema.ts';
import { StanceBadge } from './StanceBadge.tsx';
import { groupBySpeaker, groupByStance } from './statementGroups.ts';
import { StatementItem } from './StatementItem.tsx';
import { ElementLink } from './ElementLink.tsx';
import './panels.css';

export interface StanceGroupListProps {
  statements: readonly StatementEdge[];
  /** Within each stance, group by speaker too (for what was said about an actor). */
  bySpeaker?: boolean;
  /** Test id prefix of each stance group: `<prefix>.<stance>`. */
  testIdPrefix: string;
  empty: string;
}

/** Statements grouped by stance (and optionally by speaker), each with its quote. */
export function StanceGroupList({
  statements,
  bySpeaker = false,
  testIdPrefix,
  empty,
}: StanceGroupListProps) {
  const groups = groupByStance(statements);
  if (groups.length === 0) return <p className="details-empty">{empty}</p>;
  return (
    <>
      {groups.map((group) => (
        <div
          key={group.stance}
          className="stance-group"
          data-testid={`${testIdPrefix}.${group.stance}`}
        >
          <h4 className="stance-group-title">
            <StanceBadge stance={group.stance} suffix={`(${group.statements.length})`} />
          </h4>
          {bySpeaker ? (
            groupBySpeaker(group.statements).map((speaker) => (
              <div key={speaker.speaker} className="speaker-group">
                <h5 className="speaker-group-title">
                  <ElementLink id={speaker.speaker} />
                </h5>
                <ul className="statement-list">
                  {speaker.statements.map((s) => (
                    <StatementItem
                      key={s.id}
                      statement={s}
                      showSpeaker={false}
                      showStance={false}
                    />
                  ))}
                </ul>
              </div>
            ))
          ) : (
            <ul className="statement-list">
              {group.statements.map((s) => (
                <StatementItem key={s.id} statement={s} showSpeaker={false} showStance={false} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
