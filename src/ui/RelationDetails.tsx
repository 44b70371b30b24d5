import type { AboutEdge, AffiliationEdge, ParticipantEdge } from '../model/schema.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { ElementLink } from './ElementLink.tsx';
import { EvidenceQuotes } from './EvidenceQuotes.tsx';
import './panels.css';

export interface RelationDetailsProps {
  edge: AboutEdge | ParticipantEdge | AffiliationEdge;
}

const ENDS: Record<RelationDetailsProps['edge']['kind'], [string, string]> = {
  about: ['Claim', 'About'],
  participant: ['Participant', 'Event'],
  affiliation: ['Actor', 'Affiliated with'],
};

/** An about, participant or affiliation edge: its two ends, its role and its evidence. */
export function RelationDetails({ edge }: RelationDetailsProps) {
  const [from, to] = ENDS[edge.kind];
  return (
    <>
      <dl className="details-facts">
        <dt>{from}</dt>
        <dd>
          <ElementLink id={edge.source} />
        </dd>
        <dt>Role</dt>
        <dd>{edge.role ?? 'not given'}</dd>
        <dt>{to}</dt>
        <dd>
          <ElementLink id={edge.target} />
        </dd>
      </dl>
      <DetailsSection name="quote" title="In the text">
        <EvidenceQuotes spans={edge.evidence} />
      </DetailsSection>
    </>
  );
}
