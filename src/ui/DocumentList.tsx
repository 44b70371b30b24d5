import { useQuery } from '@tanstack/react-query';
import { useState, type MouseEvent, type ReactNode } from 'react';
import type { ImportSummary } from '../data/importStore.ts';
import { documentsQuery, importedDocumentsQuery } from '../data/queries.ts';
import { FORMATS } from '../formats/formatInfo.ts';
import { serializeView, DEFAULT_VIEW } from '../state/view.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';

export interface DocumentListProps {
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** Removes an imported document (from the list and the browser's storage). */
  onRemove?: (id: string) => void;
}

const plainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

interface ItemProps {
  id: string;
  selected: boolean;
  onSelect: (id: string) => void;
  children: ReactNode;
}

function DocumentLink({ id, selected, onSelect, children }: ItemProps) {
  return (
    <a
      className="document-item"
      data-testid={`documents.item.${id}`}
      href={serializeView({ ...DEFAULT_VIEW, doc: id }) || '?'}
      aria-current={selected ? 'page' : undefined}
      onClick={(event) => {
        if (!plainClick(event)) return;
        event.preventDefault();
        onSelect(id);
      }}
    >
      {children}
    </a>
  );
}

/** One imported document, with its Remove action (which asks once more before it acts). */
function ImportedItem({
  doc,
  selected,
  onSelect,
  onRemove,
}: {
  doc: ImportSummary;
  selected: boolean;
  onSelect: (id: string) => void;
  onRemove?: (id: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="imported-item">
      <DocumentLink id={doc.id} selected={selected} onSelect={onSelect}>
        <span className="document-title">{doc.title}</span>
        <span className="document-meta">
          {FORMATS[doc.format].label} · {doc.kind === 'generic' ? 'generic graph' : 'claimgraph'}
        </span>
        <span className="document-meta">
          {doc.nodes} nodes · {doc.edges} edges
        </span>
      </DocumentLink>
      {onRemove ? (
        <div className="imported-actions">
          {confirming ? (
            <>
              <span className="imported-confirm">Remove from this browser?</span>
              <button
                type="button"
                className="link-button danger"
                data-testid={`documents.remove-confirm.${doc.id}`}
                onClick={() => onRemove(doc.id)}
              >
                Remove
              </button>
              <button
                type="button"
                className="link-button"
                data-testid={`documents.remove-cancel.${doc.id}`}
                onClick={() => setConfirming(false)}
              >
                Keep
              </button>
            </>
          ) : (
            <button
              type="button"
              className="link-button"
              data-testid={`documents.remove.${doc.id}`}
              aria-label={`Remove ${doc.title}`}
              onClick={() => setConfirming(true)}
            >
              Remove
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}

export function DocumentList({ selectedId, onSelect, onRemove }: DocumentListProps) {
  const documents = useQuery(documentsQuery());
  const imported = useQuery(importedDocumentsQuery());
  const importedDocs = imported.data?.documents ?? [];

  let bundled;
  if (documents.isPending)
    bundled = <LoadingState label="Loading documents…" testId="documents.loading" />;
  else if (documents.isError) {
    bundled = (
      <ErrorState
        title="No document list"
        message={documents.error.message}
        testId="documents.error"
      />
    );
  } else {
    bundled = (
      <ul className="document-list" data-testid="documents.list">
        {documents.data.map((doc) => (
          <li key={doc.id}>
            <DocumentLink id={doc.id} selected={doc.id === selectedId} onSelect={onSelect}>
              <span className="document-title">{doc.title}</span>
              <span className="document-meta">
                {doc.publisher} · {doc.publishedAt}
              </span>
              <span className="document-meta">
                {doc.nodes} nodes · {doc.edges} edges
              </span>
            </DocumentLink>
          </li>
        ))}
        {documents.data.length === 0 && <li className="document-empty">No documents yet.</li>}
      </ul>
    );
  }
  return (
    <nav aria-label="Documents">
      {bundled}
      {importedDocs.length > 0 ? (
        <section className="imported-section" aria-labelledby="imported-title">
          <h2 id="imported-title" className="sidebar-title">
            Imported
          </h2>
          <ul className="document-list" data-testid="documents.imported">
            {importedDocs.map((doc) => (
              <ImportedItem
                key={doc.id}
                doc={doc}
                selected={doc.id === selectedId}
                onSelect={onSelect}
                onRemove={onRemove}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </nav>
  );
}
