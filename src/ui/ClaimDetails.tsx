import { useMemo } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { statementsOn } from '../model/queries.ts';
import type { AboutEdge, ClaimNode, StatementEdge } from '../model/schema.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { ElementLink } from './ElementLink.tsx';
import { claimSides } from './statementGroups.ts';
import { StatementItem } from './StatementItem.tsx';
import './panels.css';

export interface ClaimDetailsProps {
  claim: ClaimNode;
}

function SideList({ statements, empty }: { statements: StatementEdge[]; empty: string }) {
  if (statements.length === 0) return <p className="details-empty">{empty}</p>;
  return (
    <ul className="statement-list">
      {statements.map((s) => (
        <StatementItem key={s.id} statement={s} showClaim={false} />
      ))}
    </ul>
  );
}

/** A claim: who supports it, who opposes it, who does neither, and what it is about. */
export function ClaimDetails({ claim }: ClaimDetailsProps) {
  const { graph } = useLoadedDocument();
  const { sides, about } = useMemo(() => {
    const about: AboutEdge[] = [];
    graph.forEachOutEdge(claim.id, (_key, edge) => {
      if (edge.kind === 'about') about.push(edge);
    });
    return { sides: claimSides(statementsOn(graph, claim.id)), about };
  }, [graph, claim.id]);

  return (
    <>
      <DetailsSection
        name="supporting"
        title="Alleged, asserted or condemned by"
        count={sides.supporting.length}
      >
        <SideList statements={sides.supporting} empty="Nobody in the text supports it." />
      </DetailsSection>
      <DetailsSection name="opposing" title="Denied or rebutted by" count={sides.opposing.length}>
        <SideList statements={sides.opposing} empty="Nobody in the text denies or rebuts it." />
      </DetailsSection>
      {sides.other.length > 0 && (
        <DetailsSection name="other" title="Assessed or evaded by" count={sides.other.length}>
          <SideList statements={sides.other} empty="" />
        </DetailsSection>
      )}
      <DetailsSection name="about" title="About" count={about.length}>
        {about.length === 0 ? (
          <p className="details-empty">Not linked to any actor or event.</p>
        ) : (
          <ul className="relation-list">
            {about.map((edge) => (
              <li key={edge.id} data-testid={`details.relation.${edge.id}`}>
                <ElementLink id={edge.target} />
                {edge.role && (
                  <>
                    {' as '}
                    <ElementLink id={edge.id} className="relation-role">
                      {edge.role}
                    </ElementLink>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </DetailsSection>
    </>
  );
}
