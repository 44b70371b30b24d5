/**
 * Selecting elements from the panels: the link of a selection (a URL that reproduces the
 * view with that element selected) and the action that selects it in place.
 */
import { useCallback, type MouseEvent } from 'react';
import { useLocationSearch } from '../state/location.ts';
import { useView } from '../state/useView.ts';
import { serializeView } from '../state/view.ts';

export interface Selection {
  /** The selected element id (`sel`), if any. */
  selected: string | undefined;
  /** The URL (query string) of the current view with `id` selected. */
  hrefFor(id: string | undefined): string;
  /** Selects `id` (undefined clears the selection), adding a history entry. */
  select(id: string | undefined): void;
}

export function useSelection(): Selection {
  const search = useLocationSearch();
  const { view, update } = useView();
  const hrefFor = useCallback(
    (id: string | undefined) => serializeView({ ...view, sel: id }, search) || '?',
    [view, search],
  );
  const select = useCallback((id: string | undefined) => update({ sel: id }), [update]);
  return { selected: view.sel, hrefFor, select };
}

/** A click without modifier keys, which the app handles itself (others open a new tab etc.). */
export const isPlainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
