/**
 * The browser location as an external store: components read the query string with
 * useSyncExternalStore and write it with pushState/replaceState, so the URL is the one
 * place the view lives (DESIGN.md §2) and back/forward just work.
 */
import { useSyncExternalStore } from 'react';

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

/** The current query string, with its `?`, re-rendering on every change. */
export const useLocationSearch = (): string => useSyncExternalStore(subscribe, getSearch, () => '');

/**
 * Navigates to `search` (a query string with `?`, or ''). `push` adds a history entry
 * (a step back/forward can undo); otherwise the current entry is replaced.
 */
export function navigateSearch(search: string, mode: 'push' | 'replace'): void {
  const href = `${window.location.pathname}${search}${window.location.hash}`;
  if (search === window.location.search) return;
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(null, '', href);
  window.dispatchEvent(new Event(LOCATION_CHANGE));
}
