import { useDeferredValue, useMemo } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { recentFilters, visibleCounts, type ViewFilter } from '../model/filters.ts';
import { useView } from '../state/useView.ts';
import { viewFilter } from '../state/view.ts';

/** The live count of what the view shows, announced politely to screen readers. */
export function VisibleCounter() {
  const doc = useLoadedDocument();
  const { view } = useView();
  // Like the facet counts, the live count follows in a deferred render (the filter's own frame
  // is the graph's), keyed by the serialised filters so that a selection does not recount.
  const filterKey = useDeferredValue(JSON.stringify(viewFilter(view)));
  const counts = useMemo(
    () => visibleCounts(doc.graph, recentFilters(doc.graph, JSON.parse(filterKey) as ViewFilter)),
    [doc.graph, filterKey],
  );
  return (
    <p className="visible-counter" role="status" aria-live="polite" data-testid="filters.counts">
      Showing <strong data-testid="filters.counts.nodes">{counts.nodes}</strong> nodes,{' '}
      <strong data-testid="filters.counts.edges">{counts.edges}</strong> edges,{' '}
      <strong data-testid="filters.counts.statements">{counts.statements}</strong> statements
    </p>
  );
}
