import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { LoadedDocumentContext, type LoadedDocument } from '../app/loadedDocument.ts';
import { setCurrentDocument } from '../app/testHandle.ts';
import { documentQuery } from '../data/queries.ts';
import type { DocumentPayload } from '../data/schemas.ts';
import { buildGraph } from '../model/build.ts';
import { BottomTabs } from './BottomTabs.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { ErrorState } from './ErrorState.tsx';
import { FilterPanel } from './FilterPanel.tsx';
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
  /** What the app puts in the sidebar above the document's filters (the document list). */
  sidebar: ReactNode;
  /** Notices about the URL, shown above the document. */
  notices: ReactNode;
}

/** One document: the graph in the middle, details on the right, text and tables below. */
export function DocumentView({ id, sidebar, notices }: DocumentViewProps) {
  const query = useQuery({ ...documentQuery(id), select: toLoaded, structuralSharing: false });
  const loaded = query.data;
  useEffect(() => setCurrentDocument(id), [id]);
  const meta = useMemo(() => loaded?.payload.graph.document, [loaded]);

  let main: ReactNode;
  let filters: ReactNode = null;
  if (query.isPending) main = <LoadingState label="Loading document…" />;
  else if (query.isError || !loaded || !meta) {
    main = (
      <ErrorState
        title="Cannot show this document"
        message={query.error?.message ?? 'The document could not be loaded.'}
      />
    );
  } else {
    filters = <FilterPanel />;
    main = (
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
    );
  }
  // The sidebar and the main area are grid cells of the app: both need the loaded document.
  return (
    <LoadedDocumentContext.Provider value={loaded ?? null}>
      <aside className="app-sidebar">
        {sidebar}
        {filters}
      </aside>
      <main className="app-main">
        {notices}
        {main}
      </main>
    </LoadedDocumentContext.Provider>
  );
}
