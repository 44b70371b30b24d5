import type { ReactNode } from 'react';
import { ElementLink } from './ElementLink.tsx';

export interface RankingEntry {
  id: string;
  label: string;
  /** The figure shown after the name ("4 statements", "2 for · 1 against"). */
  count: ReactNode;
}

export interface RankingListProps {
  /** Suffix of the heading id and of the list's `rankings.<name>` test id. */
  name: string;
  title: string;
  help: string;
  entries: readonly RankingEntry[];
  /** Shown instead of the list when it is empty. */
  empty?: string;
}

/** One leader board: a titled, ordered list whose entries select their element. */
export function RankingList({ name, title, help, entries, empty }: RankingListProps) {
  return (
    <section className="ranking" aria-labelledby={`ranking-${name}`}>
      <h3 id={`ranking-${name}`}>{title}</h3>
      <p className="ranking-help">{help}</p>
      {entries.length === 0 && empty ? (
        <p className="details-empty">{empty}</p>
      ) : (
        <ol data-testid={`rankings.${name}`}>
          {entries.map((e) => (
            <li key={e.id}>
              <ElementLink id={e.id} testId={`rankings.item.${e.id}`}>
                {e.label}
              </ElementLink>
              <span className="ranking-count">{e.count}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
