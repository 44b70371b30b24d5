import type { CSSProperties } from 'react';
import { STANCE_COLORS } from '../graph/palette.ts';
import type { StatementEdge } from '../model/schema.ts';
import { ElementLink } from './ElementLink.tsx';
import { EvidenceQuotes } from './EvidenceQuotes.tsx';
import { formatPartialDate } from './formatDate.ts';
import { StanceBadge } from './StanceBadge.tsx';
import { ViaChain } from './ViaChain.tsx';
import './panels.css';

export interface StatementItemProps {
  statement: StatementEdge;
  /** Show the speaker (off where the list is already one speaker's). */
  showSpeaker?: boolean;
  /** Show the claim (off where the list is already about one claim). */
  showClaim?: boolean;
  /** Show the stance badge (off where the list is already grouped by stance). */
  showStance?: boolean;
}

export const QUOTE_KIND_LABELS: Record<StatementEdge['quote'], string> = {
  direct: 'direct quote',
  indirect: 'indirect (paraphrase)',
  mixed: 'mixed quote',
};

/** One statement in a list: who, what, through whom, when, and the words of the text. */
export function StatementItem({
  statement,
  showSpeaker = true,
  showClaim = true,
  showStance = true,
}: StatementItemProps) {
  const s = statement;
  return (
    <li
      className="statement-item"
      data-testid={`details.statement.${s.id}`}
      data-stance={s.stance}
      style={{ '--stance': STANCE_COLORS[s.stance] } as CSSProperties}
    >
      {(showSpeaker || showStance) && (
        <div className="statement-head">
          {showStance && <StanceBadge stance={s.stance} />}
          {showSpeaker && <ElementLink id={s.source} className="statement-speaker" />}
        </div>
      )}
      {showClaim && (
        <p className="statement-claim">
          <ElementLink id={s.target} />
        </p>
      )}
      <p className="statement-meta">
        <span className="statement-cue">“{s.cue}”</span>
        {s.via.length > 0 && (
          <span>
            {' · via '}
            <ViaChain via={s.via} />
          </span>
        )}
        {s.date && (
          <span>
            {' · '}
            {formatPartialDate(s.date)}
            {s.dateInferred ? ' (inferred)' : ''}
          </span>
        )}
        <span>
          {' · '}
          <ElementLink id={s.id}>statement</ElementLink>
        </span>
      </p>
      <EvidenceQuotes spans={s.evidence} />
    </li>
  );
}
