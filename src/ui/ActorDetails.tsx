import { useMemo } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { allStatements, statementsAbout, statementsBy } from '../model/queries.ts';
import type { ActorNode, AffiliationEdge, ParticipantEdge } from '../model/schema.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { ElementLink } from './ElementLink.tsx';
import { formatPartialDate } from './formatDate.ts';
import { ShowMore } from './ShowMore.tsx';
import { StanceGroupList } from './StanceGroupList.tsx';
import { StatementItem } from './StatementItem.tsx';
import { usePage } from './usePage.ts';
import './panels.css';

export interface ActorDetailsProps {
  actor: ActorNode;
}

/** An actor: what it said, what was said about it, what it relayed, its ties and events. */
export function ActorDetails({ actor }: ActorDetailsProps) {
  const { graph } = useLoadedDocument();
  const data = useMemo(() => {
    const outAffiliations: AffiliationEdge[] = [];
    const inAffiliations: AffiliationEdge[] = [];
    const events: ParticipantEdge[] = [];
    graph.forEachOutEdge(actor.id, (_key, edge) => {
      if (edge.kind === 'affiliation') outAffiliations.push(edge);
      if (edge.kind === 'participant') events.push(edge);
    });
    graph.forEachInEdge(actor.id, (_key, edge) => {
      if (edge.kind === 'affiliation') inAffiliations.push(edge);
    });
    return {
      said: statementsBy(graph, actor.id),
      saidAbout: statementsAbout(graph, actor.id),
      relayed: allStatements(graph).filter((s) => s.via.includes(actor.id)),
      outAffiliations,
      inAffiliations,
      events,
    };
  }, [graph, actor.id]);
  const relayed = usePage(data.relayed);

  return (
    <>
      <DetailsSection name="said" title="Said" count={data.said.length}>
        <StanceGroupList
          statements={data.said}
          testIdPrefix="details.said"
          empty="No statements by this actor in the text."
        />
      </DetailsSection>
      <DetailsSection name="said-about" title="Said about" count={data.saidAbout.length}>
        <StanceGroupList
          statements={data.saidAbout}
          bySpeaker
          testIdPrefix="details.said-about"
          empty="No statements on claims about this actor."
        />
      </DetailsSection>
      {data.relayed.length > 0 && (
        <DetailsSection name="relayed" title="Reported through it" count={data.relayed.length}>
          <ul className="statement-list">
            {relayed.shown.map((s) => (
              <StatementItem key={s.id} statement={s} />
            ))}
          </ul>
          <ShowMore page={relayed} noun="statements" testId="details.relayed.page" />
        </DetailsSection>
      )}
      <DetailsSection
        name="affiliations"
        title="Affiliations"
        count={data.outAffiliations.length + data.inAffiliations.length}
      >
        {data.outAffiliations.length + data.inAffiliations.length === 0 ? (
          <p className="details-empty">None in the text.</p>
        ) : (
          <ul className="relation-list">
            {data.outAffiliations.map((edge) => (
              <li key={edge.id} data-testid={`details.relation.${edge.id}`}>
                <ElementLink id={edge.id} className="relation-role">
                  {edge.role}
                </ElementLink>
                {': '}
                <ElementLink id={edge.target} />
              </li>
            ))}
            {data.inAffiliations.map((edge) => (
              <li key={edge.id} data-testid={`details.relation.${edge.id}`}>
                <ElementLink id={edge.source} />
                {' ('}
                <ElementLink id={edge.id} className="relation-role">
                  {edge.role}
                </ElementLink>
                {')'}
              </li>
            ))}
          </ul>
        )}
      </DetailsSection>
      <DetailsSection name="events" title="Events" count={data.events.length}>
        {data.events.length === 0 ? (
          <p className="details-empty">Takes part in no event of the text.</p>
        ) : (
          <ul className="relation-list">
            {data.events.map((edge) => {
              const event = graph.getNodeAttributes(edge.target);
              const date = event.kind === 'event' ? event.date : undefined;
              return (
                <li key={edge.id} data-testid={`details.relation.${edge.id}`}>
                  <ElementLink id={edge.target} />
                  {' as '}
                  <ElementLink id={edge.id} className="relation-role">
                    {edge.role}
                  </ElementLink>
                  {date && <span className="details-muted"> · {formatPartialDate(date)}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </DetailsSection>
    </>
  );
}
