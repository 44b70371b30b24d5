import { useMemo } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { allStatements } from '../model/queries.ts';
import type { EventNode, ParticipantEdge } from '../model/schema.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { ElementLink } from './ElementLink.tsx';
import { StatementItem } from './StatementItem.tsx';
import './panels.css';

export interface EventDetailsProps {
  event: EventNode;
}

/** An event: who took part and in what role, which claims are about it, what it published. */
export function EventDetails({ event }: EventDetailsProps) {
  const { graph } = useLoadedDocument();
  const data = useMemo(() => {
    const participants: ParticipantEdge[] = [];
    const claims: { claim: string; edge: string; role?: string }[] = [];
    graph.forEachInEdge(event.id, (_key, edge) => {
      if (edge.kind === 'participant') participants.push(edge);
      if (edge.kind === 'about')
        claims.push({ claim: edge.source, edge: edge.id, role: edge.role });
    });
    const relayed = allStatements(graph).filter((s) => s.via.includes(event.id));
    return { participants, claims, relayed };
  }, [graph, event.id]);

  return (
    <>
      <DetailsSection name="participants" title="Participants" count={data.participants.length}>
        {data.participants.length === 0 ? (
          <p className="details-empty">No participants named in the text.</p>
        ) : (
          <ul className="relation-list">
            {data.participants.map((edge) => (
              <li key={edge.id} data-testid={`details.relation.${edge.id}`}>
                <ElementLink id={edge.source} />
                {' as '}
                <ElementLink id={edge.id} className="relation-role">
                  {edge.role}
                </ElementLink>
              </li>
            ))}
          </ul>
        )}
      </DetailsSection>
      <DetailsSection name="claims" title="Claims about it" count={data.claims.length}>
        {data.claims.length === 0 ? (
          <p className="details-empty">No claims about this event.</p>
        ) : (
          <ul className="relation-list">
            {data.claims.map((c) => (
              <li key={c.edge} data-testid={`details.relation.${c.edge}`}>
                <ElementLink id={c.claim} />
                {c.role && (
                  <span className="details-muted">
                    {' ('}
                    <ElementLink id={c.edge} className="relation-role">
                      {c.role}
                    </ElementLink>
                    {')'}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </DetailsSection>
      {data.relayed.length > 0 && (
        <DetailsSection name="relayed" title="Statements it reports" count={data.relayed.length}>
          <ul className="statement-list">
            {data.relayed.map((s) => (
              <StatementItem key={s.id} statement={s} />
            ))}
          </ul>
        </DetailsSection>
      )}
    </>
  );
}
