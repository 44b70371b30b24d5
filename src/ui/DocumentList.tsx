import { useQuery } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { documentsQuery } from '../data/queries.ts';
import { serializeView, DEFAULT_VIEW } from '../state/view.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';

export interface DocumentListProps {
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

const plainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function DocumentList({ selectedId, onSelect }: DocumentListProps) {
  const documents = useQuery(documentsQuery());
  if (documents.isPending)
    return <LoadingState label="Loading documents…" testId="documents.loading" />;
  if (documents.isError) {
    return (
      <ErrorState
        title="No document list"
        message={documents.error.message}
        testId="documents.error"
      />
    );
  }
  return (
    <nav aria-label="Documents">
      <ul className="document-list" data-testid="documents.list">
        {documents.data.map((doc) => (
          <li key={doc.id}>
            <a
              className="document-item"
              data-testid={`documents.item.${doc.id}`}
              href={serializeView({ ...DEFAULT_VIEW, doc: doc.id }) || '?'}
              aria-current={doc.id === selectedId ? 'page' : undefined}
              onClick={(event) => {
                if (!plainClick(event)) return;
                event.preventDefault();
                onSelect(doc.id);
              }}
            >
              <span className="document-title">{doc.title}</span>
              <span className="document-meta">
                {doc.publisher} · {doc.publishedAt}
              </span>
              <span className="document-meta">
                {doc.nodes} nodes · {doc.edges} edges
              </span>
            </a>
          </li>
        ))}
        {documents.data.length === 0 && <li className="document-empty">No documents yet.</li>}
      </ul>
    </nav>
  );
}
