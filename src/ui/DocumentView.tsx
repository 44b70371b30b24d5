import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { fromImport } from '../app/fromImport.ts';
import { LoadedDocumentContext, type AnyLoadedDocument } from '../app/loadedDocument.ts';
import { setCurrentDocument } from '../app/testHandle.ts';
import { isImportId } from '../data/importStore.ts';
import { documentQuery, importedDocumentQuery } from '../data/queries.ts';
import type { DocumentPayload } from '../data/schemas.ts';
import { FORMATS } from '../formats/formatInfo.ts';
import { buildGraph } from '../model/build.ts';
import { AfterFirstPaint } from './AfterFirstPaint.tsx';
import { BottomTabs } from './BottomTabs.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { selectionOf, useViewSelector } from '../state/useView.ts';
import { ErrorState } from './ErrorState.tsx';
import { RenderErrorBoundary } from './RenderErrorBoundary.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { GenericFilterPanel } from './GenericFilterPanel.tsx';
import { GraphPane } from './GraphPane.tsx';
import { LoadingState } from './LoadingState.tsx';
import { SearchBox } from './SearchBox.tsx';

/** Runs once per fetched payload; a graph that cannot be built becomes the query's error. */
const toLoaded = (payload: DocumentPayload): AnyLoadedDocument => ({
  kind: 'claimgraph',
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

/** The line under the title: publisher and date, or where an imported graph came from. */
function metaLine(doc: AnyLoadedDocument): string {
  if (doc.kind === 'generic') {
    const { origin, graph } = doc;
    return `${FORMATS[origin.format].label} · imported from ${origin.fileName} · ${graph.order} nodes · ${graph.size} links`;
  }
  const meta = doc.payload.graph.document;
  const { origin } = doc;
  if (!origin) return `${meta.publisher} · ${meta.publishedAt}`;
  const from = `${origin.fileName} (${FORMATS[origin.format].label})`;
  return origin.publication
    ? `${origin.publication} · imported from ${from}`
    : `Imported from ${from}`;
}

/** One document: the graph in the middle, details on the right, text and tables below. */
export function DocumentView({ id, sidebar, notices }: DocumentViewProps) {
  const imported = isImportId(id);
  const bundledQuery = useQuery({
    ...documentQuery(id),
    select: toLoaded,
    structuralSharing: false,
    enabled: !imported,
  });
  const importedQuery = useQuery({
    ...importedDocumentQuery(id),
    select: fromImport,
    structuralSharing: false,
    enabled: imported,
  });
  const query = imported ? importedQuery : bundledQuery;
  const loaded = query.data;
  const selection = useViewSelector(selectionOf);
  useEffect(() => setCurrentDocument(id), [id]);

  let main: ReactNode;
  let filters: ReactNode = null;
  if (query.isPending)
    main = <LoadingState label={imported ? 'Opening the imported graph…' : 'Loading document…'} />;
  else if (query.isError || !loaded) {
    main = (
      <ErrorState
        title={`Cannot show the document “${id}” (the doc= parameter of this link)`}
        message={query.error?.message ?? 'The document could not be loaded.'}
        action="Choose a document from the list on the left, or check the link you followed. Nothing else you had open was changed."
      />
    );
  } else {
    const generic = loaded.kind === 'generic';
    filters = (
      <RenderErrorBoundary what="the filters" resetKey={id}>
        <AfterFirstPaint>{generic ? <GenericFilterPanel /> : <FilterPanel />}</AfterFirstPaint>
      </RenderErrorBoundary>
    );
    main = (
      <section className="document-view" aria-label="Document">
        <header className="document-header">
          <div className="document-heading">
            <h2>{generic ? loaded.title : loaded.payload.graph.document.title}</h2>
            <span className="document-meta">{metaLine(loaded)}</span>
          </div>
          <SearchBox />
          <ExportMenu />
        </header>
        <div className="document-body">
          <RenderErrorBoundary what="the graph" resetKey={id}>
            <GraphPane />
          </RenderErrorBoundary>
          <RenderErrorBoundary what="the details panel" resetKey={`${id}:${selection ?? ''}`}>
            <DetailsPanel />
          </RenderErrorBoundary>
        </div>
        {generic ? null : (
          <RenderErrorBoundary what="the text and tables" resetKey={id}>
            <BottomTabs />
          </RenderErrorBoundary>
        )}
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
