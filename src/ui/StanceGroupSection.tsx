import { useMemo } from 'react';
import { ElementLink } from './ElementLink.tsx';
import { ShowMore } from './ShowMore.tsx';
import { StanceBadge } from './StanceBadge.tsx';
import { groupBySpeaker, type StanceGroup } from './statementGroups.ts';
import { StatementItem } from './StatementItem.tsx';
import { usePage } from './usePage.ts';
import './panels.css';

export interface StanceGroupSectionProps {
  group: StanceGroup;
  /** Group by speaker too (for what was said about an actor): a page of speakers at a time. */
  bySpeaker: boolean;
  testId: string;
}

/** One stance's statements, each with its quote, a page at a time (usePage.ts). */
export function StanceGroupSection({ group, bySpeaker, testId }: StanceGroupSectionProps) {
  const speakers = useMemo(
    () => (bySpeaker ? groupBySpeaker(group.statements) : []),
    [bySpeaker, group.statements],
  );
  const speakerPage = usePage(speakers);
  const statementPage = usePage(group.statements);
  return (
    <div className="stance-group" data-testid={testId}>
      <h4 className="stance-group-title">
        <StanceBadge stance={group.stance} suffix={`(${group.statements.length})`} />
      </h4>
      {bySpeaker ? (
        <>
          {speakerPage.shown.map((speaker) => (
            <div key={speaker.speaker} className="speaker-group">
              <h5 className="speaker-group-title">
                <ElementLink id={speaker.speaker} />
              </h5>
              <ul className="statement-list">
                {speaker.statements.map((s) => (
                  <StatementItem key={s.id} statement={s} showSpeaker={false} showStance={false} />
                ))}
              </ul>
            </div>
          ))}
          <ShowMore page={speakerPage} noun="speakers" testId={`${testId}.page`} />
        </>
      ) : (
        <>
          <ul className="statement-list">
            {statementPage.shown.map((s) => (
              <StatementItem key={s.id} statement={s} showSpeaker={false} showStance={false} />
            ))}
          </ul>
          <ShowMore page={statementPage} noun="statements" testId={`${testId}.page`} />
        </>
      )}
    </div>
  );
}
