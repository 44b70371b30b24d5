import type { ReportedEdge } from '../model/build.ts';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { ElementLink } from './ElementLink.tsx';
import { StatementItem } from './StatementItem.tsx';
import './panels.css';

export interface ReportedDetailsProps {
  edge: ReportedEdge;
}

/** A derived `reported` edge: the outlet, the claim, and the statement it comes from. */
export function ReportedDetails({ edge }: ReportedDetailsProps) {
  const { graph } = useLoadedDocument();
  const statement = graph.hasEdge(edge.statement)
    ? graph.getEdgeAttributes(edge.statement)
    : undefined;
  return (
    <>
      <p className="details-description">
        Derived from the outlet chain of a statement; not stored in the document graph.
      </p>
      <dl className="details-facts">
        <dt>Outlet</dt>
        <dd>
          <ElementLink id={edge.source} />
        </dd>
        <dt>Claim</dt>
        <dd>
          <ElementLink id={edge.target} />
        </dd>
        <dt>Relay</dt>
        <dd>{edge.order === 0 ? 'first relay' : `relay ${edge.order + 1} in the chain`}</dd>
      </dl>
      <DetailsSection name="statement" title="From the statement">
        {statement?.kind === 'statement' ? (
          <ul className="statement-list">
            <StatementItem statement={statement} />
          </ul>
        ) : (
          <p className="details-empty">
            <ElementLink id={edge.statement} />
          </p>
        )}
      </DetailsSection>
    </>
  );
}
