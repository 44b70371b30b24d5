/** The view of the current URL and the actions that change it. */
import { useCallback } from 'react';
import { navigateSearch, useLocationSearch, useSearchSelector } from './location.ts';
import { parseView, serializeView, type ViewNotice, type ViewState } from './view.ts';

export type ViewUpdate = Partial<ViewState> | ((view: ViewState) => Partial<ViewState>);

export interface ViewHandle {
  view: ViewState;
  /** Malformed URL values that were ignored. */
  notices: ViewNotice[];
  /** Changes the view; `push` (default) adds a history entry, `replace` does not. */
  update(change: ViewUpdate, mode?: 'push' | 'replace'): void;
}

export interface ParsedView {
  view: ViewState;
  notices: ViewNotice[];
}

let lastParsed: { search: string; parsed: ParsedView } | undefined;

/**
 * The view of `search`, parsed once per query string however many components read it (each
 * URL change re-renders a dozen of them).
 */
export function parsedView(search: string): ParsedView {
  if (lastParsed?.search !== search) lastParsed = { search, parsed: parseView(search) };
  return lastParsed.parsed;
}

/**
 * A part of the view (`select`, module-level), re-rendering only when it changes (by `equal`,
 * default Object.is): for components that need one parameter of the URL, not all of it.
 */
export function useViewSelector<T>(
  select: (parsed: ParsedView) => T,
  equal?: (a: T, b: T) => boolean,
): T {
  return useSearchSelector((search) => select(parsedView(search)), equal);
}

/** The selected element (`sel`), for useViewSelector. */
export const selectionOf = ({ view }: ParsedView): string | undefined => view.sel;

/**
 * Changes the view without reading it: a component that only writes the URL does not
 * re-render when it changes.
 */
export function useViewUpdate(): ViewHandle['update'] {
  return useCallback((change: ViewUpdate, mode: 'push' | 'replace' = 'push') => {
    const current = parsedView(window.location.search).view;
    const patch = typeof change === 'function' ? change(current) : change;
    navigateSearch(serializeView({ ...current, ...patch }, window.location.search), mode);
  }, []);
}

/** The whole view: re-renders on every change of the URL (see useViewSelector for a part). */
export function useView(): ViewHandle {
  const search = useLocationSearch();
  const { view, notices } = parsedView(search);
  const update = useViewUpdate();
  return { view, notices, update };
}
