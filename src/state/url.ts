/**
 * The view state and its URL form: a copied link reproduces the view (DESIGN.md §2).
 * Parameters this module does not know are kept as they are.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';

export interface ViewState {
  /** The selected document; absent means the first one. */
  doc?: string;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const doc = params.get('doc')?.trim();
  return doc ? { doc } : {};
}

/** `search` with the parameters of `state` written in: the query string, with its `?`, or ''. */
export function serializeViewState(state: ViewState, search = ''): string {
  const params = new URLSearchParams(search);
  if (state.doc) params.set('doc', state.doc);
  else params.delete('doc');
  const query = params.toString();
  return query ? `?${query}` : '';
}

const LOCATION_CHANGE = 'claimgraph:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_CHANGE, onChange);
  };
}

const getSearch = (): string => window.location.search;

/** Link target for a view state, relative to the current page. */
export const viewHref = (state: ViewState): string =>
  `${window.location.pathname}${serializeViewState(state, window.location.search)}`;

/** The view state of the current URL, and a setter that pushes a history entry. */
export function useViewState(): [ViewState, (next: ViewState) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const state = useMemo(() => parseViewState(search), [search]);
  const setState = useCallback((next: ViewState) => {
    const href = viewHref(next);
    if (href === `${window.location.pathname}${window.location.search}`) return;
    window.history.pushState(null, '', href);
    window.dispatchEvent(new Event(LOCATION_CHANGE));
  }, []);
  return [state, setState];
}
