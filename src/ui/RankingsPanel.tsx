import { useMemo } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { rankings } from '../model/rankings.ts';
import { ElementLink } from './ElementLink.tsx';
import './panels.css';

const LIMIT = 5;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Leader boards: most vocal speakers, most discussed actors, most contested claims. */
export function RankingsPanel() {
  const { graph } = useLoadedDocument();
  const board = useMemo(() => rankings(graph, LIMIT), [graph]);
  return (
    <div className="rankings-panel" data-testid="rankings.panel">
      <section className="ranking" aria-labelledby="ranking-vocal">
        <h3 id="ranking-vocal">Most vocal speakers</h3>
        <p className="ranking-help">Statements made</p>
        <ol data-testid="rankings.vocal">
          {board.vocalSpeakers.map((a) => (
            <li key={a.id}>
              <ElementLink id={a.id} testId={`rankings.item.${a.id}`}>
                {a.label}
              </ElementLink>
              <span className="ranking-count">{plural(a.count, 'statement', 'statements')}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="ranking" aria-labelledby="ranking-discussed">
        <h3 id="ranking-discussed">Most discussed actors</h3>
        <p className="ranking-help">Statements on claims about them</p>
        <ol data-testid="rankings.discussed">
          {board.discussedActors.map((a) => (
            <li key={a.id}>
              <ElementLink id={a.id} testId={`rankings.item.${a.id}`}>
                {a.label}
              </ElementLink>
              <span className="ranking-count">{plural(a.count, 'statement', 'statements')}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="ranking" aria-labelledby="ranking-contested">
        <h3 id="ranking-contested">Most contested claims</h3>
        <p className="ranking-help">Supporting vs. opposing statements</p>
        {board.contestedClaims.length === 0 ? (
          <p className="details-empty">No claim is contested in this document.</p>
        ) : (
          <ol data-testid="rankings.contested">
            {board.contestedClaims.map((c) => (
              <li key={c.id}>
                <ElementLink id={c.id} testId={`rankings.item.${c.id}`}>
                  {c.label}
                </ElementLink>
                <span className="ranking-count">
                  {c.supporting} for · {c.opposing} against
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
