/**
 * The browser location as an external store: components read the query string with
 * useSyncExternalStore and write it with pushState/replaceState, so the URL is the one
 * place the view lives (DESIGN.md §2) and back/forward just work.
 */
import { useState, useSyncExternalStore } from 'react';

const LOCATION_CHANGE = 'claimgraph:locationchange';

/**
 * Every reader of the location, behind one pair of window listeners. Each reader adding its
 * own was quadratic: the browser looks through a target's listeners for a duplicate on every
 * addEventListener, and a 10 000-node corpus's claims table has ~18 000 links that read the
 * location (useSelection), so opening it took ~20 s in addEventListener alone, and closing it
 * as long in removeEventListener.
 */
const readers = new Set<() => void>();
const notifyReaders = () => {
  // A reader may unsubscribe (or another subscribe) while being notified: go over a copy.
  for (const onChange of [...readers]) onChange();
};

export function subscribe(onChange: () => void): () => void {
  if (readers.size === 0) {
    window.addEventListener('popstate', notifyReaders);
    window.addEventListener(LOCATION_CHANGE, notifyReaders);
  }
  // A function given twice is one reader, as addEventListener would have it.
  readers.add(onChange);
  return () => {
    if (!readers.delete(onChange) || readers.size > 0) return;
    window.removeEventListener('popstate', notifyReaders);
    window.removeEventListener(LOCATION_CHANGE, notifyReaders);
  };
}

const getSearch = (): string => window.location.search;

/** The current query string, with its `?`, re-rendering on every change. */
export const useLocationSearch = (): string => useSyncExternalStore(subscribe, getSearch, () => '');

/**
 * `select` over query strings, remembering its last answer: the same string gives the same
 * answer without calling `select`, and an answer `equal` to the last one is the last one (the
 * same object), so a component that reads it re-renders only when its part of the URL changes.
 */
export function memoizedSelector<T>(
  select: (search: string) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): (search: string) => T {
  let last: { search: string; value: T } | undefined;
  return (search) => {
    if (last && last.search === search) return last.value;
    const value = select(search);
    last = { search, value: last && equal(last.value, value) ? last.value : value };
    return last.value;
  };
}

/**
 * A part of the query string (`select`, a function of the string alone), re-rendering only
 * when that part changes: a filter change then re-renders the components that show filters,
 * not the whole app. `select` and `equal` are taken once, when the component mounts.
 */
export function useSearchSelector<T>(
  select: (search: string) => T,
  equal?: (a: T, b: T) => boolean,
): T {
  const [read] = useState(() => memoizedSelector(select, equal));
  return useSyncExternalStore(
    subscribe,
    () => read(getSearch()),
    () => read(''),
  );
}

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
