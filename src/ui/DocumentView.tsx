import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { LoadedDocumentContext, type LoadedDocument } from '../app/loadedDocument.ts';
import { setCurrentDocument } from '../app/testHandle.ts';
import { documentQuery } from '../data/queries.ts';
import type { DocumentPayload } from '../data/schemas.ts';
import { buildGraph } from '../model/build.ts';
import { BottomTabs } from './BottomTabs.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { ErrorState } from './ErrorState.tsx';
import { GraphPane } from './GraphPane.tsx';
import { LoadingState } from './LoadingState.tsx';
import { SearchBox } from './SearchBox.tsx';

/** Runs once per fetched payload; a graph that cannot be built becomes the query's error. */
const toLoaded = (payload: DocumentPayload): LoadedDocument => ({
  id: payload.graph.document.id,
  payload,
  graph: buildGraph(payload.graph),
  text: payload.text,
});

export interface DocumentViewProps {
  id: string;
}

/** One document: the graph in the middle, details on the right, text and tables below. */
export function DocumentView({ id }: DocumentViewProps) {
  const query = useQuery({ ...documentQuery(id), select: toLoaded, structuralSharing: false });
  const loaded = query.data;
  useEffect(() => setCurrentDocument(id), [id]);
  const meta = useMemo(() => loaded?.payload.graph.document, [loaded]);

  if (query.isPending) return <LoadingState label="Loading document…" />;
  if (query.isError || !loaded || !meta) {
    return (
      <ErrorState
        title="Cannot show this document"
        message={query.error?.message ?? 'The document could not be loaded.'}
      />
    );
  }
  return (
    <LoadedDocumentContext.Provider value={loaded}>
      <section className="document-view" aria-label="Document">
        <header className="document-header">
          <div className="document-heading">
            <h2>{meta.title}</h2>
            <span className="document-meta">
              {meta.publisher} · {meta.publishedAt}
            </span>
          </div>
          <SearchBox />
        </header>
        <div className="document-body">
          <GraphPane />
          <DetailsPanel />
        </div>
        <BottomTabs />
      </section>
    </LoadedDocumentContext.Provider>
  );
}
