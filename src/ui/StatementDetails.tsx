import { useMemo } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { isContested, statementsOn } from '../model/queries.ts';
import type { StatementEdge } from '../model/schema.ts';
import { ContestedMark } from './ContestedMark.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import { ElementLink } from './ElementLink.tsx';
import { EvidenceQuotes } from './EvidenceQuotes.tsx';
import { formatPartialDate } from './formatDate.ts';
import { StanceBadge } from './StanceBadge.tsx';
import { QUOTE_KIND_LABELS } from './StatementItem.tsx';
import { ViaChain } from './ViaChain.tsx';
import './panels.css';

export interface StatementDetailsProps {
  statement: StatementEdge;
}

/** A statement: speaker, stance, claim, cue, outlet chain, date, quote kind, quote, note. */
export function StatementDetails({ statement: s }: StatementDetailsProps) {
  const { graph } = useLoadedDocument();
  const contested = useMemo(() => isContested(statementsOn(graph, s.target)), [graph, s.target]);
  return (
    <>
      <dl className="details-facts">
        <dt>Speaker</dt>
        <dd>
          <ElementLink id={s.source} />
        </dd>
        <dt>Stance</dt>
        <dd>
          <StanceBadge stance={s.stance} />
        </dd>
        <dt>Claim</dt>
        <dd>
          <ElementLink id={s.target} />
          {contested && (
            <>
              {' '}
              <ContestedMark />
            </>
          )}
        </dd>
        <dt>Cue</dt>
        <dd>“{s.cue}”</dd>
        <dt>Via</dt>
        <dd>{s.via.length > 0 ? <ViaChain via={s.via} /> : 'directly (no outlet named)'}</dd>
        <dt>Date</dt>
        <dd>
          {s.date ? formatPartialDate(s.date) : 'not given'}
          {s.date && s.dateInferred ? ' (inferred)' : ''}
        </dd>
        <dt>Quote</dt>
        <dd>{QUOTE_KIND_LABELS[s.quote]}</dd>
      </dl>
      <DetailsSection name="quote" title="In the text">
        <EvidenceQuotes spans={s.evidence} />
      </DetailsSection>
      {s.note && (
        <DetailsSection name="note" title="Note">
          <p className="details-description">{s.note}</p>
        </DetailsSection>
      )}
    </>
  );
}
