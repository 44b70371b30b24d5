import { useEffect, useRef, type ReactNode } from 'react';
import { useAnyDocument, type LoadedDocument } from '../app/loadedDocument.ts';
import { selectionOf, useViewSelector, useViewUpdate } from '../state/useView.ts';
import { ActorDetails } from './ActorDetails.tsx';
import { ClaimDetails } from './ClaimDetails.tsx';
import { elementName } from './elementLabel.ts';
import { EventDetails } from './EventDetails.tsx';
import { GenericDetails } from './GenericDetails.tsx';
import { genericHeading } from './genericElementLabel.ts';
import { NodeFacts } from './NodeFacts.tsx';
import { RelationDetails } from './RelationDetails.tsx';
import { ReportedDetails } from './ReportedDetails.tsx';
import { StatementDetails } from './StatementDetails.tsx';
import './panels.css';

interface Details {
  kindLine: string;
  title: string;
  body: ReactNode;
}

/** Kind line, title and body of a claimgraph element. */
function claimDetails(doc: LoadedDocument, sel: string): Details {
  const { graph } = doc;
  const name = elementName(graph, sel);
  let kindLine = name?.kindLabel ?? 'Not found';
  let title = name?.label ?? sel;
  let body;
  if (graph.hasNode(sel)) {
    const node = graph.getNodeAttributes(sel);
    body = (
      <>
        <NodeFacts node={node} />
        {node.kind === 'actor' && <ActorDetails actor={node} />}
        {node.kind === 'claim' && <ClaimDetails claim={node} />}
        {node.kind === 'event' && <EventDetails event={node} />}
      </>
    );
  } else if (graph.hasEdge(sel)) {
    const edge = graph.getEdgeAttributes(sel);
    if (edge.kind === 'statement') {
      title = `${graph.getNodeAttribute(edge.source, 'label')} — ${edge.stance}`;
      body = <StatementDetails statement={edge} />;
    } else if (edge.kind === 'reported') {
      title = `${graph.getNodeAttribute(edge.source, 'label')} reported`;
      body = <ReportedDetails edge={edge} />;
    } else {
      kindLine = `${name?.kindLabel ?? edge.kind} (${edge.kind} edge)`;
      body = <RelationDetails edge={edge} />;
    }
  } else {
    kindLine = 'Not found';
    body = (
      <p className="details-empty" role="status">
        This document has no element with the id “{sel}”.
      </p>
    );
  }
  return { kindLine, title, body };
}

/** The details of the selected element (`sel`), in the right column; hidden without one. */
export function DetailsPanel() {
  const doc = useAnyDocument();
  const sel = useViewSelector(selectionOf);
  const update = useViewUpdate();
  const bodyRef = useRef<HTMLDivElement>(null);

  // A new selection starts at the top of its details.
  useEffect(() => {
    bodyRef.current?.scrollTo({ top: 0 });
  }, [sel]);

  if (!sel) return null;
  const close = () => update({ sel: undefined });
  const { kindLine, title, body } =
    doc.kind === 'generic'
      ? { ...genericHeading(doc.graph, sel), body: <GenericDetails id={sel} /> }
      : claimDetails(doc, sel);

  return (
    <aside
      className="details-panel"
      data-testid="details.panel"
      aria-labelledby="details-title"
      data-element={sel}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) close();
      }}
    >
      <header className="details-header">
        <div className="details-heading">
          <span className="details-kind" data-testid="details.kind">
            {kindLine}
          </span>
          <h2 id="details-title" className="details-title" data-testid="details.title">
            {title}
          </h2>
        </div>
        <button
          type="button"
          className="details-close"
          data-testid="details.close"
          aria-label="Close details (clear the selection)"
          title="Close"
          onClick={close}
        >
          ×
        </button>
      </header>
      <div className="details-body" ref={bodyRef}>
        {body}
      </div>
    </aside>
  );
}
