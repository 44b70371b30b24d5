/** The view of the current URL and the actions that change it. */
import { useCallback, useMemo } from 'react';
import { navigateSearch, useLocationSearch } from './location.ts';
import { parseView, serializeView, type ViewNotice, type ViewState } from './view.ts';

export type ViewUpdate = Partial<ViewState> | ((view: ViewState) => Partial<ViewState>);

export interface ViewHandle {
  view: ViewState;
  /** Malformed URL values that were ignored. */
  notices: ViewNotice[];
  /** Changes the view; `push` (default) adds a history entry, `replace` does not. */
  update(change: ViewUpdate, mode?: 'push' | 'replace'): void;
}

export function useView(): ViewHandle {
  const search = useLocationSearch();
  const { view, notices } = useMemo(() => parseView(search), [search]);
  const update = useCallback((change: ViewUpdate, mode: 'push' | 'replace' = 'push') => {
    const current = parseView(window.location.search).view;
    const patch = typeof change === 'function' ? change(current) : change;
    navigateSearch(serializeView({ ...current, ...patch }, window.location.search), mode);
  }, []);
  return { view, notices, update };
}
