import { useMemo } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { rankings } from '../model/rankings.ts';
import { RankingList } from './RankingList.tsx';
import './panels.css';

const LIMIT = 5;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Leader boards: most vocal speakers, most discussed actors, most contested claims. */
export function RankingsPanel() {
  const { graph } = useLoadedDocument();
  const board = useMemo(() => rankings(graph, LIMIT), [graph]);
  const statements = (entries: { id: string; label: string; count: number }[]) =>
    entries.map((a) => ({ ...a, count: plural(a.count, 'statement', 'statements') }));
  return (
    <div className="rankings-panel" data-testid="rankings.panel">
      <RankingList
        name="vocal"
        title="Most vocal speakers"
        help="Statements made"
        entries={statements(board.vocalSpeakers)}
      />
      <RankingList
        name="discussed"
        title="Most discussed actors"
        help="Statements on claims about them"
        entries={statements(board.discussedActors)}
      />
      <RankingList
        name="contested"
        title="Most contested claims"
        help="Supporting vs. opposing statements"
        empty="No claim is contested in this document."
        entries={board.contestedClaims.map((c) => ({
          id: c.id,
          label: c.label,
          count: `${c.supporting} for · ${c.opposing} against`,
        }))}
      />
    </div>
  );
}
