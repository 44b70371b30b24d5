import { useMemo } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { isContested, statementsOn } from '../model/queries.ts';
import type { GraphNode } from '../model/schema.ts';
import { ContestedMark } from './ContestedMark.tsx';
import { formatPartialDate } from './formatDate.ts';
import './panels.css';

export interface NodeFactsProps {
  node: GraphNode;
}

/** What a node is: its type, other names, dates and place, and its description. */
export function NodeFacts({ node }: NodeFactsProps) {
  const { graph } = useLoadedDocument();
  const contested = useMemo(
    () => node.kind === 'claim' && isContested(statementsOn(graph, node.id)),
    [graph, node],
  );
  const date = node.kind === 'actor' ? undefined : node.date;
  const inferred = node.kind === 'actor' ? false : node.dateInferred;
  return (
    <>
      {contested && (
        <p className="details-marks">
          <ContestedMark />
        </p>
      )}
      <dl className="details-facts">
        {node.kind === 'actor' && (
          <>
            <dt>Type</dt>
            <dd>
              {node.actorType}
              {node.anonymous ? ' · unnamed in the text' : ''}
            </dd>
          </>
        )}
        {node.kind === 'event' && (
          <>
            <dt>Type</dt>
            <dd>{node.eventType}</dd>
          </>
        )}
        {node.aliases && node.aliases.length > 0 && (
          <>
            <dt>Also</dt>
            <dd>{node.aliases.join(' · ')}</dd>
          </>
        )}
        {node.kind !== 'actor' && (
          <>
            <dt>Date</dt>
            <dd data-testid="details.date">
              {date ? formatPartialDate(date) : 'not given'}
              {node.kind === 'event' && node.endDate ? ` – ${formatPartialDate(node.endDate)}` : ''}
              {date && inferred && (
                <span className="inferred-mark" data-testid="details.date-inferred">
                  {' '}
                  inferred
                </span>
              )}
            </dd>
          </>
        )}
        {node.kind === 'event' && node.place && (
          <>
            <dt>Place</dt>
            <dd>{node.place}</dd>
          </>
        )}
        <dt>Mentions</dt>
        <dd>{node.mentions.length} in the text</dd>
      </dl>
      {node.description && (
        <p className="details-description" data-testid="details.description">
          {node.description}
        </p>
      )}
    </>
  );
}
