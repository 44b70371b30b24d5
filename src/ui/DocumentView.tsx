import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { setCurrentDocument, publishRender } from '../app/testHandle.ts';
import { documentQuery } from '../data/queries.ts';
import type { DocumentPayload } from '../data/schemas.ts';
import { toElements, type GraphElements } from '../graph/elements.ts';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import type { GraphView } from '../graph/visible.ts';
import { buildGraph } from '../model/build.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';

const EMPTY: GraphElements = { nodes: [], edges: [] };

/** Runs once per fetched payload; a graph that cannot be built becomes the query's error. */
const toView = (payload: DocumentPayload) => ({
  payload,
  elements: toElements(buildGraph(payload.graph)),
});

export interface DocumentViewProps {
  id: string;
}

export function DocumentView({ id }: DocumentViewProps) {
  const query = useQuery({ ...documentQuery(id), select: toView, structuralSharing: false });
  const view = query.data;

  useEffect(() => setCurrentDocument(id), [id]);
  const onRendered = useCallback(
    (graphView: GraphView) => {
      if (view) publishRender(view.payload.graph.document.id, graphView);
    },
    [view],
  );

  const meta = view?.payload.graph.document;
  return (
    <section className="document-view" aria-label="Document graph">
      {meta && (
        <header className="document-header">
          <h2>{meta.title}</h2>
          <span className="document-meta">
            {meta.publisher} · {meta.publishedAt}
          </span>
          {meta.note && (
            <p className="document-note" title={meta.note}>
              {meta.note}
            </p>
          )}
        </header>
      )}
      <div className="canvas-frame">
        <GraphCanvas
          elements={view?.elements ?? EMPTY}
          positions={view?.payload.layout?.positions}
          onRendered={onRendered}
        />
        {query.isPending && <LoadingState label="Loading document…" />}
        {query.isError && (
          <ErrorState title="Cannot show this document" message={query.error.message} />
        )}
      </div>
    </section>
  );
}
